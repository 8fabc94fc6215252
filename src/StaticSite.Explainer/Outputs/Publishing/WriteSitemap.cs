using StaticSite.Explainer.Data;
using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.Documents;
using StaticSite.Explainer;
using StaticSite.Explainer.Pages;
using StaticSite.Engine.Pipelines;

namespace StaticSite.Explainer.Outputs.Publishing;

/// <summary>
/// Adds <c>sitemap.xml</c> (every page but the 404 page, by absolute URL) and <c>robots.txt</c> pointing to it.
/// A section's <c>lastmod</c> is its <c>reviewed</c> date; other pages have no content date, so none is claimed.
/// </summary>
public sealed class WriteSitemap(SiteModel model) : IModule
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        var pages = Page.AllIn(documents).Where(p => p.Kind.InSitemap).ToList();
        void Sitemap(Stream file) => PublishText.Xml(file, w =>
        {
            w.WriteStartDocument();
            w.WriteStartElement("urlset", Namespace);
            foreach (var page in pages)
            {
                w.WriteStartElement("url", Namespace);
                w.WriteElementString("loc", Namespace, model.Site.Absolute(page.Url));
                if (page.Data is SectionView { Section.Reviewed: { } reviewed }) w.WriteElementString("lastmod", Namespace, reviewed.Iso);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        });
        var robots = $"User-agent: *\nAllow: /\n\nSitemap: {model.Site.Absolute("/sitemap.xml")}\n";
        var site = SourceSpan.File("input/site.yml");
        return [.. documents, new Document(site, "sitemap.xml", Content.WrittenBy(Sitemap)), new Document(site, "robots.txt", Content.Of(robots))];
    }
}
