using BenchmarkDotNet.Running;
using FactCorpus.Bench;
using FactCorpus.Bench.FirstFact;

// `dotnet run -c Release --project bench/FactCorpus.Bench -- --filter '*'` runs the benchmarks;
// `-- --scale` runs the one-off 100,000-claim measurement and the code-size report, and `-- --first-fact` the
// fresh-process time to first fact with its medians and ratios (bench/run.sh does all three).
if (args.Contains("--scale"))
{
    ScaleReport.Run(args.SkipWhile(a => a != "--scale").Skip(1).FirstOrDefault() ?? "bench/results/scale.md");
    return;
}

if (args.Contains("--first-fact"))
{
    FirstFactReport.Run(args.SkipWhile(a => a != "--first-fact").Skip(1).FirstOrDefault() ?? "bench/results/time-to-first-fact.md");
    return;
}

// One report per class, so each Ratio column is against that class's own baseline.
BenchmarkSwitcher.FromAssembly(typeof(Harness).Assembly).Run(args);
