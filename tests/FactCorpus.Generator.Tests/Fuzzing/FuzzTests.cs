using System.Globalization;
using FactCorpus.Generator.Tests.Support;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace FactCorpus.Generator.Tests.Fuzzing;

/// <summary>
/// Mutated corpora through the whole generator. For every case: no exception escapes (no FC0002 either), and the
/// generated code compiles with no error, whatever FC errors the mutation caused. CI runs a fixed-seed few
/// hundred; FACTCORPUS_FUZZ_CASES and FACTCORPUS_FUZZ_SEED run more (see README).
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    [Fact]
    public void Mutated_corpora_never_crash_the_generator_and_always_compile()
    {
        var cases = Setting("FACTCORPUS_FUZZ_CASES", 300);
        var seed = Setting("FACTCORPUS_FUZZ_SEED", 20250311);
        var baseFiles = ShippedCorpus.Files().ToDictionary(f => f.Path, f => f.GetText()!.ToString());
        var factFiles = baseFiles.Keys.Where(p => p.EndsWith(".facts.yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        var withErrors = 0;

        for (var i = 0; i < cases; i++)
        {
            var random = new Random(seed + i);
            var files = new Dictionary<string, string>(baseFiles);
            var mutations = random.Next(1, 4);
            for (var m = 0; m < mutations; m++)
            {
                var target = factFiles[random.Next(factFiles.Length)];
                files[target] = CorpusMutator.Mutate(files[target], random);
            }

            var result = GeneratorHarness.Run(files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Key, f.Value)), "FactCorpus");
            var compileErrors = result.CompileDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (result.Exception is not null || result.Diagnostics.Any(d => d.Id == "FC0002") || compileErrors.Count > 0)
            {
                var saved = Save(files, factFiles);
                Assert.Fail($"case {i} (seed {seed + i}) failed; its files are in {saved}.\n"
                    + $"exception: {result.Exception}\n"
                    + string.Join("\n", result.Diagnostics.Where(d => d.Id == "FC0002").Concat(compileErrors).Take(10)));
            }

            withErrors += result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? 1 : 0;
        }

        // The mutations must actually break things, or this test would prove nothing.
        Assert.True(withErrors > cases / 2, $"only {withErrors} of {cases} mutated corpora had FC errors");
        output.WriteLine($"fuzz: {cases} cases from seed {seed}, {withErrors} with FC errors, 0 crashes");
    }

    private static string Save(Dictionary<string, string> files, string[] factFiles)
    {
        var dir = Directory.CreateTempSubdirectory("factcorpus-fuzz-").FullName;
        foreach (var path in factFiles)
        {
            File.WriteAllText(Path.Combine(dir, Path.GetFileName(path)), files[path]);
        }

        return dir;
    }
}
