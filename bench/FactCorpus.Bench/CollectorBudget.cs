using System.Diagnostics.Tracing;
using System.Globalization;

namespace FactCorpus.Bench;

/// <summary>
/// The collector's heap count and gen0 budget (all heaps) as of its last collection, from the runtime's
/// GCGlobalHeapHistory event: the server GC sizes the budget from what the process holds and its past collections
/// (DATAS, on by default since .NET 9), so the same run can have one collection or two depending on the process.
/// </summary>
internal sealed class CollectorBudget : EventListener
{
    private volatile int heaps;
    private long gen0Budget;

    public int Heaps => heaps;

    public long Gen0Budget => Interlocked.Read(ref gen0Budget);

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Informational, (EventKeywords)0x1); // GC
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName?.StartsWith("GCGlobalHeapHistory", StringComparison.Ordinal) != true || e.PayloadNames is not { } names)
        {
            return;
        }

        var budget = Convert.ToInt64(e.Payload![names.IndexOf("FinalYoungestDesired")], CultureInfo.InvariantCulture);
        // A background collection reports no budget at its end; the budget is the foreground collections'.
        if (budget > 0)
        {
            Interlocked.Exchange(ref gen0Budget, budget);
        }

        heaps = Convert.ToInt32(e.Payload![names.IndexOf("NumHeaps")], CultureInfo.InvariantCulture);
    }
}
