using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using StaticSite.Core.Tests.Deploy;
using StaticSite.Core.Tests.Support;
using StaticSite.Explainer.Outputs.Search;
using Xunit;

namespace StaticSite.Core.Tests.Explainer.Outputs.Search;

/// <summary>
/// The terms the index is made of (C#) and the terms a query is cut into (theme/assets/js/search.js) must be the
/// same, or a word on a page could never be found: the script's code is run under Node and compared with the C#.
/// </summary>
public sealed partial class SearchTermsTests
{
    [Theory]
    [InlineData("spying", "spies", "spy")]
    [InlineData("agencies", "agency", "agency")]
    [InlineData("shared", "sharing", "shar")]
    [InlineData("share", "shares", "shar")]
    [InlineData("Mohammed", "Mohamed", "moham")]
    [InlineData("lobbying", "lobbied", "lobby")]
    [InlineData("stopped", "stopping", "stop")]
    [InlineData("calling", "called", "call")]
    [InlineData("widely", "wide", "wid")]
    [InlineData("GCHQ", "gchk", "gchk")]
    [InlineData("Huawei's", "HUAWEI", "huawei")]
    [InlineData("réciprocité", "reciprocite", "reciprocit")]
    public void WordsThatDifferOnlyInEnding_OrSpelling_HaveTheSameTerm(string one, string other, string term)
    {
        Assert.Equal([term], SearchTerms.Of(one));
        Assert.Equal([term], SearchTerms.Of(other));
    }

    [Theory]
    [InlineData("MI6", "mi6")]
    [InlineData("5G", "5g")]
    [InlineData("its", null)]
    [InlineData("analysis", "analysis")]
    [InlineData("status", "status")]
    [InlineData("king", "king")]
    public void ShortWords_Numbers_AndWordsThatOnlyLookInflected_AreKept(string word, string? term)
    {
        Assert.Equal(term is null ? [] : [term], SearchTerms.Of(word));
    }

    [Fact]
    public void CommonWordsAreDropped_SoAQuestionKeepsOnlyWhatItIsAbout()
    {
        Assert.Equal(["huawei", "risk"], SearchTerms.Of("Why is Huawei a risk?"));
    }

    // Text that tests the edges of folding and splitting, beyond the site's own words.
    private static readonly string[] Awkward =
    [
        "Huawei’s UK’s", "naïve café Ærø İstanbul straße ﬁve", "US–UK 5G/4G co-operation", "1973 2020s 35%",
        "quick QUEUE Iraq", "ssss sses ies ied ing ed ly es s e", "agreed agree freed seeing fleeing lying dying",
    ];

    [Fact]
    public void TheScriptCutsEveryWordOfTheSite_IntoTheSameTermsAsTheIndex()
    {
        NodeTool.Require("search.js's term code", ScriptPath, "apt-get install -y nodejs");
        var texts = RealSite.HtmlPages.Select(p => WebUtility(Tag().Replace(p.Html, " "))).Concat(Awkward).ToList();

        var fromScript = RunScriptTerms(texts);

        Assert.Equal(texts.Count, fromScript.Count);
        var words = 0;
        for (var i = 0; i < texts.Count; i++)
        {
            var expected = SearchTerms.Of(texts[i]).ToList();
            words += expected.Count;
            var same = expected.Zip(fromScript[i]).TakeWhile(p => p.First == p.Second).Count();
            Assert.True(expected.SequenceEqual(fromScript[i]),
                $"search.js and SearchTerms.cs differ on text {i} after {same} terms: C# [{string.Join(' ', expected.Skip(same).Take(5))}], search.js [{string.Join(' ', fromScript[i].Skip(same).Take(5))}]");
        }
        Assert.True(words > 10_000, $"only {words} words were compared: the site's pages were not read");
    }

    private static string WebUtility(string html) => System.Net.WebUtility.HtmlDecode(html);

    private static string ScriptPath => Path.Combine(RealSite.Root, "theme", "assets", "js", "search.js");

    private static List<List<string>> RunScriptTerms(List<string> texts)
    {
        // Only the code between the markers: the rest needs a page.
        const string Harness = """
            const fs = require('fs');
            const src = fs.readFileSync(process.argv[1], 'utf8');
            const begin = src.indexOf('// terms:begin'), end = src.indexOf('// terms:end');
            if (begin < 0 || end < begin) throw new Error('search.js has no terms:begin/terms:end markers');
            const terms = new Function(src.slice(begin, end) + '\nreturn terms;')();
            const texts = JSON.parse(fs.readFileSync(0, 'utf8'));
            process.stdout.write(JSON.stringify(texts.map(terms)));
            """;
        var start = new ProcessStartInfo("node") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-e", Harness, ScriptPath }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        process.StandardInput.Write(JsonSerializer.Serialize(texts));
        process.StandardInput.Close();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "node did not finish within a minute");
        Assert.True(process.ExitCode == 0, $"node failed: {error.Result}");
        return JsonSerializer.Deserialize<List<List<string>>>(output.Result)!;
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
