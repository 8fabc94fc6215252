using StaticSite.Explainer.Data;

namespace StaticSite.Explainer.Markdown;

/// <summary>The sources cited on one page, numbered in order of first citation.</summary>
public sealed class PageCitations
{
    private readonly List<Source> sources = [];
    private readonly Dictionary<string, int> uses = new(StringComparer.Ordinal);

    public (int Number, string Anchor) Cite(Source source)
    {
        var index = sources.IndexOf(source);
        if (index < 0)
        {
            sources.Add(source);
            index = sources.Count - 1;
        }
        var number = index + 1;
        var use = uses[source.Id] = uses.GetValueOrDefault(source.Id) + 1;
        return (number, $"cite-{number}-{use}");
    }

    public IReadOnlyList<Source> Sources => sources;
}
