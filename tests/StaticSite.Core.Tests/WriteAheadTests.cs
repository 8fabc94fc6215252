using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.Documents;
using StaticSite.Engine.IO;
using StaticSite.Engine.Modules;
using StaticSite.Explainer.Data;
using StaticSite.Engine.Pipelines;
using StaticSite.Core.Tests.Support;
using Xunit;

namespace StaticSite.Core.Tests;

public sealed class WriteAheadTests
{
    private static BuildContext Context() => new(new SiteFiles([], []), new DiagnosticBag(), TestContext.Current.CancellationToken);

    [Fact]
    public void WritesAFileIntoStaging_AndKeepsOnlyItsPath()
    {
        using var staging = new TempFolder();
        var feed = new Document(SourceSpan.File("theme/layouts/base.liquid"), "feed.xml", Text: "<feed/>");

        var written = Assert.Single(new WriteAhead(new StagingFolder(staging.Path)).Execute([feed], Context()));

        Assert.Null(written.Text);
        Assert.Equal(Path.Combine(staging.Path, "feed.xml"), written.ContentFile);
        Assert.Equal("<feed/>", File.ReadAllText(written.ContentFile!));
    }

    [Fact]
    public void AFileMadeAsItIsWritten_GoesStraightIntoStaging_AndReadsTheSameBeforehand()
    {
        using var staging = new TempFolder();
        var writes = 0;
        void Data(Stream file)
        {
            writes++;
            file.Write("{\"episodes\": []}\n"u8);
        }
        var data = new Document(SourceSpan.File("input/episodes"), "data/episodes.json", WriteContent: Data);
        var inMemory = data.ReadBytes();

        var written = Assert.Single(new WriteAhead(new StagingFolder(staging.Path)).Execute([data], Context()));

        Assert.Null(written.WriteContent);
        Assert.Equal(Path.Combine(staging.Path, "data", "episodes.json"), written.ContentFile);
        Assert.Equal(inMemory, File.ReadAllBytes(written.ContentFile!));
        Assert.Equal("{\"episodes\": []}\n"u8.ToArray(), inMemory);
        Assert.Equal(2, writes);
    }

    [Fact]
    public void NeverWritesOutsideStaging_LeavingTheDestinationForCheckDestinations()
    {
        using var staging = new TempFolder();
        var escaping = new Document(SourceSpan.File("input/site.yml"), "../escaped.txt", Text: "out");

        var kept = Assert.Single(new WriteAhead(new StagingFolder(staging.Path)).Execute([escaping], Context()));

        Assert.Equal("out", kept.Text);
        Assert.Null(kept.ContentFile);
        Assert.False(File.Exists(Path.Combine(staging.Path, "..", "escaped.txt")));
    }

    [Fact]
    public void PutsAFileKeptElsewhereIntoStaging_InAFolderOfItsOwn()
    {
        using var cache = new TempFolder();
        using var staging = new TempFolder();
        var cached = Path.Combine(cache.Path, "card.png");
        File.WriteAllBytes(cached, [1, 2, 3]);
        var card = new Document(SourceSpan.File("input/episodes/a.md"), "episodes/a/share.png", ContentFile: cached);

        var linked = Assert.Single(new WriteAhead(new StagingFolder(staging.Path)).Execute([card], Context()));

        Assert.Equal(Path.Combine(staging.Path, "episodes", "a", "share.png"), linked.ContentFile);
        Assert.Equal([1, 2, 3], File.ReadAllBytes(linked.ContentFile!));
        Assert.Equal([1, 2, 3], File.ReadAllBytes(cached));
    }

    [Fact]
    public void AFileInStagingAlready_IsLeftAsItIs()
    {
        using var staging = new TempFolder();
        var path = Path.Combine(staging.Path, "feed.xml");
        File.WriteAllText(path, "<feed/>");
        var feed = new Document(SourceSpan.File("input/site.yml"), "feed.xml", ContentFile: path);

        Assert.Same(feed, Assert.Single(new WriteAhead(new StagingFolder(staging.Path)).Execute([feed], Context())));
    }

    [Fact]
    public void WriteFiles_LeavesWhatWasWrittenAhead_AndWritesTheRest()
    {
        using var staging = new TempFolder();
        var ahead = Assert.Single(new WriteAhead(new StagingFolder(staging.Path)).Execute([new Document(SourceSpan.File("input/site.yml"), "feed.xml", Text: "<feed/>")], Context()));
        File.WriteAllText(ahead.ContentFile!, "changed since");
        var redirect = new Document(SourceSpan.File("input/agencies/sis.md"), "mi6/index.html", Text: "moved");

        new WriteFiles(new StagingFolder(staging.Path)).Execute([ahead, redirect], Context());

        Assert.Equal("changed since", File.ReadAllText(ahead.ContentFile!));
        Assert.Equal("moved", File.ReadAllText(Path.Combine(staging.Path, "mi6", "index.html")));
    }

    [Fact]
    public void ACardLinkedBeforeItsPage_AndThePage_ShareTheFolderMadeForTheFirst()
    {
        using var cache = new TempFolder();
        using var staging = new TempFolder();
        var cached = Path.Combine(cache.Path, "card.png");
        File.WriteAllBytes(cached, [7]);
        var folder = new StagingFolder(staging.Path);

        var card = folder.Link("episodes/a/share.png", cached);
        var page = folder.Write("episodes/a/index.html", "<p>a</p>"u8);

        Assert.Equal([7], File.ReadAllBytes(card!));
        Assert.Equal("<p>a</p>", File.ReadAllText(page!));
        Assert.Equal(Path.GetDirectoryName(card), Path.GetDirectoryName(page));
    }

    [Fact]
    public void WithoutStaging_ChangesNothing()
    {
        var feed = new Document(SourceSpan.File("theme/layouts/base.liquid"), "feed.xml", Text: "<feed/>");

        Assert.Same(feed, Assert.Single(new WriteAhead(null).Execute([feed], Context())));
    }
}
