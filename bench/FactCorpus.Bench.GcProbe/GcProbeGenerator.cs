using System;
using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.IO;
using System.Text;
using Microsoft.CodeAnalysis;

namespace FactCorpus.Bench.GcProbe
{
    /// <summary>
    /// Generates nothing: loaded into a compiler beside the FactCorpus generator, it writes each collection of the
    /// compiler's process (start, end, the collector's gen0 budget and heap count, the generations' sizes) and each
    /// generator's run (Roslyn's Microsoft-CodeAnalysis-General events) to the file named by FACTCORPUS_GC_PROBE, so a
    /// real build shows which collections fall inside the generator's run and with what budget.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class GcProbeGenerator : IIncrementalGenerator
    {
        private static GcLog? log;

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            // An environment variable, not an analyzer option: the log must start before any generator runs, and
            // options reach a generator only inside its own run. A bench tool, never shipped.
#pragma warning disable RS1035
            var path = Environment.GetEnvironmentVariable("FACTCORPUS_GC_PROBE");
#pragma warning restore RS1035
            if (!string.IsNullOrEmpty(path) && log is null)
            {
                log = new GcLog(path!);
            }
        }
    }

    /// <summary>The runtime's GC events and Roslyn's generator events of this process, one line each, ms since the log started.</summary>
    internal sealed class GcLog : EventListener
    {
        private static readonly string[] Kept = { "GCStart", "GCEnd", "GCHeapStats", "GCGlobalHeapHistory", "GeneratorRunTime" };
        private static readonly string[] Skipped = { "ClrInstanceID", "id", "assemblyPath" };

        private readonly StreamWriter writer;
        private readonly Stopwatch clock = Stopwatch.StartNew();

        public GcLog(string path)
        {
#pragma warning disable RS1035
            writer = new StreamWriter(path, append: true) { AutoFlush = true };
            writer.WriteLine($"# process {Process.GetCurrentProcess().Id}, server GC {System.Runtime.GCSettings.IsServerGC}, " +
                $"{GC.CollectionCount(0)} collections so far, {GC.GetTotalMemory(forceFullCollection: false) / 1_000_000} MB allocated and not yet collected or alive");
#pragma warning restore RS1035
        }

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, EventLevel.Informational, (EventKeywords)0x1); // GC
            }
            else if (source.Name == "Microsoft-CodeAnalysis-General")
            {
                EnableEvents(source, EventLevel.Informational, (EventKeywords)0x1); // Performance
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            var name = e.EventName ?? "";
            if (Array.FindIndex(Kept, k => name.IndexOf(k, StringComparison.Ordinal) >= 0) < 0)
            {
                return;
            }

            var line = new StringBuilder().Append(clock.Elapsed.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture)).Append(' ').Append(name);
            for (var i = 0; i < (e.PayloadNames?.Count ?? 0); i++)
            {
                if (Array.IndexOf(Skipped, e.PayloadNames![i]) < 0)
                {
                    line.Append(' ').Append(e.PayloadNames[i]).Append('=').Append(Convert.ToString(e.Payload![i], CultureInfo.InvariantCulture));
                }
            }

            lock (writer)
            {
                writer.WriteLine(line.ToString());
            }
        }
    }
}
