using System.Diagnostics;
using System.Globalization;

namespace FactCorpus.Bench.FirstFact;

/// <summary>One built first-fact app, run through its native launcher (apphost) as a user would run it.</summary>
internal sealed record FirstFactApp(string Name, string Executable)
{
    /// <summary>Starts a fresh process and waits for it; the app measures itself from the timestamp it is given.</summary>
    public FirstFactRun Launch()
    {
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, UseShellExecute = false };
        var launched = Stopwatch.GetTimestamp();
        start.ArgumentList.Add(launched.ToString(CultureInfo.InvariantCulture));
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + Executable);
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var exitMs = Stopwatch.GetElapsedTime(launched).TotalMilliseconds;
        return process.ExitCode == 0
            ? FirstFactRun.Parse(output, exitMs)
            : throw new InvalidOperationException($"{Name} exited with {process.ExitCode}:\n{output}");
    }
}
