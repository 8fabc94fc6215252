using System.Text.Json;
using AngleSharp.Html.Parser;
using StaticSite.Explainer.Outputs.Publishing;
using Xunit;

namespace StaticSite.Core.Tests.Explainer.Outputs.Publishing;

public sealed class OpenDataTests
{
    private static JsonElement Json(string destination) => JsonDocument.Parse(RealSite.Result.Text(destination)).RootElement;

    [Theory]
    [InlineData("data/agencies.json", "agencies", "id,url,name,short_name,country,kind,founded,parent,headquarters,summary,relations,episodes,sources", 6)]
    [InlineData("data/episodes.json", "episodes", "id,url,title,date,end_date,date_status,agencies,people,summary,outcome,after_article,sources", 10)]
    [InlineData("data/people.json", "people", "id,url,name,role,agency,organisation,anonymous,summary,episodes,sources", 19)]
    [InlineData("data/events.json", "events", "id,url,title,date,date_status,agency,episode,sources", 48)]
    public void JsonFile_HasEveryEntity_WithFieldsInAFixedOrder(string destination, string key, string fields, int count)
    {
        var root = Json(destination);
        var items = root.GetProperty(key).EnumerateArray().ToList();

        Assert.Equal(count, items.Count);
        Assert.Equal(RealSite.BaseUrl, root.GetProperty("source").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("licence").GetProperty("url").GetString()));
        Assert.All(items, item => Assert.Equal(fields, string.Join(',', item.EnumerateObject().Select(p => p.Name))));
        Assert.All(items, item => Assert.StartsWith(RealSite.BaseUrl, item.GetProperty("url").GetString()));
    }

    [Fact]
    public void EpisodesCsv_HasAHeaderAndOneRowPerEpisode_InTheJsonOrder()
    {
        var rows = CsvRows(RealSite.Result.Text("data/episodes.csv"));
        var ids = Json("data/episodes.json").GetProperty("episodes").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();

        Assert.Equal(OpenData.EpisodeColumns, rows[0]);
        Assert.Equal(ids, rows.Skip(1).Select(r => r[0]));
        Assert.All(rows, r => Assert.Equal(OpenData.EpisodeColumns.Length, r.Count));
    }

    [Fact]
    public void EventsJson_IsOldestFirst_AndEachUrlIsTheEventsPlaceOnItsOwnersPage()
    {
        var events = Json("data/events.json").GetProperty("events").EnumerateArray().ToList();

        Assert.Equal(events.Select(e => e.GetProperty("date").GetString()).Order(StringComparer.Ordinal), events.Select(e => e.GetProperty("date").GetString()));
        foreach (var e in events)
        {
            var (agency, episode) = (e.GetProperty("agency").GetString(), e.GetProperty("episode").GetString());
            Assert.True(agency is null != (episode is null), $"{e.GetProperty("id")}: one owner");
            var page = agency is not null ? $"agencies/{agency}/" : $"episodes/{episode}/";
            Assert.Equal($"{RealSite.BaseUrl.TrimEnd('/')}/{page}#event-{e.GetProperty("id").GetString()}", e.GetProperty("url").GetString());
            Assert.Contains($"id=\"event-{e.GetProperty("id").GetString()}\"", RealSite.Result.Text(page + "index.html"), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"no\"", "\"say \"\"no\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void CsvField_IsQuotedOnlyWhenItMustBe(string value, string expected) => Assert.Equal(expected, CsvText.Field(value));

    [Fact]
    public void AboutPage_DocumentsEveryDataFile()
    {
        var links = new HtmlParser().ParseDocument(RealSite.Result.Text("about/index.html"))
            .QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")).ToList();

        foreach (var file in new[] { "/data/agencies.json", "/data/episodes.json", "/data/episodes.csv", "/data/people.json", "/data/events.json", "/feed.xml" })
        {
            Assert.Contains(file, links);
        }
    }

    // Enough of RFC 4180 to read back what CsvText writes: quoted fields, doubled quotes, CRLF rows.
    private static List<List<string>> CsvRows(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; i++; }
            else field.Append(c);
        }
        Assert.Empty(row);
        return rows;
    }
}
