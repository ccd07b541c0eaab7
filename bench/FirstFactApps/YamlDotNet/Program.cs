using System.Runtime.CompilerServices;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace FirstFactApps;

/// <summary>First fact the usual way without the generator: read every facts file at start-up with YamlDotNet's deserializer.</summary>
internal static class Program
{
    private static void Main(string[] args) => Timing.Measure(args, FirstFact);

    // Not inlined, and kept out of Main: compiling Main would otherwise load YamlDotNet before the clock starts.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string? FirstFact()
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "facts"), "*.facts.yaml")
            .Order(StringComparer.Ordinal)
            .Select(path => deserializer.Deserialize<FactsFileDto>(File.ReadAllText(path)))
            .ToList();
        return files[0].Claims![0].Statement;
    }
}
