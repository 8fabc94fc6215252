using System.Text.RegularExpressions;
using StaticSite.Explainer.Data.Editing;

namespace StaticSite.Core.Tests.SiteContent;

/// <summary>
/// A file 'staticsite new' wrote builds as written, with placeholders marked TODO; the real content may hold none,
/// so an unfinished file cannot reach the published site through CI.
/// </summary>
public sealed class UnfinishedContentTests
{
    [Fact]
    public void NoFileInTheInput_HoldsAPlaceholderOfNew()
    {
        var marker = new Regex($@"\b{Scaffold.Marker}\b");
        var unfinished = Directory.EnumerateFiles(RealSite.Root + "/input", "*", SearchOption.AllDirectories)
            .SelectMany(path => File.ReadLines(path).Select((line, i) => (path, line, i)))
            .Where(x => marker.IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(RealSite.Root, x.path)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();
        Assert.True(unfinished.Count == 0, "placeholders left by 'staticsite new': give each a value\n" + string.Join('\n', unfinished));
    }
}
