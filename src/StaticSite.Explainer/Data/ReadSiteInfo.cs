
using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.Documents;
using StaticSite.Engine.Pipelines;

namespace StaticSite.Explainer.Data;

/// <summary>Reads <c>input/site.yml</c>; <see cref="BaseUrl"/>, when set, stands in for its <c>base_url</c>.</summary>
public sealed class ReadSiteInfo : IModule
{
    /// <summary>The base URL of this build (a deploy preview's), checked by whoever gives it; null keeps site.yml's.</summary>
    public string? BaseUrl { get; init; }

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        var file = context.Files.ContentFile("site.yml");
        if (file is null)
        {
            context.Diagnostics.Error(SourceSpan.File("input/site.yml"), "CFG001", "input/site.yml is missing: it gives the site's title, description, base_url, language, licence and article");
            return [];
        }
        var reader = file.TryReadText(context.Diagnostics) is { } yaml ? YamlSource.Load(file, yaml, 0, context.Diagnostics) : null;
        if (reader is null || SiteInfo.Read(reader) is not { } info) return [];
        return [new Document(SourceSpan.File(file.DisplayPath), null, Model: BaseUrl is null ? info : info with { BaseUrl = BaseUrl })];
    }
}
