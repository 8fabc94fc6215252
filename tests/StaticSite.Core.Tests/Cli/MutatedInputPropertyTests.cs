using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using CsCheck;
using StaticSite.Cli;
using StaticSite.Core.Tests.Support;
using StaticSite.Engine.IO;

namespace StaticSite.Core.Tests.Cli;

/// <summary>
/// Property: whatever an editor does to the real <c>input/</c> (lines deleted, duplicated or swapped; random bytes,
/// brackets, tabs, <c>---</c> or a deep run inserted), <c>build</c> ends within a time bound with exit 0 or 1 (never
/// 3, never a hang), writes nothing outside its output (its work folder and the share-card cache are its own, and
/// hold only what they are documented to hold), and, when it fails, leaves the previous output byte-identical.
/// </summary>
/// <remarks>
/// Bounded by count and time so the suite stays fast on two cores: by default 40 cases in process, stopped at 35 s
/// whatever the count, and 3 through the CLI's own process. Each case's mutations come from a seed fixed by its number, so a
/// run is the same every time; STATICSITE_PROPERTY_SEED picks another series, STATICSITE_PROPERTY_CASES (and
/// STATICSITE_PROPERTY_SECONDS) a longer run. A longer run would reach rarer combinations: several mutations landing
/// in one field, runs long enough to hit a limit inside a file that another mutation already broke, mutations of
/// assets and of the less common kinds of content.
/// </remarks>
[Collection(nameof(ConsoleCollection))]
public sealed partial class MutatedInputPropertyTests : IDisposable
{
    private static readonly int Cases = Setting("STATICSITE_PROPERTY_CASES", 40);
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(Setting("STATICSITE_PROPERTY_SECONDS", Cases > 40 ? 3600 : 35));
    private static readonly ulong Series = (ulong)Setting("STATICSITE_PROPERTY_SEED", 21);

    // One build of the real site takes well under a second warm; ten times the worst seen on a loaded machine.
    private static readonly TimeSpan PerBuild = TimeSpan.FromSeconds(30);

    private readonly ScratchRepository repo = new();
    private readonly IReadOnlyList<string> files;

    public MutatedInputPropertyTests() =>
        files = [.. Directory.EnumerateFiles(repo.PathOf("input"), "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    public void Dispose() => repo.Dispose();

    private Gen<InputMutation[]> Mutations => InputMutation.For(files.Count).Array[1, 3];

    [Fact]
    public void AnyMutatedInput_BuildsOrFailsCleanly_InProcess()
    {
        var output = repo.PathOf("output");
        var first = Build(output);
        Assert.True(first.Code == ExitCodes.Ok, first.Stderr);
        var previous = ScratchRepository.Fingerprint(output);
        var clock = Stopwatch.StartNew();
        var (ran, failed) = (0, 0);

        for (var i = 0; i < Cases && clock.Elapsed < Budget; i++, ran++)
        {
            Mutations.Sample(mutations => WithMutations(mutations, () =>
            {
                var sources = repo.SourceFingerprint();
                var (code, stdout, stderr) = Build(output);
                var what = $"exit {code}\n{stdout}\n{stderr}";
                Assert.True(code is ExitCodes.Ok or ExitCodes.ContentErrors, what);
                Assert.Equal(sources, repo.SourceFingerprint());
                AssertOnlyItsOwn(output);
                if (code == ExitCodes.ContentErrors)
                {
                    Assert.Equal(previous, ScratchRepository.Fingerprint(output));
                    Assert.Matches(Diagnostic(), stderr);
                    failed++;
                }
                else
                {
                    Assert.True(OutputMarker.IsIn(output), what);
                    previous = ScratchRepository.Fingerprint(output);
                }
            }), seed: SeedOf(i), iter: 1, threads: 1, print: Describe);
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{ran} mutated inputs in {clock.Elapsed.TotalSeconds:F1} s: {ran - failed} built, {failed} refused with diagnostics");
        Assert.True(ran >= 10, $"only {ran} cases in {Budget.TotalSeconds} s");
        Assert.True(failed > 0 && failed < ran, $"{failed} of {ran} mutated inputs failed: the mutations should break some builds and not others");
    }

    [Fact]
    public void AnyMutatedInput_ExitsZeroOrOne_ThroughTheCliProcess()
    {
        // A process of its own is what a user runs: its exit code is the one a script sees, and a hang is a timeout.
        var runs = Cases > 40 ? Cases / 10 : 3;
        for (var i = 0; i < runs; i++)
        {
            Mutations.Sample(mutations => WithMutations(mutations, () =>
            {
                using var cli = CliProcess.Start(repo.Root, ["build", "--output", "output"]);
                var (code, stdout, stderr) = cli.Finish(PerBuild * 2);
                Assert.True(code is ExitCodes.Ok or ExitCodes.ContentErrors, $"exit {code}\n{stdout}\n{stderr}");
            }), seed: SeedOf(1_000 + i), iter: 1, threads: 1, print: Describe);
        }
    }

    private (int Code, string Stdout, string Stderr) Build(string output)
    {
        var args = new[] { "build", "--input", repo.PathOf("input"), "--theme", repo.PathOf("theme"), "--output", output,
            "--cache", repo.PathOf(".staticsite-cache") };
        var build = Task.Run(() => InProcessCli.Run(args));
        Assert.True(build.Wait(PerBuild), $"the build did not end within {PerBuild.TotalSeconds} s");
        return build.Result;
    }

    // The mutations applied to the scratch copy for the length of the check, then the files put back.
    private void WithMutations(InputMutation[] mutations, Action check)
    {
        var originals = new Dictionary<string, byte[]>();
        foreach (var mutation in mutations)
        {
            var file = files[mutation.FileIndex];
            var bytes = File.ReadAllBytes(file);
            originals.TryAdd(file, bytes);
            File.WriteAllBytes(file, mutation.ApplyTo(bytes));
        }
        try
        {
            check();
        }
        finally
        {
            foreach (var (file, bytes) in originals) File.WriteAllBytes(file, bytes);
        }
    }

    // The work folder beside the output holds the lock and the build's staging and trash folders; the cache its tag
    // and cards. Anything else there was written by mistake.
    private void AssertOnlyItsOwn(string output)
    {
        var work = WorkFolder.Of(output).Path;
        foreach (var entry in Directory.EnumerateFileSystemEntries(work))
        {
            Assert.Matches(WorkEntry(), Path.GetFileName(entry));
        }
        var cache = repo.PathOf(".staticsite-cache");
        foreach (var file in Directory.EnumerateFiles(cache, "*", SearchOption.AllDirectories))
        {
            Assert.Matches(CacheEntry(), Path.GetRelativePath(cache, file).Replace('\\', '/'));
        }
    }

    private string Describe(InputMutation[] mutations) =>
        string.Join("; ", mutations.Select(m => $"{Path.GetRelativePath(repo.Root, files[m.FileIndex])} ({m})"));

    // Case i's seed, in CsCheck's form: the same series every run.
    private static string SeedOf(int i) => new PCG(1, Series * 1_000_003UL + (ulong)i).ToString();

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    [GeneratedRegex(@"\A(lock|(staging|trash)-[0-9]+-[0-9a-f]{8})\z")]
    private static partial Regex WorkEntry();

    [GeneratedRegex(@"\A(CACHEDIR\.TAG|[0-9a-f]{2}/[0-9a-f]{32}([0-9a-f]{32})?\.png)\z")]
    private static partial Regex CacheEntry();

    [GeneratedRegex(@"(?m)^(input|theme)/[^\n]*:[0-9]+:[0-9]+: error [A-Z]+[0-9]{3}: ")]
    private static partial Regex Diagnostic();
}
