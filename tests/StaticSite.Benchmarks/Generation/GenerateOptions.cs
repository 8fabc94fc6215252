using System.Globalization;

namespace StaticSite.Benchmarks.Generation;

/// <summary>Arguments of <c>generate</c>; the default seed is ssgbench's, so "N=1000" names one site.</summary>
internal sealed record GenerateOptions(int Episodes, string Out, int Seed)
{
    public static GenerateOptions? Parse(IReadOnlyList<string> args)
    {
        int? episodes = null;
        string? output = null;
        var seed = 20240601;
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            switch (args[i])
            {
                case "--episodes": episodes = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--out": output = args[i + 1]; break;
                case "--seed": seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: return null;
            }
        }
        return episodes is > 0 && output is not null ? new GenerateOptions(episodes.Value, output, seed) : null;
    }
}
