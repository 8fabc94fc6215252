using System.Text.Json.Serialization;

namespace StaticSite.Explainer.Pages;

/// <summary>
/// The JSON that <see cref="RenderCache"/> hashes, generated at compile time so the NativeAOT-published CLI
/// needs no reflection. Types reached through typed properties (pages, entities) are generated with the roots;
/// a page's view data is typed <c>object</c>, so every view type must be listed here: an unlisted one fails
/// loudly at run time rather than being fingerprinted wrongly.
/// </summary>
[JsonSourceGenerationOptions(IncludeFields = true)]
[JsonSerializable(typeof(RenderedPage))]
[JsonSerializable(typeof(RenderCache.SharedInputs))]
[JsonSerializable(typeof(HomeView))]
[JsonSerializable(typeof(SectionView))]
[JsonSerializable(typeof(AgencyView))]
[JsonSerializable(typeof(EpisodeView))]
[JsonSerializable(typeof(ListView))]
[JsonSerializable(typeof(PersonView))]
[JsonSerializable(typeof(PeopleView))]
[JsonSerializable(typeof(TermView))]
[JsonSerializable(typeof(GlossaryView))]
[JsonSerializable(typeof(SourcesView))]
[JsonSerializable(typeof(AboutView))]
[JsonSerializable(typeof(SearchView))]
internal sealed partial class FingerprintJson : JsonSerializerContext;
