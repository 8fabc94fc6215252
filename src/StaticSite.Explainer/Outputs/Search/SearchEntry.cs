using System.Text.Json.Serialization;

namespace StaticSite.Explainer.Outputs.Search;

/// <summary>
/// One thing the reader can find. Short property names keep the index small; the script in
/// theme/assets/js/search.js reads exactly these.
/// </summary>
public sealed record SearchEntry(
    [property: JsonPropertyName("u")] string Url,
    [property: JsonPropertyName("t")] string Title,
    [property: JsonPropertyName("k")] string Kind,
    [property: JsonPropertyName("s")] string Summary,
    [property: JsonPropertyName("h")] IReadOnlyList<string> Headings,
    [property: JsonPropertyName("b")] string Body);
