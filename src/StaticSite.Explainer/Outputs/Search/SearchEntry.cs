using System.Text.Json.Serialization;

namespace StaticSite.Explainer.Outputs.Search;

/// <summary>
/// One thing the reader can find: what a result shows (URL, title, kind, summary) and the terms it is found by
/// (see <see cref="SearchTerms"/>), each once a field. Short property
/// names keep the index small; the script in theme/assets/js/search.js reads exactly these.
/// </summary>
/// <param name="TitleTerms">The title's terms and those of the thing's other names (also_known_as): what ranks first.</param>
/// <param name="SummaryTerms">The summary's and the headings' terms.</param>
/// <param name="BodyTerms">The terms of the text the page shows. A term in the title and the body counts in both,
/// so the page about GCHQ outranks one that names GCHQ only in its title.</param>
public sealed record SearchEntry(
    [property: JsonPropertyName("u")] string Url,
    [property: JsonPropertyName("t")] string Title,
    [property: JsonPropertyName("k")] string Kind,
    [property: JsonPropertyName("s")] string Summary,
    [property: JsonPropertyName("x")] string TitleTerms,
    [property: JsonPropertyName("y")] string SummaryTerms,
    [property: JsonPropertyName("z")] string BodyTerms)
{
    /// <summary>The entry with its terms drawn from its texts.</summary>
    public static SearchEntry Of(string url, string title, string kind, string summary, IEnumerable<string> otherNames,
        IEnumerable<string> headings, string body) =>
        new(url, title, kind, summary, SearchTerms.Joined(otherNames.Prepend(title)), SearchTerms.Joined(headings.Prepend(summary)), SearchTerms.Joined([body]));
}
