using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using FactCorpus.Generator;
using FactCorpus.Generator.Diagnostics;
using FactCorpus.Generator.Emitting;
using FactCorpus.Generator.Model;
using FactCorpus.Generator.Reading;
using FactCorpus.Generator.Validation;
using Microsoft.CodeAnalysis.Text;

namespace FactCorpus.Bench;

/// <summary>
/// Where a full generator run spends its time, step by step, each step timed alone on the same bytes as
/// <see cref="GeneratorVsParser"/> (median of several rounds): what is left of the driver's full run after the
/// steps is Roslyn's own share (the driver, its tables and the added sources' text). `-- --split [file] [--cpu]`:
/// with --cpu, the time each step took on the CPU of its thread (Linux), which other processes' load on a shared
/// machine does not lengthen, where wall-clock time would count their turns too; a background GC's thread is not counted.
/// With --no-docs, the generated code has no hover docs, as in a `dotnet build` (the default parses them, as an editor does).
/// </summary>
internal static class GeneratorSplit
{
    private const int Rounds = 7;

    /// <summary>Whether <see cref="Time(Action)"/> takes the thread's CPU time instead of wall-clock time.</summary>
    private static bool cpu;

    /// <summary>The documentation mode of the runs, <see cref="Microsoft.CodeAnalysis.DocumentationMode.Parse"/> unless --no-docs.</summary>
    private static Microsoft.CodeAnalysis.DocumentationMode docs;

    public static void Run(string output, bool threadCpuTime = false, Microsoft.CodeAnalysis.DocumentationMode documentation = Microsoft.CodeAnalysis.DocumentationMode.Parse)
    {
        cpu = threadCpuTime;
        docs = documentation;
        var report = new StringBuilder();
        report.AppendLine("# Where a full generator run spends its time").AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"{Machine.Describe()}; median of {Rounds} rounds, each step timed alone; ms{(cpu ? " of the thread's CPU time" : "")}; {(docs == Microsoft.CodeAnalysis.DocumentationMode.None ? "no hover docs" : "with hover docs")}; {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC.").AppendLine()
            .AppendLine("| claims × files | parser pass | read (YAML → items) | encoding | articles | symbol table | scope | cite | validate | emit | sum of steps | full run | Roslyn's share | full ÷ parser |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (claims, files) in new[] { (10000, 200), (10000, 1) })
        {
            report.AppendLine(Row(claims, files));
            Console.WriteLine(report.ToString());
        }

        File.WriteAllText(output, report.ToString());
        Console.WriteLine(report.ToString());
    }

    private static string Row(int claims, int files)
    {
        var harness = new Harness(claims, files, docs);
        Allocated.Clear();
        var factTexts = harness.Corpus.FactFiles.Select(f => (Harness.Root + f.Path, SourceText.From(f.Text))).ToArray();
        var articleTexts = harness.Corpus.Articles.Select(a => (Harness.Root + a.Path, a.Text)).ToArray();
        var parser = Time(() => harness.ParseYaml());
        var read = Time(() =>
        {
            foreach (var (path, text) in factTexts)
            {
                FactFileReader.Read(path, text.ToString());
            }
        });
        var encoding = Time(() =>
        {
            foreach (var (path, text) in factTexts)
            {
                EncodingCheck.Check(path, text);
            }
        });

        var factFiles = factTexts.Select(f => FactFileReader.Read(f.Item1, f.Item2.ToString())).ToImmutableArray();
        var articles = Time(() => articleTexts.Select(a => CorpusSteps.Article(ArticlePaths.Normalize(a.Item1), a.Item2)).ToList());
        var articleList = articleTexts.Select(a => CorpusSteps.Article(ArticlePaths.Normalize(a.Item1), a.Item2)).ToImmutableArray();
        var readable = CorpusSteps.Readable(articleList, articleList.Select(_ => (DiagnosticInfo?)null).ToImmutableArray());
        var symbolsTime = Time(() =>
        {
            var declarations = factFiles.Select(CorpusSteps.Declare).ToImmutableArray();
            CorpusSteps.Link(declarations, articleList.Select(a => a.Path).ToImmutableArray(), EquatableArray<string>.Empty);
            CorpusSteps.Place(declarations, CorpusSteps.LanguageVersion(harness.ParseOptions));
        });
        var placement = CorpusSteps.Place(factFiles.Select(CorpusSteps.Declare).ToImmutableArray(), CorpusSteps.LanguageVersion(harness.ParseOptions));
        var threshold = LiteralBudget.DataSectionThreshold(harness.ParseOptions, LiteralBudget.CompilerVersion);
        var symbols = CorpusSteps.Link(factFiles.Select(CorpusSteps.Declare).ToImmutableArray(), articleList.Select(a => a.Path).ToImmutableArray(), EquatableArray<string>.Empty);
        var scope = Time(() => factFiles.Select(f => CorpusSteps.Scope(f, symbols)).ToList());
        var scoped = factFiles.Select(f => CorpusSteps.Scope(f, symbols)).ToList();
        var cite = Time(() => scoped.Select(f => CorpusSteps.Cite(f, readable)).ToList());
        var citing = scoped.Select(f => CorpusSteps.Cite(f, readable)).ToList();
        var validate = Time(() => citing.Select(CorpusSteps.Validate).ToList());
        var validated = citing.Select(CorpusSteps.Validate).ToList();
        var options = new CorpusOptions("Bench", DiagnosticsReporter.Generator, harness.ParseOptions.DocumentationMode != Microsoft.CodeAnalysis.DocumentationMode.None, placement.InExtensionBlocks);
        var conflictPairs = CorpusSteps.ConflictPairs(CorpusSteps.FindConflicts(validated.Select(CorpusSteps.ProjectClaims).ToImmutableArray()));
        var emit = Time(() =>
        {
            var outputs = validated.Select(f => CorpusSteps.GenerateFile(f, options)).ToList();
            CorpusSteps.GenerateCorpus(CorpusOutline.Of(symbols), conflictPairs, options);
            CorpusSteps.CheckLiteralBudget(outputs.Where(o => o.Literals is not null).Select(o => o.Literals!).ToImmutableArray(), threshold);
        });
        var full = Time(() => harness.FullRun());
        var steps = new[] { read, encoding, articles, symbolsTime, scope, cite, validate, emit };
        var sum = read + encoding + articles + symbolsTime + scope + cite + validate + emit;
        // Allocated: the parser pass, the steps in the columns' order, then the full run.
        var mb = Allocated.ToArray();
        var stepsMb = mb.Skip(1).Take(steps.Length).ToArray();
        return string.Create(CultureInfo.InvariantCulture,
            $"| {claims:N0} × {files} | {parser:F0} | {string.Join(" | ", steps.Select(s => s.ToString("F0", CultureInfo.InvariantCulture)))} | {sum:F0} | {full:F0} | {full - sum:F0} | {full / parser:F2} |\n")
            + string.Create(CultureInfo.InvariantCulture,
            $"| (MB allocated) | {mb[0]:F0} | {string.Join(" | ", stepsMb.Select(s => s.ToString("F0", CultureInfo.InvariantCulture)))} | {stepsMb.Sum():F0} | {mb[^1]:F0} | {mb[^1] - stepsMb.Sum():F0} | {mb[^1] / mb[0]:F2} |");
    }

    /// <summary>The MB each step timed last allocated, in the order timed.</summary>
    private static readonly List<double> Allocated = new();

    private static double Time(Action action)
    {
        action();
        var times = new List<double>();
        long allocated = 0;
        for (var i = 0; i < Rounds; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            var cpuBefore = ThreadCpuMilliseconds();
            action();
            times.Add(cpu ? ThreadCpuMilliseconds() - cpuBefore : watch.Elapsed.TotalMilliseconds);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Allocated.Add(allocated / 1e6);
        return Statistics.Median(times);
    }

    private static double Time<T>(Func<T> action) => Time(() => { _ = action(); });

    private static double ThreadCpuMilliseconds()
    {
        if (!cpu)
        {
            return 0;
        }

        // CLOCK_THREAD_CPUTIME_ID.
        return clock_gettime(3, out var time) == 0 ? (time.Seconds * 1e3) + (time.Nanoseconds / 1e6) : throw new PlatformNotSupportedException("--cpu needs clock_gettime (Linux)");
    }

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
    private static extern int clock_gettime(int clock, out Timespec time);
}
