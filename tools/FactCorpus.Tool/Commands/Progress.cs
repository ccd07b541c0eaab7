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

    private Progress(TextWriter writer, string what, TimeSpan first)
    {
        timer = new Timer(_ => writer.WriteLine($"factcorpus: {what}... {watch.Elapsed.TotalSeconds:0}s"), null, first, Every);
    }

    public static Progress Start(TextWriter writer, string what) => new(writer, what, First);

    /// <summary>For tests: the first line after <paramref name="first"/> instead of a second.</summary>
    internal static Progress Start(TextWriter writer, string what, TimeSpan first) => new(writer, what, first);

    public void Dispose() => timer.Dispose();
}
