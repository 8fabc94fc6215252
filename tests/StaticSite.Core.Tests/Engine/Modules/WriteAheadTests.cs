using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.Documents;
using StaticSite.Engine.IO;
using StaticSite.Engine.Modules;
using StaticSite.Explainer.Data;
using StaticSite.Engine.Pipelines;
using StaticSite.Core.Tests.Support;
using Xunit;

namespace StaticSite.Core.Tests.Engine.Modules;

public sealed class WriteAheadTests
{
    private static BuildContext Context() => new(new SiteFiles([], []), new DiagnosticBag(), TestContext.Current.CancellationToken);

    [Fact]
    public void WritesAFileIntoStaging_AndKeepsOnlyItsPath()
    {
        using var staging = new TempFolder();
        var feed = new Document(SourceSpan.File("theme/layouts/base.liquid"), "feed.xml", Content.Of("<feed/>"));

        var written = Assert.Single(new WriteAhead(new StagingFolder(staging.Path)).Execute([feed], Context()));

        Assert.Null(written.Text);
        Assert.Equal(Path.Combine(staging.Path, "feed.xml"), (written.Content as FileContent)?.Path);
        Assert.Equal("<feed/>", File.ReadAllText(((FileContent)written.Content!).Path));
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
        var data = new Document(SourceSpan.File("input/episodes"), "data/episodes.json", Content.WrittenBy(Data));
        var inMemory = data.ReadBytes();

        var written = Assert.Single(new WriteAhead(new StagingFolder(staging.Path)).Execute([data], Context()));

        Assert.IsType<FileContent>(written.Content);
        Assert.Equal(Path.Combine(staging.Path, "data", "episodes.json"), (written.Content as FileContent)?.Path);
        Assert.Equal(inMemory, File.ReadAllBytes(((FileContent)written.Content!).Path));
        Assert.Equal("{\"episodes\": []}\n"u8.ToArray(), inMemory);
        Assert.Equal(2, writes);
    }

    [Fact]
    public void NeverWritesOutsideStaging_LeavingTheDestinationForCheckDestinations()
    {
        using var staging = new TempFolder();
        var escaping = new Document(SourceSpan.File("input/site.yml"), "../escaped.txt", Content.Of("out"));

        var kept = Assert.Single(new WriteAhead(new StagingFolder(staging.Path)).Execute([escaping], Context()));

        Assert.Equal("out", kept.Text);
        Assert.Null((kept.Content as FileContent)?.Path);
        Assert.False(File.Exists(Path.Combine(staging.Path, "..", "escaped.txt")));
    }

    [Fact]
    public void PutsAFileKeptElsewhereIntoStaging_InAFolderOfItsOwn()
    {
        using var cache = new TempFolder();
        using var staging = new TempFolder();
        var cached = Path.Combine(cache.Path, "card.png");
        File.WriteAllBytes(cached, [1, 2, 3]);
        var card = new Document(SourceSpan.File("input/episodes/a.md"), "episodes/a/share.png", Content.InFile(cached));

        var linked = Assert.Single(new WriteAhead(new StagingFolder(staging.Path)).Execute([card], Context()));

        Assert.Equal(Path.Combine(staging.Path, "episodes", "a", "share.png"), (linked.Content as FileContent)?.Path);
        Assert.Equal([1, 2, 3], File.ReadAllBytes(((FileContent)linked.Content!).Path));
        Assert.Equal([1, 2, 3], File.ReadAllBytes(cached));
    }

    [Fact]
    public void AFileInStagingAlready_IsLeftAsItIs()
    {
        using var staging = new TempFolder();
        var path = Path.Combine(staging.Path, "feed.xml");
        File.WriteAllText(path, "<feed/>");
        var feed = new Document(SourceSpan.File("input/site.yml"), "feed.xml", Content.InFile(path));

        Assert.Same(feed, Assert.Single(new WriteAhead(new StagingFolder(staging.Path)).Execute([feed], Context())));
    }

    [Fact]
    public void WriteFiles_LeavesWhatWasWrittenAhead_AndWritesTheRest()
    {
        using var staging = new TempFolder();
        var ahead = Assert.Single(new WriteAhead(new StagingFolder(staging.Path)).Execute([new Document(SourceSpan.File("input/site.yml"), "feed.xml", Content.Of("<feed/>"))], Context()));
        File.WriteAllText(((FileContent)ahead.Content!).Path, "changed since");
        var redirect = new Document(SourceSpan.File("input/agencies/sis.md"), "mi6/index.html", Content.Of("moved"));

        new WriteFiles(new StagingFolder(staging.Path)).Execute([ahead, redirect], Context());

        Assert.Equal("changed since", File.ReadAllText(((FileContent)ahead.Content!).Path));
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
        var feed = new Document(SourceSpan.File("theme/layouts/base.liquid"), "feed.xml", Content.Of("<feed/>"));

        Assert.Same(feed, Assert.Single(new WriteAhead(null).Execute([feed], Context())));
    }
}
