using System.Runtime.InteropServices;
using StaticSite.Explainer.Data;
using StaticSite.Engine.Diagnostics;
using StaticSite.Engine.IO;
using StaticSite.Engine.Modules;
using StaticSite.Engine.Pipelines;
using StaticSite.Core.Tests.Support;
using Xunit;

namespace StaticSite.Core.Tests.Engine.IO;

/// <summary>Content files are read outside the collected heap, and their bytes last as long as something holds them.</summary>
public sealed class NativeFileBytesTests
{
    [Theory]
    [InlineData("")]
    [InlineData("---\ntitle: Caf\u00e9 \u2013 \u201cquoted\u201d\n---\nBody.\n")]
    public void Read_GivesTheFilesBytes(string text)
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "a.md");
        File.WriteAllText(path, text);

        var bytes = NativeFileBytes.Read(path);

        Assert.Equal(File.ReadAllBytes(path), bytes.ToArray());
    }

    [Fact]
    public void ContentFilesOnDisk_AreReadOutsideTheHeap_OtherFilesIntoArrays()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "input", "episodes"));
        File.WriteAllText(Path.Combine(folder.Path, "input", "episodes", "a.md"), "---\ntitle: A\n---\nBody.\n");
        var file = SiteFiles.FromDisk(Path.Combine(folder.Path, "input"), Path.Combine(folder.Path, "theme"), folder.Path).Content("episodes", ".md").Single();

        Assert.False(MemoryMarshal.TryGetArray(file.Content(), out _));
        Assert.Equal(file.ReadBytes(), file.Content().ToArray());
    }

    // The body of a Markdown file is a slice of the file's bytes: the parsed episode must keep them alive through
    // collections long after the reading is over, when nothing else refers to them.
    [Fact]
    public void ABodySlice_KeepsItsBytes_ThroughCollections()
    {
        using var folder = new TempFolder();
        var episodes = Path.Combine(folder.Path, "input", "episodes");
        Directory.CreateDirectory(episodes);
        var bodies = Enumerable.Range(0, 50).Select(i => $"Body of episode {i}: {new string((char)('a' + i % 26), 2000)}\n").ToList();
        for (var i = 0; i < bodies.Count; i++)
        {
            File.WriteAllText(Path.Combine(episodes, $"e{i}.md"),
                $"---\ntitle: E{i}\ndate: 2020\nagencies: [gchq]\nsummary: S\noutcome: O\nsources: [article]\n---\n{bodies[i]}");
        }
        var files = SiteFiles.FromDisk(Path.Combine(folder.Path, "input"), Path.Combine(folder.Path, "theme"), folder.Path);
        var context = new BuildContext(files, new DiagnosticBag(), TestContext.Current.CancellationToken);
        var parsed = new ParseEntities<Episode>(Episode.Read).Execute(new ReadFiles("episodes", ".md").Execute([], context), context)
            .Select(d => d.ModelAs<Episode>()).OrderBy(e => int.Parse(e.Id[1..])).ToList();

        // Memory let go too early would be handed out again: fill it with other files of the same sizes.
        var other = Path.Combine(folder.Path, "other.md");
        File.WriteAllText(other, new string('x', bodies[0].Length + 100));
        var others = new List<ReadOnlyMemory<byte>>();
        for (var round = 0; round < 3; round++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            others.AddRange(Enumerable.Range(0, bodies.Count).Select(_ => NativeFileBytes.Read(other)));
        }

        Assert.Empty(context.Diagnostics.ToSortedList());
        Assert.Equal(bodies, parsed.Select(e => e.Body.Text));
        GC.KeepAlive(others);
    }
}
