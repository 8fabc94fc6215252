namespace StaticSite.Explainer.Data;

/// <summary><c>input/site.yml</c>: the site as a whole.</summary>
/// <param name="Headline">The home page's heading, when it should say more than <paramref name="Title"/> (which the header shows).</param>
/// <param name="Hook">The home page's opening: the whole story in a few cited sentences (Markdown).</param>
public sealed record SiteInfo(string Title, string Description, string BaseUrl, string Language, Licence Licence, ArticleInfo Article,
    string? Headline = null, MarkdownText? Hook = null)
{
    /// <summary>The absolute URL of a path in the site (<c>/agencies/</c>), from <see cref="BaseUrl"/>.</summary>
    public string Absolute(string url) => BaseUrl + url.TrimStart('/');

    public static SiteInfo? Read(FieldReader r)
    {
        var title = r.Text("title");
        var description = r.Text("description");
        var baseUrl = r.Text("base_url");
        var language = r.Text("language");
        var licence = r.Mapping("licence") is { } l ? Licence.Read(l) : null;
        var article = r.Mapping("article") is { } a ? ArticleInfo.Read(a) : null;
        var headline = r.Text("headline", required: false);
        var hook = r.Markdown("hook", required: false);
        r.ReportUnknownFields();
        if (baseUrl is not null && !(LinkSchemes.IsWebAddress(baseUrl) && LinkSchemes.SchemeOf(baseUrl) == "https" && baseUrl.EndsWith('/')))
        {
            r.Diagnostics.Error(r.Location, "CFG002", $"base_url must be an absolute https URL ending in '/', not '{baseUrl}'");
            return null;
        }
        return title is null || description is null || baseUrl is null || language is null || licence is null || article is null
            ? null
            : new SiteInfo(title, description, baseUrl, language, licence, article, headline, hook);
    }
}

public sealed record Licence(string Name, string Url)
{
    public static Licence? Read(FieldReader r)
    {
        var name = r.Text("name");
        var url = r.WebAddress("url");
        r.ReportUnknownFields();
        return name is null || url is null ? null : new Licence(name, url);
    }
}

public sealed record ArticleInfo(string Title, string Author, string Publication, PartialDate Date, string Url, Ref Source)
{
    public static ArticleInfo? Read(FieldReader r)
    {
        var title = r.Text("title");
        var author = r.Text("author");
        var publication = r.Text("publication");
        var date = r.Date("date");
        var url = r.WebAddress("url");
        var source = r.RefField("source");
        r.ReportUnknownFields();
        return title is null || author is null || publication is null || date is null || url is null || source is not { } cited
            ? null
            : new ArticleInfo(title, author, publication, date, url, cited);
    }
}
