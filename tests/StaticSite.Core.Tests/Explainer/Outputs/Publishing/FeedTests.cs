using System.Globalization;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using StaticSite.Explainer;
using StaticSite.Explainer.Pages;
using StaticSite.Explainer.Outputs.Publishing;
using Xunit;
using StaticSite.Explainer.Data;

namespace StaticSite.Core.Tests.Explainer.Outputs.Publishing;

public sealed class FeedTests
{
    private static readonly XNamespace Atom = WriteFeed.Namespace;

    private static XElement Feed => XDocument.Parse(RealSite.Result.Text("feed.xml")).Root!;

    private static DateTimeOffset Rfc3339(string value) =>
        DateTimeOffset.ParseExact(value, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    [Fact]
    public void Feed_HasTheElementsAtomRequires()
    {
        var feed = Feed;

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal(RealSite.BaseUrl, feed.Element(Atom + "id")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "title")!.Value));
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "author")?.Element(Atom + "name")?.Value));
        var self = Assert.Single(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self");
        Assert.Equal(RealSite.BaseUrl + "feed.xml", (string?)self.Attribute("href"));
        Rfc3339(feed.Element(Atom + "updated")!.Value);
    }

    [Fact]
    public void Entries_AreEverySectionAndEpisode_WithIdTitleUpdatedAndLink()
    {
        var pages = RealSite.Result.Pages();
        var expected = pages.Where(p => p.Page.Data is SectionView or EpisodeView).Select(p => RealSite.BaseUrl + p.Page.Url.TrimStart('/')).Order(StringComparer.Ordinal);
        var entries = Feed.Elements(Atom + "entry").ToList();

        Assert.Equal(expected, entries.Select(e => e.Element(Atom + "id")!.Value).Order(StringComparer.Ordinal));
        foreach (var entry in entries)
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "title")?.Value));
            Assert.Equal(entry.Element(Atom + "id")!.Value, (string?)entry.Element(Atom + "link")!.Attribute("href"));
            Rfc3339(entry.Element(Atom + "updated")!.Value);
        }
    }

    [Fact]
    public void Dates_ComeFromTheContent_AndTheFeedIsAsNewAsItsNewestEntry()
    {
        var pages = RealSite.Result.Pages();
        var episode = pages.Select(p => p.Page.Data).OfType<EpisodeView>().First().Episode;
        var entries = Feed.Elements(Atom + "entry").ToDictionary(e => e.Element(Atom + "id")!.Value, e => e.Element(Atom + "updated")!.Value);

        Assert.Equal(PublishText.Timestamp(episode.Date), entries[RealSite.BaseUrl + $"episodes/{episode.Id}/"]);
        Assert.Equal(entries.Values.Max(StringComparer.Ordinal), Feed.Element(Atom + "updated")!.Value);
    }

    [Theory]
    [InlineData(2020, null, null, "2020-01-01T00:00:00Z")]
    [InlineData(2020, 2, null, "2020-02-01T00:00:00Z")]
    [InlineData(1946, 3, 5, "1946-03-05T00:00:00Z")]
    public void Timestamp_TakesAYearOrMonthAsItsFirstDay(int year, int? month, int? day, string expected) =>
        Assert.Equal(expected, PublishText.Timestamp(new PartialDate(year, month, day)));

    [Fact]
    public void EveryPage_LinksToTheFeed()
    {
        var parser = new HtmlParser();
        foreach (var document in RealSite.Result.Written.Where(d => d.Model is RenderedPage))
        {
            var link = parser.ParseDocument(document.ReadText()).QuerySelector("head link[rel=alternate][type='application/atom+xml']");
            Assert.True(link?.GetAttribute("href") == WriteFeed.Url, $"{document.Destination} has no feed link");
        }
    }
}
