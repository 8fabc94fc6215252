namespace StaticSite.Engine.IO;

public enum RealPathOutcome
{
    Found,
    Missing,
    Loop,
    Denied,
}
