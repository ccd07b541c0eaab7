using System.Globalization;
using FactCorpus.Generator.Tests.Support;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace FactCorpus.Generator.Tests.Fuzzing;

/// <summary>
/// One slip in one file costs that file its own error(s) and nothing else: every <see cref="SyntaxSlips"/> slip,
/// on lines of every shipped *.facts.yaml file, with the rest of the corpus intact, gives at most 2 diagnostics,
/// all in the broken file. By default each slip is tried on every third content line (a different third per slip);
/// FACTCORPUS_SLIP_STRIDE=1 tries every slip on every line.
/// </summary>
public class SyntaxSlipTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, string> Corpus =
        ShippedCorpus.Files().ToDictionary(f => f.Path, f => f.GetText()!.ToString());

    public static TheoryData<string> FactFiles() => new(ShippedCorpus.FactFilePaths.Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(FactFiles))]
    public void A_single_syntax_slip_gives_at_most_two_errors_all_in_the_broken_file(string fileName)
    {
        var stride = int.TryParse(Environment.GetEnvironmentVariable("FACTCORPUS_SLIP_STRIDE"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 3;
        var path = Corpus.Keys.Single(p => Path.GetFileName(p) == fileName);
        var lines = Corpus[path].Split('\n');
        var failures = new List<string>();
        var tried = 0;
        var broken = 0;
        for (var slip = 0; slip < SyntaxSlips.All.Length; slip++)
        {
            var (name, apply) = SyntaxSlips.All[slip];
            for (var line = slip % stride; line < lines.Length; line += stride)
            {
                if (!SyntaxSlips.IsContent(lines[line]) || apply(lines[line]) is not { } slipped)
                {
                    continue;
                }

                var text = string.Join('\n', lines.Take(line).Append(slipped).Concat(lines.Skip(line + 1)));
                var result = GeneratorHarness.Run(Corpus.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Key, f.Key == path ? text : f.Value)), "FactCorpus");
                tried++;
                broken += result.Diagnostics.Any(d => d.Id == "FC0001") ? 1 : 0;
                if (result.Exception is not null || result.Diagnostics.Length > 2 || result.Diagnostics.Any(d => d.Location.GetLineSpan().Path != path))
                {
                    failures.Add($"{name} on line {line + 1}: {result.Exception?.Message} " + string.Join(" | ", result.Located.Take(5)));
                }
            }
        }

        output.WriteLine($"{fileName}: {tried} slips, {broken} of them FC0001, {failures.Count} failures");
        // Most slips must really break the YAML, or this test would prove nothing about syntax errors.
        Assert.True(broken > tried / 2, $"only {broken} of {tried} slips gave FC0001");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(30)));
    }
}
