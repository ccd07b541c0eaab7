using System.Globalization;
using System.Text;

namespace FactCorpus.Bench.FirstFact;

/// <summary>
/// Time to the first fact in a fresh process (issue #5): the three apps of <see cref="FirstFactWorkspace"/> launched
/// in turn, round after round, so drift on the machine (caches, frequency, neighbours) falls on all three alike.
/// Medians, and both ratios from the same rounds. Writes the markdown report.
/// </summary>
internal static class FirstFactReport
{
    private const int WarmupRounds = 2;
    private const int Rounds = 20;

    public static void Run(string output)
    {
        var loadBefore = Machine.LoadAverage();
        var report = new StringBuilder("# Time to first fact, fresh process\n\n")
            .Append(CultureInfo.InvariantCulture, $"Machine: {Machine.Describe()}. {Rounds} launches of each app, interleaved, after {WarmupRounds} warm-up launches each; medians.\n\n")
            .Append(Explanation);
        var ratios = new StringBuilder();
        foreach (var claims in new[] { 1_000, 10_000 })
        {
            var workspace = FirstFactWorkspace.Prepare(claims);
            FirstFactApp[] apps = [workspace.YamlDotNet, workspace.SystemTextJson, workspace.Generated];
            var runs = Measure(apps);
            var statements = runs.SelectMany(r => r.Value).Select(r => r.Statement).Distinct().ToList();
            if (statements.Count != 1)
            {
                throw new InvalidOperationException("the apps disagree on the first fact: " + string.Join(" | ", statements));
            }

            report.Append(CultureInfo.InvariantCulture, $"\n## {claims:N0} claims, 1 file\n\n")
                .Append("| app | Main → fact (ms) | launch → fact (ms) | OS process start → fact (ms) | launch → exit (ms) |\n")
                .Append("|---|---:|---:|---:|---:|\n");
            foreach (var app in apps)
            {
                var r = runs[app];
                report.Append(CultureInfo.InvariantCulture,
                    $"| {app.Name} | {Median(r, x => x.MainMs):F2} | {Median(r, x => x.LaunchMs):F1} | {Median(r, x => x.SinceStartMs):F0} | {Median(r, x => x.ExitMs):F1} |\n");
            }

            var (generated, yaml, json) = (runs[workspace.Generated], runs[workspace.YamlDotNet], runs[workspace.SystemTextJson]);
            ratios.Append(CultureInfo.InvariantCulture, $"| {claims:N0} ")
                .Append(Ratio(generated, yaml, x => x.MainMs, target: 0.05))
                .Append(Ratio(generated, json, x => x.MainMs, target: 0.33))
                .Append(Ratio(generated, yaml, x => x.LaunchMs))
                .Append(Ratio(generated, json, x => x.LaunchMs))
                .Append("|\n");
            Console.WriteLine($"{claims} claims: done");
        }

        report.Append("\n## Ratios (generated ÷ baseline), from the same rounds\n\n")
            .Append("| claims | Main → fact ÷ YamlDotNet (target ≤ 0.05) | Main → fact ÷ System.Text.Json (target ≤ 0.33) | launch → fact ÷ YamlDotNet | launch → fact ÷ System.Text.Json |\n")
            .Append("|---:|---:|---:|---:|---:|\n")
            .Append(ratios)
            .Append(CultureInfo.InvariantCulture, $"\nLoad average (1 min) before the run: {loadBefore}; at its end, the bench's own builds and launches included: {Machine.LoadAverage()}. Other work on the machine slows every app and widens the spread; the interleaved rounds share it out over all three.\n");

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        File.WriteAllText(output, report.ToString());
        Console.Write(report);
    }

    private const string Explanation =
        """
        Each app is a net10.0 console app built with `dotnet build -c Release` (defaults: tiered JIT, no ReadyToRun)
        and started through its native launcher; the sources are in [`bench/FirstFactApps`](../FirstFactApps).
        **Generated** references the synthetic corpus's generated code compiled to an assembly and reads
        `Bench.Claims.Claim0N0.Statement`; **YamlDotNet** reads the same YAML file from beside the app at start-up with
        YamlDotNet 16.3.0's deserializer into DTOs; **SystemTextJson** deserialises the same data, embedded in the app
        as JSON, with System.Text.Json source generation. Each prints the first claim's statement.

        - **Main → fact**: measured by the app, from the first thing `Main` does to the statement in hand, the loading
          code kept out of `Main` so that its assemblies load and compile inside the span. This is the number
          compared with the targets: it is what the corpus's representation decides.
        - **launch → fact**: from just before the bench starts the process to the statement in hand (one monotonic
          clock across processes), so it includes fork, exec and the .NET host's start-up, which is the same for
          all three apps and puts a floor under every whole-process ratio.
        - **OS process start → fact**: `DateTime.UtcNow - Process.StartTime` at the fact; Linux records the start
          in 10 ms ticks, so this is coarse, and shown only as a cross-check of launch → fact.
        - **launch → exit**: what the bench sees, including printing and runtime shutdown. The BenchmarkDotNet
          report `FactCorpus.Bench.TimeToFirstFact-report-github.md` times the same apps this way, its Ratio against
          YamlDotNet.

        """;

    /// <summary>Every app launched <see cref="WarmupRounds"/> times unrecorded (disk caches warm), then <see cref="Rounds"/> rounds, each starting one app later.</summary>
    private static Dictionary<FirstFactApp, List<FirstFactRun>> Measure(FirstFactApp[] apps)
    {
        for (var i = 0; i < WarmupRounds; i++)
        {
            foreach (var app in apps)
            {
                app.Launch();
            }
        }

        var runs = apps.ToDictionary(a => a, _ => new List<FirstFactRun>());
        for (var round = 0; round < Rounds; round++)
        {
            for (var i = 0; i < apps.Length; i++)
            {
                var app = apps[(round + i) % apps.Length];
                runs[app].Add(app.Launch());
            }
        }

        return runs;
    }

    private static string Ratio(List<FirstFactRun> generated, List<FirstFactRun> baseline, Func<FirstFactRun, double> time, double? target = null)
    {
        var ratio = Median(generated, time) / Median(baseline, time);
        return string.Create(CultureInfo.InvariantCulture, $"| {ratio:F3}{(target is { } t ? (ratio <= t ? " (met)" : " (not met)") : "")} ");
    }

    private static double Median(List<FirstFactRun> runs, Func<FirstFactRun, double> time) => Statistics.Median(runs.Select(time));
}
