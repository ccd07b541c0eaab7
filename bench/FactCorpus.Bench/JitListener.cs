using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace FactCorpus.Bench;

/// <summary>The methods jitted while <see cref="On"/>, with the wall time each took and its tier, from the runtime's own events (`--cold-one --jit`).</summary>
internal sealed class JitListener : EventListener
{
    private readonly ConcurrentDictionary<int, (DateTime Start, string Name)> started = new();
    public readonly ConcurrentBag<(string Name, double Ms, int Tier)> Done = new();
    public volatile bool On;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x10);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!On)
        {
            return;
        }

        if (e.EventName == "MethodJittingStarted_V1")
        {
            started[e.OSThreadId == 0 ? Environment.CurrentManagedThreadId : (int)e.OSThreadId] = (e.TimeStamp, e.Payload![4] + "::" + e.Payload![5]);
        }
        else if (e.EventName == "MethodLoadVerbose_V1" || e.EventName == "MethodLoadVerbose_V2")
        {
            var key = e.OSThreadId == 0 ? Environment.CurrentManagedThreadId : (int)e.OSThreadId;
            if (started.TryRemove(key, out var s))
            {
                var flags = Convert.ToInt32(e.Payload![5]);
                Done.Add((e.Payload![6] + "::" + e.Payload![7], (e.TimeStamp - s.Start).TotalMilliseconds, (flags >> 7) & 7));
            }
        }
    }
}
