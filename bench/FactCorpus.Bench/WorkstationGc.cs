using System.Globalization;
using System.Text;
using static FactCorpus.Bench.GcRegimes;

namespace FactCorpus.Bench;

/// <summary>
/// The full run against the parser pass in a plain process's workstation GC, where an editor such as csharp-ls runs
/// the generator: `-- --workstation-gc [file] [--rounds N]`. With concurrent (background) collection, the default,
/// the runtime caps the young generations' budgets at 6 MB (gc.cpp, init_static_data), so what a run keeps is
/// copied from gen0 to gen1 to gen2 in 6 MB steps; without it the budget grows to what the run keeps. The parser pass
/// keeps nothing; beside it, the same pass keeping each value it reads with its place
/// (<see cref="Harness.ParseYamlKeepingValues"/>) shows what keeping alone costs there, as Roslyn's driver keeps a
/// generator's models. BenchmarkDotNet's forced collection before each run, or none (as when an editor loads a
/// project and runs the generator once); processes interleaved round after round.
/// </summary>
internal static class WorkstationGc
{
    public static void Run(string output, int rounds, bool forcedGc)
    {
        var regime = forcedGc ? "forced" : "none";
        var report = new StringBuilder()
            .AppendLine("# The full run and the parser pass in the workstation GC").AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"{Machine.Describe()}; load average {Machine.LoadAverage()} at the start; 10,000 claims; {(forcedGc ? "a full collection before each run (BenchmarkDotNet's default)" : "no collection forced between runs")}; each cell the median of the runs of {rounds} fresh processes, interleaved round after round; ms. `-- --workstation-gc{(forcedGc ? "" : " --no-forced-gc")}`.")
            .AppendLine()
            .AppendLine("| files | hover docs | concurrent GC: parser pass | parser pass keeping what it reads | full run | its GC pauses | its gen0 collections | keeping ÷ parser | full ÷ parser | non-concurrent GC: parser pass | full run | its gen0 collections | full ÷ parser |")
            .AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var files in new[] { 1, 200 })
        {
            foreach (var docs in new[] { false, true })
            {
                var m = Interleaved(
                [
                    ("parser", HostGc.Workstation), ("parser-keeping", HostGc.Workstation), ("full", HostGc.Workstation),
                    ("parser", HostGc.WorkstationNonConcurrent), ("full", HostGc.WorkstationNonConcurrent),
                ], rounds, regime, files, docs);
                report.AppendLine(CultureInfo.InvariantCulture,
                    $"| {files} | {(docs ? "yes" : "no")} | {m[0].Wall:F0} | {m[1].Wall:F0} | {m[2].Wall:F0} | {m[2].Pause:F0} | {m[2].Gen0:F0} | {m[1].Wall / m[0].Wall:F2} | {m[2].Wall / m[0].Wall:F2} | {m[3].Wall:F0} | {m[4].Wall:F0} | {m[4].Gen0:F0} | {m[4].Wall / m[3].Wall:F2} |");
                Console.WriteLine(report.ToString());
            }
        }

        Write(report, output);
    }
}
