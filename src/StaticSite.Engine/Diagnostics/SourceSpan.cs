namespace StaticSite.Engine.Diagnostics;

/// <summary>A place in a source file: path relative to the repository, 1-based line and column.</summary>
public readonly record struct SourceSpan(string Path, int Line, int Column)
{
    public static SourceSpan File(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}:{Line}:{Column}";
}
