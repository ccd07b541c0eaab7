using System.Globalization;
using System.Text;
using static FactCorpus.Bench.GcRegimes;

namespace FactCorpus.Bench;

/// <summary>
/// The full run against the parser pass in the collectors the editors run the generator in: `-- --editor-gc [file]
/// [--rounds N]`. Visual Studio's Roslyn host and VS Code's C# language server run the server GC (as the compiler
/// does in a build); csharp-ls is a plain process, whose workstation GC with concurrent collection caps the gen0
/// budget at 6 MB, so what a run keeps is copied in 6 MB steps; beside it, the same process with a larger gen0
/// budget (DOTNET_GCgen0size, which a user can set where the editor starts the server). No collection is forced
/// between runs, as when an editor loads a project; processes interleaved round after round. Beside the parser pass,
/// the same pass keeping each scalar it reads as a string with its place (<see cref="Harness.ParseYamlKeepingValues"/>)
/// and keeping its place alone, in one array of values (<see cref="Harness.ParseYamlKeepingPlaces"/>): what keeping
/// a model costs as objects and as places in the file's text.
/// </summary>
internal static class EditorGc
{
    private static readonly (HostGc Gc, string Describe)[] Collectors =
    [
        (HostGc.Server, "server (Visual Studio, VS Code's C# extension, the compiler)"),
        (HostGc.Workstation, "workstation, concurrent (a plain process: csharp-ls)"),
        (HostGc.WorkstationLargeGen0, $"workstation, concurrent, DOTNET_GCgen0size={LargeGen0Budget}"),
    ];

    /// <summary>The workloads of each collector, in the report's column order.</summary>
    private static readonly string[] Workloads = ["parser", "parser-keeping", "parser-keeping-places", "full"];

    public static void Run(string output, int rounds)
    {
        var report = new StringBuilder()
            .AppendLine("# The full run and the parser pass in the editors' collectors").AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"{Machine.Describe()}; load average {Machine.LoadAverage()} at the start; 10,000 claims; no collection forced between runs; each cell the median of the runs of {rounds} fresh processes, interleaved round after round; ms. `-- --editor-gc`.")
            .AppendLine()
            .AppendLine("| collector | files | hover docs | parser pass | keeping values | keeping places | full run | its GC pauses | its gen0 collections | values ÷ parser | places ÷ parser | full ÷ parser |")
            .AppendLine("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var files in new[] { 1, 200 })
        {
            foreach (var docs in new[] { false, true })
            {
                var medians = Interleaved(Collectors.SelectMany(c => Workloads.Select(w => (w, c.Gc))).ToArray(), rounds, "none", files, docs);
                for (var c = 0; c < Collectors.Length; c++)
                {
                    var at = c * Workloads.Length;
                    var (parser, values, places, full) = (medians[at], medians[at + 1], medians[at + 2], medians[at + 3]);
                    report.AppendLine(CultureInfo.InvariantCulture,
                        $"| {Collectors[c].Describe} | {files} | {(docs ? "yes" : "no")} | {parser.Wall:F0} | {values.Wall:F0} | {places.Wall:F0} | {full.Wall:F0} | {full.Pause:F0} | {full.Gen0:F0} | {values.Wall / parser.Wall:F2} | {places.Wall / parser.Wall:F2} | {full.Wall / parser.Wall:F2} |");
                }

                Console.WriteLine(report.ToString());
            }
        }

        Write(report, output);
    }
}
