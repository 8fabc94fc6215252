using StaticSite.Core.Diagnostics;
using StaticSite.Core.Documents;
using StaticSite.Core.IO;
using StaticSite.Core.Modules;
using StaticSite.Core.Pipelines;
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

        var written = Assert.Single(new WriteAhead(staging.Path).Execute([feed], Context()));

        Assert.Null(written.Text);
        Assert.Equal(Path.Combine(staging.Path, "feed.xml"), written.ContentFile);
        Assert.Equal("<feed/>", File.ReadAllText(written.ContentFile!));
    }

    [Fact]
    public void NeverWritesOutsideStaging_LeavingTheDestinationForCheckDestinations()
    {
        using var staging = new TempFolder();
        var escaping = new Document(SourceSpan.File("input/site.yml"), "../escaped.txt", Text: "out");

        var kept = Assert.Single(new WriteAhead(staging.Path).Execute([escaping], Context()));

        Assert.Equal("out", kept.Text);
        Assert.Null(kept.ContentFile);
        Assert.False(File.Exists(Path.Combine(staging.Path, "..", "escaped.txt")));
    }

    [Fact]
    public void WithoutStaging_ChangesNothing()
    {
        var feed = new Document(SourceSpan.File("theme/layouts/base.liquid"), "feed.xml", Text: "<feed/>");

        Assert.Same(feed, Assert.Single(new WriteAhead(null).Execute([feed], Context())));
    }
}
