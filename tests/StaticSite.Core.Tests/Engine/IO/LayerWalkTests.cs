using System.Diagnostics;
using StaticSite.Explainer;
using StaticSite.Explainer.Pages;
using StaticSite.Engine.IO;
using StaticSite.Core.Tests.Support;

namespace StaticSite.Core.Tests.Engine.IO;

/// <summary>
/// What the build reads from disk besides plain files: links that stay inside their folder are followed, hidden
/// entries are never looked at, and a refused file is reported once wherever it is read. The refusals themselves
/// (IO001–IO007) are golden cases.
/// </summary>
public sealed class LayerWalkTests
{
    [Fact]
    public void ALinkInsideItsFolder_IsFollowed_AndReadAsTheFileItLeadsTo()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "links and pipes are tested on Linux");
        using var site = Site();
        File.CreateSymbolicLink(Path.Combine(site.Path, "input", "people", "writer.yml"), "author.yml");

        var files = FromDisk(site.Path);

        Assert.Empty(files.Problems);
        var link = Assert.Single(files.Content("people", ".yml"), f => f.Path == "people/writer.yml");
        Assert.Equal("input/people/writer.yml", link.DisplayPath);
        Assert.Equal(File.ReadAllBytes(Path.Combine(site.Path, "input", "people", "author.yml")), link.ReadBytes());
    }

    [Fact]
    public void ALinkedFolderInsideItsFolder_IsWalkedUnderTheLinksName()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "links and pipes are tested on Linux");
        using var site = Site();
        Directory.CreateSymbolicLink(Path.Combine(site.Path, "theme", "assets", "styles"), "css");

        var files = FromDisk(site.Path);

        Assert.Empty(files.Problems);
        Assert.Contains(files.Theme("assets"), f => f.Path == "assets/styles/site.css");
        Assert.Contains(files.Theme("assets"), f => f.Path == "assets/css/site.css");
    }

    [Fact]
    public void TheInputFolder_MayItselfBeALink()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "links and pipes are tested on Linux");
        using var site = Site();
        Directory.Move(Path.Combine(site.Path, "input"), Path.Combine(site.Path, "content"));
        Directory.CreateSymbolicLink(Path.Combine(site.Path, "input"), "content");

        var result = ExplainerSite.Build(FromDisk(site.Path), writeTo: null, cancellation: TestContext.Current.CancellationToken);

        Assert.Empty(result.DiagnosticLines());
    }

    [Fact]
    public void NamesStartingWithADot_AreNeverLookedAt_EvenAPipeOrALinkOut()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "links and pipes are tested on Linux");
        using var site = Site();
        Run("mkfifo", Path.Combine(site.Path, "input", "episodes", ".ukusa.yml.swp"));
        Directory.CreateDirectory(Path.Combine(site.Path, "theme", ".git"));
        File.CreateSymbolicLink(Path.Combine(site.Path, "theme", ".git", "passwd"), "/etc/passwd");
        File.CreateSymbolicLink(Path.Combine(site.Path, "theme", ".hidden"), "/etc");

        var files = FromDisk(site.Path);

        Assert.Empty(files.Problems);
        Assert.DoesNotContain(files.ThemeLayer().Concat(files.Content("episodes", ".swp")), f => f.Path.Split('/').Any(p => p.StartsWith('.')));
    }

    // A pipe at input/site.yml is one problem: the walk reports it, and the module that reads site.yml reports the same,
    // which the build's report shows once; not also "site.yml is missing".
    [Fact]
    public void ARefusedFile_IsReportedOnce_AndIsNotMissing()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "links and pipes are tested on Linux");
        using var site = Site();
        File.Delete(Path.Combine(site.Path, "input", "site.yml"));
        Run("mkfifo", Path.Combine(site.Path, "input", "site.yml"));

        var result = ExplainerSite.Build(FromDisk(site.Path), writeTo: null, cancellation: TestContext.Current.CancellationToken);

        var line = Assert.Single(result.DiagnosticLines());
        Assert.StartsWith("input/site.yml:1:1: error IO001: this is a named pipe (FIFO)", line);
    }

    [Fact]
    public void AFileTooLarge_IsRefusedBeforeItIsRead_AndOneAtTheLimitIsRead()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "links and pipes are tested on Linux");
        using var site = Site();
        using (var atLimit = File.Create(Path.Combine(site.Path, "input", "at-limit.md"))) atLimit.SetLength(FileLimits.Text);
        using (var over = File.Create(Path.Combine(site.Path, "input", "over.md"))) over.SetLength(FileLimits.Text + 1);
        var files = FromDisk(site.Path);

        Assert.Equal(FileLimits.Text, files.ContentFile("at-limit.md")!.Content().Length);
        var problem = Assert.Throws<UnreadableFileException>(() => files.ContentFile("over.md")!.Content()).Problem;
        Assert.Equal("input/over.md:1:1: error IO005: this file is 4 MB, larger than the 4 MB the build reads in a content file or template: make it smaller or split it (is it the file you meant?)", problem.ToString());
    }

    private static TempFolder Site()
    {
        var folder = new TempFolder();
        new TestSite().WriteTo(folder.Path);
        return folder;
    }

    private static SiteFiles FromDisk(string root) => SiteFiles.FromDisk(Path.Combine(root, "input"), Path.Combine(root, "theme"), root);

    private static void Run(string program, string argument)
    {
        using var process = Process.Start(program, [argument]);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
