using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using FactCorpus.Bench.FirstFact;

// In the benchmarks' namespace, like the other benchmark classes: the report is named after it.
namespace FactCorpus.Bench;

/// <summary>
/// Time to the first fact in a fresh process, whole process as the launcher sees it (start to exit), against
/// YamlDotNet at start-up (the baseline, so Ratio is against it) and System.Text.Json source generation.
/// Each invocation is one launch of an app of <see cref="FirstFactWorkspace"/>. The in-app span from Main to the
/// fact, which the targets are judged on, is in bench/results/time-to-first-fact.md (<see cref="FirstFactReport"/>).
/// </summary>
[MedianColumn]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 20, invocationCount: 1)]
public class TimeToFirstFact
{
    private FirstFactWorkspace workspace = null!;

    [Params(1000, 10000)]
    public int Claims { get; set; }

    [GlobalSetup]
    public void Setup() => workspace = FirstFactWorkspace.Prepare(Claims);

    [Benchmark(Baseline = true)]
    public double YamlDotNetDeserializer() => workspace.YamlDotNet.Launch().MainMs;

    [Benchmark]
    public double SystemTextJsonSourceGenerated() => workspace.SystemTextJson.Launch().MainMs;

    [Benchmark]
    public double GeneratedCorpus() => workspace.Generated.Launch().MainMs;
}
