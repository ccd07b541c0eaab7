namespace FactCorpus.Tool.Commands;

/// <summary>
/// Progress of a long step on stderr, so stdout stays the result alone: quiet for the first second (a small corpus
/// prints nothing), then a line every two seconds saying what is running and for how long.
/// </summary>
internal sealed class Progress : IDisposable
{
    private static readonly TimeSpan First = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(2);

    private readonly System.Diagnostics.Stopwatch watch = System.Diagnostics.Stopwatch.StartNew();
    private readonly Timer timer;

    /// <summary>Held while a line is written and while disposing: a timer's callback may still be running when it is disposed.</summary>
    private readonly object gate = new();
    private bool done;

    private Progress(TextWriter writer, string what, TimeSpan first)
    {
        timer = new Timer(_ =>
        {
            lock (gate)
            {
                if (!done)
                {
                    writer.WriteLine($"factcorpus: {what}... {watch.Elapsed.TotalSeconds:0}s");
                }
            }
        }, null, first, Every);
    }

    public static Progress Start(TextWriter writer, string what) => new(writer, what, First);

    /// <summary>For tests: the first line after <paramref name="first"/> instead of a second.</summary>
    internal static Progress Start(TextWriter writer, string what, TimeSpan first) => new(writer, what, first);

    /// <summary>Stops the lines: none is written once this returns.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            done = true;
        }

        timer.Dispose();
    }
}
