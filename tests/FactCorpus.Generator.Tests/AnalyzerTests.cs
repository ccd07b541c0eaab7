using System.Collections.Immutable;
using FactCorpus.Generator.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactCorpus.Generator.Tests;

/// <summary>
/// The analyzer reports the generator's diagnostics in design-time builds (editors, language servers), the
/// generator in other builds: the same diagnostics, and never both.
/// </summary>
public class AnalyzerTests
{
    private static readonly AdditionalText[] BrokenCorpus = ShippedCorpus.Files()
        .Append(new InMemoryAdditionalText(Path.Combine(RepoPaths.Corpus, "broken.facts.yaml"), """
            claims:
              - id: broken_claim
                subject: nobody
                predicat: x
                evidence: []
            events: [unclosed
            """))
        .ToArray();

    private static async Task<ImmutableArray<Diagnostic>> Analyze(bool designTime)
    {
        var compilation = GeneratorHarness.EmptyCompilation("class User { }");
        var options = new AnalyzerOptions([.. BrokenCorpus], GeneratorHarness.Properties("FactCorpus", designTime));
        return await compilation
            .WithAnalyzers([new FactCorpusAnalyzer()], options)
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
    }

    private static IEnumerable<string> Located(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d.Id} {Path.GetFileName(d.Location.GetLineSpan().Path)}{d.Location.GetLineSpan().StartLinePosition}")
            .Order(StringComparer.Ordinal);

    [Fact]
    public async Task At_design_time_the_analyzer_reports_what_the_generator_reports_in_a_build()
    {
        var fromGenerator = GeneratorHarness.Run(BrokenCorpus, "FactCorpus").Diagnostics;
        var fromAnalyzer = await Analyze(designTime: true);

        Assert.NotEmpty(fromGenerator);
        Assert.Equal(Located(fromGenerator), Located(fromAnalyzer));
        Assert.Equal(fromGenerator.Select(d => d.GetMessage()).Order(), fromAnalyzer.Select(d => d.GetMessage()).Order());
    }

    [Fact]
    public async Task Each_error_is_reported_by_exactly_one_of_them()
    {
        Assert.Empty(await Analyze(designTime: false));
        Assert.Empty(GeneratorHarness.Run(BrokenCorpus, "FactCorpus", designTime: true).Diagnostics);
    }

    [Fact]
    public void The_analyzer_supports_every_descriptor()
    {
        var supported = new FactCorpusAnalyzer().SupportedDiagnostics.Select(d => d.Id);
        var declared = typeof(Diagnostics.Descriptors).GetFields()
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => ((DiagnosticDescriptor)f.GetValue(null)!).Id);
        Assert.Equal(declared.Order(), supported.Order());
    }
}
