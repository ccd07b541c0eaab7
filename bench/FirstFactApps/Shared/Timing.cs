using System.Diagnostics;
using System.Globalization;

namespace FirstFactApps;

/// <summary>
/// What every app prints once its first fact is in hand: the fact, then one line the bench parses.
/// main_ms: from the start of Measure, the first thing Main does, to the fact (what the corpus's loading costs). launch_ms: from the launcher's
/// Stopwatch timestamp, passed as the first argument, to the fact; Stopwatch is CLOCK_MONOTONIC on Linux, shared by
/// all processes, so this spans fork, exec and host start-up. since_start_ms: from the process start time the OS
/// records (10 ms resolution on Linux) to the fact.
/// </summary>
internal static class Timing
{
    /// <summary>
    /// Times <paramref name="firstFact"/> and reports. Each app's FirstFact is a separate method, not inlined, so
    /// the assemblies it needs load and compile inside the span (making the delegate compiles nothing).
    /// </summary>
    public static void Measure(string[] args, Func<string?> firstFact)
    {
        var started = Stopwatch.GetTimestamp();
        var statement = firstFact();
        var factAt = Stopwatch.GetTimestamp();
        Report(args, started, factAt, DateTime.UtcNow, statement);
    }

    private static void Report(string[] args, long mainStarted, long factAt, DateTime factUtc, string? statement)
    {
        var sinceStart = factUtc - Process.GetCurrentProcess().StartTime.ToUniversalTime();
        var launch = args.Length > 0 ? Milliseconds(long.Parse(args[0], CultureInfo.InvariantCulture), factAt) : double.NaN;
        Console.WriteLine(statement);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"first-fact main_ms={Milliseconds(mainStarted, factAt):F3} launch_ms={launch:F3} since_start_ms={sinceStart.TotalMilliseconds:F3}"));
    }

    private static double Milliseconds(long from, long to) => (to - from) * 1000.0 / Stopwatch.Frequency;
}
