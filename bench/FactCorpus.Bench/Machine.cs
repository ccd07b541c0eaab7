using System.Runtime.InteropServices;

namespace FactCorpus.Bench;

/// <summary>The machine a report was measured on, for the reports' first line, and how busy it was.</summary>
internal static class Machine
{
    public static string Describe() =>
        $"{Cpu()}, {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}";

    /// <summary>The 1-minute load average: other work on a 2-core machine shows in every number, so reports say how busy it was.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    // Linux names the CPU in /proc/cpuinfo; elsewhere the architecture has to do.
    private static string Cpu() =>
        (File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null)
        ?? RuntimeInformation.ProcessArchitecture.ToString();
}
