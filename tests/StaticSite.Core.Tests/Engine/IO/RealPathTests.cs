using StaticSite.Engine.IO;
using StaticSite.Core.Tests.Support;

namespace StaticSite.Core.Tests.Engine.IO;

/// <summary>Where a link really leads, every link on the way followed, as <c>realpath(3)</c> (held against it here).</summary>
public sealed class RealPathTests
{
    [Fact]
    public void FollowsEveryLinkOnTheWay_AndDotDotFromWhereALinkLed()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "links are tested on Linux");
        using var folder = new TempFolder();
        var root = folder.Path;
        Directory.CreateDirectory(Path.Combine(root, "a", "b"));
        Directory.CreateDirectory(Path.Combine(root, "c"));
        File.WriteAllText(Path.Combine(root, "c", "file.txt"), "x");
        Directory.CreateSymbolicLink(Path.Combine(root, "a", "b", "to-c"), "../../c");
        // "to-c/.." is the parent of c (the root), not b: '..' goes up from where the link led.
        File.CreateSymbolicLink(Path.Combine(root, "a", "chain"), "b/to-c/../c/file.txt");

        var found = RealPath.Resolve(Path.Combine(root, "a"), "chain");

        Assert.Equal(RealPathOutcome.Found, found.Outcome);
        Assert.Equal(Path.Combine(root, "c", "file.txt"), found.Path);
        Assert.Equal(SystemRealPath(Path.Combine(root, "a", "chain")), found.Path);
        // .NET's own resolution applies '..' to the text of the path, and would say a/b/c/file.txt.
        Assert.NotEqual(found.Path, new FileInfo(Path.Combine(root, "a", "chain")).ResolveLinkTarget(returnFinalTarget: true)!.FullName);
    }

    [Fact]
    public void ALinkToNothing_IsMissing_AndLinksInACircle_AreALoop()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "links are tested on Linux");
        using var folder = new TempFolder();
        File.CreateSymbolicLink(Path.Combine(folder.Path, "x"), "y");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "y"), "x");

        Assert.Equal(RealPathOutcome.Missing, RealPath.Resolve(folder.Path, "nothing/here").Outcome);
        Assert.Equal(RealPathOutcome.Loop, RealPath.Resolve(folder.Path, "x").Outcome);
        Assert.Equal(RealPathOutcome.Found, RealPath.Resolve(folder.Path, "/etc/../etc").Outcome);
        Assert.Equal("/etc", RealPath.Resolve(folder.Path, "/etc/../etc").Path);
    }

    private static string SystemRealPath(string path)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("realpath", [path]) { RedirectStandardOutput = true })!;
        var output = process.StandardOutput.ReadToEnd().TrimEnd('\n');
        process.WaitForExit();
        return output;
    }

    [Theory]
    [InlineData("/site/input", "/site/input", true)]
    [InlineData("/site/input/a.yml", "/site/input", true)]
    [InlineData("/site/input-old/a.yml", "/site/input", false)]
    [InlineData("/site", "/site/input", false)]
    [InlineData("/etc/passwd", "/", true)]
    public void IsInside_ComparesWholeFolderNames(string path, string folder, bool inside)
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Unix paths");
        Assert.Equal(inside, RealPath.IsInside(path, folder));
    }
}
