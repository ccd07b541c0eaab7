using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactCorpus.Bench;

/// <summary>
/// The generator's full run against a YamlDotNet parser pass over the same bytes (target: ≤ 1.5), with and without
/// hover docs: `dotnet build` passes DocumentationMode None (no doc file), an IDE or a doc-file build Parse, and the
/// docs are two thirds of the generated text. Each in two GCs: the workstation GC of a plain .NET process, and the
/// server GC of the compiler, which runs generators in a build (csc.runtimeconfig.json sets System.GC.Server), the
/// latter with and without a forced collection before each iteration (see <see cref="HostGcConfig"/>). Beside them,
/// the parser pass keeping the strings it reads: what keeping the text alone costs in the same collector.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(HostGcConfig))]
public class GeneratorVsParser
{
    private Harness harness = null!;

    [Params(1000, 10000)]
    public int Claims { get; set; }

    [Params(1, 200)]
    public int Files { get; set; }

    [Params(DocumentationMode.None, DocumentationMode.Parse)]
    public DocumentationMode Docs { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        harness = new Harness(Claims, Files, Docs);
        harness.FullRun();
    }

    [Benchmark(Baseline = true)]
    public int YamlDotNetParserPass() => harness.ParseYaml();

    [Benchmark]
    public GeneratorDriverRunResult GeneratorFullRun() => harness.FullRun();

    /// <summary>
    /// The same parser pass keeping the string of every scalar it reads until the next call, as Roslyn's driver keeps a
    /// generator's models until its next run: what keeping the corpus's text alone costs in each collector, a floor
    /// under any generator whose cached output holds what it read (docs/performance.md, "What keeping alone costs").
    /// </summary>
    [Benchmark]
    public object YamlDotNetParserPassKeepingStrings() => harness.ParseYamlKeepingStrings();
}

/// <summary>
/// Re-runs against the full run: nothing changed (target ≤ 0.01); one of 200 files edited (target ≤ 0.1), as an
/// author edits most often, the text of a claim; and, reported beside it, an entity renamed, which also
/// regenerates the files whose hover text shows the name.
/// </summary>
[MemoryDiagnoser]
// Ten iterations, not ShortRun's three: the machine's other load makes three too few for a stable ratio.
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class Incrementality
{
    private Harness harness = null!;
    private GeneratorDriver warm = null!;
    private AdditionalText[] texts = [];

    [Params(100, 1000, 10000)]
    public int Claims { get; set; }

    [Params(200)]
    public int Files { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        harness = new Harness(Claims, Files);
        texts = harness.FreshTexts();
        warm = harness.CreateDriver(texts).RunGenerators(harness.Compilation);
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriverRunResult FullRun() => harness.FullRun();

    [Benchmark]
    public GeneratorDriver RerunNothingChanged() => warm.RunGenerators(harness.Compilation);

    [Benchmark]
    public GeneratorDriver RerunOneClaimEdited() => RerunEdited("statement: \"Official", "statement: \"Edited: official");

    [Benchmark]
    public GeneratorDriver RerunOneEntityRenamed() => RerunEdited("name: \"Person", "name: \"Edited person");

    /// <summary>
    /// Replaces the first <paramref name="oldText"/> of the first file that has it with a new text instance, as an
    /// editor does, so neither the parse cache nor an unchanged model hides the work of an edit that matters.
    /// </summary>
    private GeneratorDriver RerunEdited(string oldText, string newText)
    {
        var edited = texts.First(t => t.GetText()!.ToString().Contains(oldText, StringComparison.Ordinal));
        var text = edited.GetText()!.ToString();
        var at = text.IndexOf(oldText, StringComparison.Ordinal);
        var replacement = new Generator.Tests.Support.InMemoryAdditionalText(edited.Path, SourceText.From(text[..at] + newText + text[(at + oldText.Length)..]));
        return warm.ReplaceAdditionalText(edited, replacement).RunGenerators(harness.Compilation);
    }
}

/// <summary>
/// Ten iterations, not ShortRun's three (the machine's other load makes three too few for a stable ratio), once with
/// the workstation GC and once with the server GC the compiler runs with; each ratio is against the baseline of its own job.
/// Two processes a benchmark: on this virtual machine a process's times sit at one of two levels for its whole life
/// (a parser pass ~170 or ~260 ms at 10,000 claims), so one process a side could compare a fast one with a slow one.
/// Six warm-up iterations, not three: at 10,000 claims an iteration is one call, and a process's first calls of the full
/// run are slower still (tiered compilation replacing the code of methods a run calls once a file, such as a read loop).
/// The server GC twice: with BenchmarkDotNet's full collection before every iteration, and without it. The forced
/// collection hands freed memory back to the system, and the full run, which keeps what the driver caches (~20 MB at
/// 10,000 claims) and so works in a larger gen0 budget than the parser pass (2 gen0 collections a run against 26),
/// takes it back with page faults: a median 26–33 ms of kernel time a run at 10,000 claims, 140–160 ms when the
/// collection returns all of it (GCCollectionMode.Aggressive), against 8–16 for the parser pass (bench/results/gc-regimes.md). It also leaves out of
/// the timing the collection of what the previous run kept. Without it the runs pay that collection, as in a process
/// that goes on working (a compiler server, an IDE), and keep the memory. Neither is a cold csc exactly; both are reported.
/// </summary>
internal sealed class HostGcConfig : ManualConfig
{
    public HostGcConfig()
    {
        var job = Job.Default.WithLaunchCount(2).WithWarmupCount(6).WithIterationCount(10);
        AddJob(job.WithGcServer(false).WithId("WorkstationGC"));
        AddJob(job.WithGcServer(true).WithId("ServerGC"));
        AddJob(job.WithGcServer(true).WithGcForce(false).WithId("ServerGC-NoForcedGC"));
    }
}
