using BenchmarkDotNet.Running;
using StaticSite.Benchmarks.Generation;

// generate: writes a synthetic input/ for timing whole builds (see docs/performance.md).
// micro: BenchmarkDotNet runs of the hot modules; any further arguments go to BenchmarkDotNet (e.g. --filter *Markdown*).
if (args is ["generate", .. var rest])
{
    var options = GenerateOptions.Parse(rest);
    if (options is null)
    {
        Console.Error.WriteLine("usage: generate --episodes N --out DIR [--seed S]");
        return 2;
    }
    var clock = System.Diagnostics.Stopwatch.StartNew();
    var input = Path.Combine(options.Out, "input");
    new SiteGenerator(options.Episodes, options.Seed).WriteTo(input);
    Console.WriteLine($"generated {input} (N={options.Episodes}, seed {options.Seed}) in {clock.ElapsedMilliseconds} ms");
    return 0;
}
if (args is ["micro", .. var benchmarkArgs])
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(benchmarkArgs.Length == 0 ? ["--filter", "*"] : benchmarkArgs);
    return 0;
}
Console.Error.WriteLine("usage: generate --episodes N --out DIR [--seed S] | micro [BenchmarkDotNet arguments]");
return 2;
