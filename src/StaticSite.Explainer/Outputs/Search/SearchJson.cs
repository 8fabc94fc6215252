using System.Text.Json.Serialization;

namespace StaticSite.Explainer.Outputs.Search;

/// <summary>The index's JSON, generated at compile time: no reflection, so it works in the NativeAOT-published CLI.</summary>
[JsonSerializable(typeof(List<SearchEntry>))]
[JsonSerializable(typeof(SearchEntry))]
internal sealed partial class SearchJson : JsonSerializerContext;
