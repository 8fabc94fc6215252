using System.Xml;
using StaticSite.Explainer.Data;
using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.Documents;
using StaticSite.Explainer;
using StaticSite.Explainer.Pages;
using StaticSite.Engine.Pipelines;

namespace StaticSite.Explainer.Outputs.Publishing;

/// <summary>
/// Adds <c>feed.xml</c>, an Atom feed of the sections and episodes, newest first. Dates come from the content
/// (a section's <c>reviewed</c>, an episode's <c>date</c>), never from the build clock; a section with no
/// review date takes the article's date, the earliest the explainer can have been written.
/// </summary>
public sealed class WriteFeed(SiteModel model) : IModule
{
    public const string Namespace = "http://www.w3.org/2005/Atom";
    public const string Url = "/feed.xml";

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        return [.. documents, new Document(SourceSpan.File("input/site.yml"), Url.TrimStart('/'), Content.WrittenBy(Feed(model)))];
    }

    /// <summary>The feed's entries, in order now; the XML when the file is written.</summary>
    public static Action<Stream> Feed(SiteModel model)
    {
        var site = model.Site;
        var entries = model.Sections.Select(s => new FeedEntry(s, "section", s.Reviewed ?? site.Article.Date))
            .Concat(model.Episodes.Select(e => new FeedEntry(e, "episode", e.Date)))
            .OrderByDescending(e => e.Updated)
            .ThenBy(e => SiteModel.UrlOf(e.Entity), StringComparer.Ordinal)
            .ToList();
        var updated = entries.Count > 0 ? entries[0].Updated : site.Article.Date;
        return file => PublishText.Xml(file, w =>
        {
            w.WriteStartDocument();
            w.WriteStartElement("feed", Namespace);
            w.WriteAttributeString("xml", "lang", null, site.Language);
            w.WriteElementString("id", Namespace, site.BaseUrl);
            w.WriteElementString("title", Namespace, site.Title);
            w.WriteElementString("subtitle", Namespace, site.Description);
            w.WriteElementString("updated", Namespace, PublishText.Timestamp(updated));
            w.WriteStartElement("author", Namespace);
            w.WriteElementString("name", Namespace, site.Title);
            w.WriteElementString("uri", Namespace, site.BaseUrl);
            w.WriteEndElement();
            Link(w, "self", "application/atom+xml", site.Absolute(Url));
            Link(w, "alternate", "text/html", site.BaseUrl);
            w.WriteElementString("rights", Namespace, $"{site.Licence.Name}: {site.Licence.Url}");
            foreach (var entry in entries)
            {
                var url = site.Absolute(SiteModel.UrlOf(entry.Entity));
                w.WriteStartElement("entry", Namespace);
                w.WriteElementString("id", Namespace, url);
                w.WriteElementString("title", Namespace, entry.Entity.DisplayName);
                w.WriteElementString("updated", Namespace, PublishText.Timestamp(entry.Updated));
                Link(w, "alternate", "text/html", url);
                w.WriteStartElement("category", Namespace);
                w.WriteAttributeString("term", entry.Kind);
                w.WriteEndElement();
                w.WriteElementString("summary", Namespace, entry.Entity.Summary);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        });
    }

    private static void Link(XmlWriter w, string rel, string type, string href)
    {
        w.WriteStartElement("link", Namespace);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }
}
