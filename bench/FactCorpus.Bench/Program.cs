using BenchmarkDotNet.Running;
using FactCorpus.Bench;
using FactCorpus.Bench.BuildLikeAUser;
using FactCorpus.Bench.FirstFact;
using FactCorpus.Bench.Shapes;

// `dotnet run -c Release --project bench/FactCorpus.Bench -- --filter '*'` runs the benchmarks;
// `-- --scale` runs the one-off 100,000-claim measurement and the code-size report, and `-- --first-fact` the
// fresh-process time to first fact with its medians and ratios, `-- --build [--rounds N]` times `dotnet build` of a
// corpus project against the bare-members floor, and `-- --shapes` the compile time of the shapes of generated code
// against the floor (bench/run.sh does them all). By hand: `-- --split [--cpu] [--no-docs]` (a full run step by step), `-- --cold`
// (the generator's first run in fresh processes), `-- --compile-profile` (what compiling the generated code costs,
// piece by piece) and `-- --user-project DIR` (the --build corpus project, kept to build by hand).
if (args.Contains("--scale"))
{
    ScaleReport.Run(args.SkipWhile(a => a != "--scale").Skip(1).FirstOrDefault() ?? "bench/results/scale.md");
    return;
}

if (args.Contains("--scale-one"))
{
    var size = args.SkipWhile(a => a != "--scale-one").Skip(1).Take(3).ToArray();
    ScaleReport.RunOne(int.Parse(size[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(size[1], System.Globalization.CultureInfo.InvariantCulture), Enum.Parse<Microsoft.CodeAnalysis.DocumentationMode>(size[2]));
    return;
}

if (args.Contains("--first-fact"))
{
    FirstFactReport.Run(args.SkipWhile(a => a != "--first-fact").Skip(1).FirstOrDefault() ?? "bench/results/time-to-first-fact.md");
    return;
}

if (args.Contains("--build"))
{
    BuildReport.Run(OutputArgument("--build", "bench/results/build-like-a-user.md"), RoundsArgument(BuildReport.DefaultRounds));
    return;
}

// `-- --user-project DIR [claims]` writes the corpus project of --build (10,000 claims by default), its generated members alone and its floor into DIR with its
// feed and keeps it, to build by hand, e.g. with -p:ReportAnalyzer=true to see the generator's time in a real build.
if (args.Contains("--user-project"))
{
    var rest = args.SkipWhile(a => a != "--user-project").Skip(1).ToArray();
    var feed = PackedFeed.Pack(rest[0]);
    var corpus = new SyntheticCorpus(rest.Length > 1 ? int.Parse(rest[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000, 200);
    Console.WriteLine(UserProjects.Corpus(feed, corpus).Directory);
    Console.WriteLine(UserProjects.GeneratedMembersAlone(feed, corpus).Directory);
    Console.WriteLine(UserProjects.Floor(feed, corpus).Directory);
    return;
}

if (args.Contains("--cold-one"))
{
    GeneratorCold.RunOne(args.Contains("--jit"), args.Contains("--steps"));
    return;
}

// `-- --cold [file] [--rounds N] [--steps]`: the generator's first run in fresh processes against a warm run, step by
// step with --steps; `-- --cold-one [--jit] [--steps]` one such process, listing what it jitted with --jit.
if (args.Contains("--cold"))
{
    GeneratorCold.Run(OutputArgument("--cold", "bench/results/generator-cold.md"), RoundsArgument(5), args.Contains("--steps"));
    return;
}

// `-- --gc-regimes [file] [--rounds N] [--docs]`: the parser pass and the full run under three collection regimes between runs
// (why GeneratorVsParser reports the server GC with and without BenchmarkDotNet's forced collection).
// `-- --gc-regime-one REGIME WORKLOAD FILES [--docs] [--held MB]` is one of its processes, to run by hand: each run's times,
// collections and the collector's gen0 budget, with MB of small objects held beside the harness as a compiler holds its heap;
// WORKLOAD is parser, parser-keeping (values with places), parser-keeping-strings, parser-keeping-records, parser-keeping-places or full.
if (args.Contains("--gc-regime-one"))
{
    var rest = args.SkipWhile(a => a != "--gc-regime-one").Skip(1).ToArray();
    var held = args.SkipWhile(a => a != "--held").Skip(1).FirstOrDefault();
    GcRegimes.RunOne(rest[0], rest[1], int.Parse(rest[2], System.Globalization.CultureInfo.InvariantCulture), args.Contains("--docs"),
        held is null ? 0 : int.Parse(held, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args.Contains("--gc-regimes"))
{
    GcRegimes.Run(OutputArgument("--gc-regimes", "bench/results/gc-regimes.md"), RoundsArgument(2), args.Contains("--docs"));
    return;
}

// `-- --workstation-gc [file] [--rounds N] [--no-forced-gc]`: the same in a plain process's workstation GC, concurrent and
// not, beside the parser pass keeping what it reads; with --no-forced-gc, no collection between runs (an editor loading a project).
if (args.Contains("--workstation-gc"))
{
    WorkstationGc.Run(OutputArgument("--workstation-gc", "bench/results/workstation-gc.md"), RoundsArgument(3), forcedGc: !args.Contains("--no-forced-gc"));
    return;
}

// `-- --editor-gc [file] [--rounds N]`: the same in the collectors editors run the generator in (server GC; a plain
// process's workstation GC, as csharp-ls; the latter with a larger gen0 budget), no collection forced between runs.
if (args.Contains("--editor-gc"))
{
    EditorGc.Run(OutputArgument("--editor-gc", "bench/results/editor-gc.md"), RoundsArgument(3));
    return;
}

if (args.Contains("--shapes"))
{
    ShapesReport.Run(args.SkipWhile(a => a != "--shapes").Skip(1).FirstOrDefault() ?? "bench/results/generated-code-shapes.md");
    return;
}

if (args.Contains("--compile-profile"))
{
    var rounds = args.SkipWhile(a => a != "--compile-profile").Skip(1).FirstOrDefault();
    GeneratedCompileProfile.Run(rounds is null ? 5 : int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args.Contains("--split"))
{
    GeneratorSplit.Run(args.SkipWhile(a => a != "--split").Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "bench/results/generator-split.md", args.Contains("--cpu"),
        args.Contains("--no-docs") ? Microsoft.CodeAnalysis.DocumentationMode.None : Microsoft.CodeAnalysis.DocumentationMode.Parse);
    return;
}

// One report per class, so each Ratio column is against that class's own baseline.
BenchmarkSwitcher.FromAssembly(typeof(Harness).Assembly).Run(args);

// The report a flag writes: the word after the flag unless that is another flag, else the flag's default.
string OutputArgument(string flag, string fallback)
{
    var next = args.SkipWhile(a => a != flag).Skip(1).FirstOrDefault();
    return next is null || next.StartsWith("--", StringComparison.Ordinal) ? fallback : next;
}

int RoundsArgument(int fallback)
{
    var rounds = args.SkipWhile(a => a != "--rounds").Skip(1).FirstOrDefault();
    return rounds is null ? fallback : int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture);
}
