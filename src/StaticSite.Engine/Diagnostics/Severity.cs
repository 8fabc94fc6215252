namespace StaticSite.Engine.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
