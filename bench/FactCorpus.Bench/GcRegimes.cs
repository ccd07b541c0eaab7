using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Text;

namespace FactCorpus.Bench;

/// <summary>
/// Why <see cref="GeneratorVsParser"/> reports the server GC with and without BenchmarkDotNet's forced collection:
/// `-- --gc-regimes [file] [--rounds N] [--docs]` times the parser pass and the full run at 10,000 claims (one file and 200),
/// each in fresh processes with server GC, in three regimes between runs: a full collection (what BenchmarkDotNet
/// does before every iteration), an aggressive one (which returns all free memory to the system), and none. Per run
/// it takes the wall-clock time, the process's kernel time (page faults of memory taken back from the system show
/// there), the GC pauses and the gen0 collections, and reports the medians. Processes of the two sides are
/// interleaved, round after round, so a slow phase of the machine falls on both. Without hover docs (a plain build)
/// unless --docs (an editor, a build that writes the doc file).
/// </summary>
internal static class GcRegimes
{
    private const int Claims = 10_000;
    private const int WarmUps = 6;
    private const int Runs = 20;

    private static readonly string[] Regimes = ["forced", "aggressive", "none"];

    public static void Run(string output, int rounds, bool docs)
    {
        var report = new StringBuilder()
            .AppendLine("# The full run and the parser pass under three collection regimes").AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"{Machine.Describe()}; load average {Machine.LoadAverage()} at the start; {Claims:N0} claims; {(docs ? "with hover docs" : "no hover docs")}; server GC; each cell the median of {Runs} runs (after {WarmUps} warm-ups) in each of {rounds} fresh processes a side, the sides' processes interleaved; ms. `-- --gc-regimes{(docs ? " --docs" : "")}`.")
            .AppendLine()
            .AppendLine("| files | between runs | parser pass | its kernel time | its GC pauses | its gen0 collections | full run | its kernel time | its GC pauses | its gen0 collections | full ÷ parser |")
            .AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var files in new[] { 1, 200 })
        {
            foreach (var regime in Regimes)
            {
                var m = Interleaved([("parser", HostGc.Server), ("full", HostGc.Server)], rounds, regime, files, docs);
                var (p, f) = (m[0], m[1]);
                report.AppendLine(CultureInfo.InvariantCulture,
                    $"| {files} | {Describe(regime)} | {p.Wall:F0} | {p.Kernel:F0} | {p.Pause:F0} | {p.Gen0:F0} | {f.Wall:F0} | {f.Kernel:F0} | {f.Pause:F0} | {f.Gen0:F0} | {f.Wall / p.Wall:F2} |");
                Console.WriteLine(report.ToString());
            }
        }

        Write(report, output);
    }

    /// <summary>The median run of each cell (a workload in a collector), the cells' fresh processes interleaved round after round.</summary>
    internal static Measure[] Interleaved(IReadOnlyList<(string Workload, HostGc Gc)> cells, int rounds, string regime, int files, bool docs)
    {
        var runs = cells.Select(_ => new List<Measure>()).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var cell = 0; cell < cells.Count; cell++)
            {
                runs[cell].AddRange(Child(regime, cells[cell].Workload, files, docs, cells[cell].Gc));
            }
        }

        return runs.Select(Measure.Median).ToArray();
    }

    /// <summary>Ends a report with the load average and writes it.</summary>
    internal static void Write(StringBuilder report, string output)
    {
        report.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Load average at the end: {Machine.LoadAverage()}.");
        File.WriteAllText(output, report.ToString());
        Console.WriteLine(report.ToString());
    }

    /// <summary>
    /// One process of <see cref="Run"/>: prints a line "wall kernel pause gen0 heaps budget" for each timed run (ms, ms, ms,
    /// collections, the collector's heaps and gen0 budget in MB as of its last collection). <paramref name="heldMegabytes"/>
    /// of small objects are held beside the harness, as a compiler holds its own heap (`--held MB`).
    /// </summary>
    public static void RunOne(string regime, string workload, int files, bool docs, int heldMegabytes = 0)
    {
        var harness = new Harness(Claims, files, docs ? Microsoft.CodeAnalysis.DocumentationMode.Parse : Microsoft.CodeAnalysis.DocumentationMode.None);
        Func<object> work = workload switch
        {
            "parser" => () => harness.ParseYaml(),
            "parser-keeping" => harness.ParseYamlKeepingValues,
            "parser-keeping-places" => harness.ParseYamlKeepingPlaces,
            "parser-keeping-strings" => harness.ParseYamlKeepingStrings,
            "parser-keeping-records" => harness.ParseYamlKeepingRecords,
            _ => harness.FullRun,
        };
        var process = Process.GetCurrentProcess();
        using var collector = new CollectorBudget();
        // Arrays of a 200-file corpus's text size (52 KB, under the large-object heap's threshold): each MB held is a MB of small-object heap.
        var held = Enumerable.Range(0, heldMegabytes * 1_000_000 / 52_000).Select(_ => new char[26_000]).ToArray();
        for (var run = 0; run < WarmUps + Runs; run++)
        {
            switch (regime)
            {
                case "forced":
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    GC.Collect();
                    break;
                case "aggressive":
                    GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                    break;
            }

            process.Refresh();
            var (kernel, pause, gen0) = (process.PrivilegedProcessorTime, GC.GetTotalPauseDuration(), GC.CollectionCount(0));
            var watch = Stopwatch.StartNew();
            GC.KeepAlive(work());
            GC.KeepAlive(held);
            var wall = watch.Elapsed;
            process.Refresh();
            if (run >= WarmUps)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{wall.TotalMilliseconds} {(process.PrivilegedProcessorTime - kernel).TotalMilliseconds} {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds} {GC.CollectionCount(0) - gen0} {collector.Heaps} {collector.Gen0Budget / 1_000_000}"));
            }
        }
    }

    private static string Describe(string regime) => regime switch
    {
        "forced" => "full collection (BenchmarkDotNet's default)",
        "aggressive" => "aggressive collection (all free memory returned)",
        _ => "none",
    };

    /// <summary>
    /// The collector a child process runs: the compiler's (server) or a plain process's (workstation), concurrent or
    /// not, or concurrent with a gen0 budget of <see cref="LargeGen0Budget"/> (what a user can set for an editor).
    /// </summary>
    internal enum HostGc
    {
        Server,
        Workstation,
        WorkstationNonConcurrent,
        WorkstationLargeGen0,
    }

    /// <summary>DOTNET_GCgen0size for <see cref="HostGc.WorkstationLargeGen0"/>: 64 MB, in hex as the runtime reads it.</summary>
    internal const string LargeGen0Budget = "0x4000000";

    /// <summary>Each timed run of one fresh child process (<see cref="RunOne"/>) in the given collector.</summary>
    internal static IEnumerable<Measure> Child(string regime, string workload, int files, bool docs, HostGc gc)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        foreach (var arg in Environment.GetCommandLineArgs().Take(1).Where(a => a.EndsWith(".dll", StringComparison.Ordinal))
            .Concat(["--gc-regime-one", regime, workload, files.ToString(CultureInfo.InvariantCulture)])
            .Concat(docs ? ["--docs"] : Array.Empty<string>()))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_gcServer"] = gc == HostGc.Server ? "1" : "0";
        start.Environment["DOTNET_gcConcurrent"] = gc == HostGc.WorkstationNonConcurrent ? "0" : "1";
        if (gc == HostGc.WorkstationLargeGen0)
        {
            start.Environment["DOTNET_GCgen0size"] = LargeGen0Budget;
        }
        using var process = Process.Start(start)!;
        var lines = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"--gc-regime-one {regime} {workload} {files} failed:\n{lines}");
        }

        return lines.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray())
            .Select(v => new Measure(v[0], v[1], v[2], v[3]))
            .ToList();
    }

    internal readonly record struct Measure(double Wall, double Kernel, double Pause, double Gen0)
    {
        public static Measure Median(List<Measure> all) => new(
            Statistics.Median(all.Select(m => m.Wall)),
            Statistics.Median(all.Select(m => m.Kernel)),
            Statistics.Median(all.Select(m => m.Pause)),
            Statistics.Median(all.Select(m => m.Gen0)));
    }
}
