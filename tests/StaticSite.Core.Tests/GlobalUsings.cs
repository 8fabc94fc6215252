// Every test may use the shared helpers (the real site, the test site, samples, temporary folders).
global using StaticSite.Core.Tests.Support;
