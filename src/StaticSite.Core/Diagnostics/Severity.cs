namespace StaticSite.Core.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
