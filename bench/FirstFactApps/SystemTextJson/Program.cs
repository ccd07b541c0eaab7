using System.Runtime.CompilerServices;
using System.Text.Json;

namespace FirstFactApps;

/// <summary>First fact from the same data as JSON embedded in the app, deserialised with System.Text.Json source generation.</summary>
internal static class Program
{
    private static void Main(string[] args) => Timing.Measure(args, FirstFact);

    // Not inlined, and kept out of Main, so the JSON types load and compile inside the timed span.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string? FirstFact()
    {
        using var json = typeof(Program).Assembly.GetManifestResourceStream("corpus.json")!;
        var files = JsonSerializer.Deserialize(json, FactsJsonContext.Default.FactsFileDtoArray)!;
        return files[0].Claims![0].Statement;
    }
}
