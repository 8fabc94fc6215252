
using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.Documents;
using StaticSite.Engine.Pipelines;

namespace StaticSite.Explainer.Data;

/// <summary>Reads <c>input/site.yml</c>.</summary>
public sealed class ReadSiteInfo : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        var file = context.Files.ContentFile("site.yml");
        if (file is null)
        {
            context.Diagnostics.Error(SourceSpan.File("input/site.yml"), "CFG001", "input/site.yml is missing: it gives the site's title, description, base_url, language, licence and article");
            return [];
        }
        var reader = file.TryReadText(context.Diagnostics) is { } yaml ? YamlSource.Load(file, yaml, 0, context.Diagnostics) : null;
        return reader is not null && SiteInfo.Read(reader) is { } info ? [new Document(SourceSpan.File(file.DisplayPath), null, Model: info)] : [];
    }
}
