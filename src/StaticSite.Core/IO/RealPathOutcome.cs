namespace StaticSite.Core.IO;

public enum RealPathOutcome
{
    Found,
    Missing,
    Loop,
    Denied,
}
