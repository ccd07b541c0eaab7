using BenchmarkDotNet.Running;
using FactCorpus.Bench;

// `dotnet run -c Release --project bench/FactCorpus.Bench -- --filter '*'` runs the benchmarks;
// `-- --scale` runs the one-off 100,000-claim measurement and the code-size report (bench/run.sh does both).
if (args.Contains("--scale"))
{
    ScaleReport.Run(args.SkipWhile(a => a != "--scale").Skip(1).FirstOrDefault() ?? "bench/results/scale.md");
    return;
}

// One report per class, so each Ratio column is against that class's own baseline.
BenchmarkSwitcher.FromAssembly(typeof(Harness).Assembly).Run(args);
