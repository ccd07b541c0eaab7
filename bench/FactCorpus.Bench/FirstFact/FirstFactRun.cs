using System.Globalization;

namespace FactCorpus.Bench.FirstFact;

/// <summary>
/// One launch of a first-fact app: the fact it printed, the times it reported (see bench/FirstFactApps/Shared/Timing.cs)
/// and, from the launcher's side, launch to exit.
/// </summary>
internal sealed record FirstFactRun(string Statement, double MainMs, double LaunchMs, double SinceStartMs, double ExitMs)
{
    public static FirstFactRun Parse(string output, double exitMs)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var timing = lines.SingleOrDefault(l => l.StartsWith("first-fact ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("no timing line in the app's output:\n" + output);
        var values = timing.Split(' ').Skip(1).Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => double.Parse(pair[1], CultureInfo.InvariantCulture));
        return new FirstFactRun(lines[0], values["main_ms"], values["launch_ms"], values["since_start_ms"], exitMs);
    }
}
