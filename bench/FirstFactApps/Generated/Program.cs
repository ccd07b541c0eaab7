using System.Runtime.CompilerServices;

namespace FirstFactApps;

/// <summary>First fact from the generated corpus: one static property read.</summary>
internal static class Program
{
    private static void Main(string[] args) => Timing.Measure(args, FirstFact);

    // Not inlined, and kept out of Main: compiling Main would otherwise load the corpus assembly before the clock starts.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string FirstFact() => Bench.Claims.Claim0N0.Statement;
}
