namespace StaticSite.Explainer.Data;

/// <summary>The kinds a cross-reference can name, as written after <c>xref:</c>.</summary>
public static class EntityKind
{
    public const string Section = "section";
    public const string Agency = "agency";
    public const string Episode = "episode";
    public const string Person = "person";
    public const string Glossary = "glossary";
    public const string Source = "source";

    public static readonly string[] All = [Section, Agency, Episode, Person, Glossary, Source];
}
