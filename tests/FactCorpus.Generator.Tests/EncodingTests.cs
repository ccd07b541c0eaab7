using System.Collections.Immutable;
using System.Text;
using FactCorpus.Generator.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FactCorpus.Generator.Tests;

/// <summary>
/// Files saved as Windows-1252 or Latin-1 instead of UTF-8: FC0005 at the first character the bytes made wrong, in
/// a YAML file or an article, and no other error that the wrong text alone would cause. The .NET 10 compiler
/// decodes bytes that are not UTF-8 with U+FFFD replacement characters, as <see cref="AsTheCompilerReads"/> does;
/// EndToEnd/PackageTests checks the same through a real build.
/// </summary>
public class EncodingTests
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>The text saved as Windows-1252, then decoded as UTF-8 with replacement characters, as the compiler does.</summary>
    private static SourceText AsTheCompilerReads(string text) =>
        SourceText.From(new UTF8Encoding(false).GetString(Windows1252.GetBytes(text)), Encoding.UTF8);

    /// <summary>The shipped corpus with its article saved as Windows-1252.</summary>
    private static ImmutableArray<AdditionalText> WithArticleIn1252() => ShippedCorpus.Files()
        .Select(f => f.Path == ShippedCorpus.ArticlePath ? new InMemoryAdditionalText(f.Path, AsTheCompilerReads(File.ReadAllText(f.Path))) : f)
        .ToImmutableArray();

    [Fact]
    public void A_yaml_file_saved_as_windows_1252_is_FC0005_at_its_first_bad_character_and_nothing_else()
    {
        // Line 4's "é" is the first byte that is not UTF-8; line 5's id (FC1007) is wrong only because of the encoding.
        var yaml = AsTheCompilerReads("""
            entities:
              - id: cafe_owner
                kind: person
                name: "Café owner"
              - id: caf_é
                kind: person
                name: Kyiv’s café
            """);
        var result = GeneratorHarness.Run(ShippedCorpus.FilesWith(yaml), "FactCorpus");

        Assert.Equal(["FC0005 case.facts.yaml(4,15)"], result.Located);
        Assert.Equal(
            "The file is not valid UTF-8 (the compiler read it as UTF-8 with '\uFFFD' for each byte it could not read, the first of them here, often an 'é' or '’' saved as Windows-1252 or Latin-1); save it as UTF-8",
            result.Diagnostics.Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void An_article_saved_as_windows_1252_is_FC0005_at_its_first_bad_character_and_its_evidence_is_not_checked()
    {
        var result = GeneratorHarness.Run(WithArticleIn1252(), "FactCorpus");

        // The "’" of "Washington’s" on line 5 is the article's first character outside ASCII. Were the article matched,
        // every excerpt with a quote mark or a dash would fail too (FC3001, FC3002).
        Assert.Equal(["FC0005 us-resumes-security-assistance-to-ukraine.txt(5,91)"], result.Located);
        // Its source still resolves (no FC3003), and its facts are still generated.
        Assert.Contains(result.Sources, s => s.Source.Contains("Washington's plan of a 30-day ceasefire", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_decoded_with_a_legacy_code_page_is_FC0005_at_its_first_character_outside_ascii()
    {
        // What older compilers do with bytes that are not UTF-8: they fall back to a legacy code page.
        var latin1 = Encoding.Latin1.GetBytes("entities:\n  - { id: owner, kind: person, name: \"Caf\u00E9 owner\" }\n");
        var result = GeneratorHarness.Run(ShippedCorpus.FilesWith(SourceText.From(new MemoryStream(latin1), Encoding.Latin1)), "FactCorpus");

        Assert.Equal(["FC0005 case.facts.yaml(2,42)"], result.Located);
        Assert.Equal(
            "The file is not valid UTF-8 (the compiler read it as iso-8859-1, and the first character it may have read wrongly is here); save it as UTF-8",
            result.Diagnostics.Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Utf8_with_or_without_a_byte_order_mark_is_fine()
    {
        var yaml = "entities:\n  - { id: owner, kind: person, name: \"Caf\u00E9 owner, Kyiv\u2019s\" }\n";
        var withMark = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(yaml)).ToArray();

        Assert.Empty(GeneratorHarness.Run(ShippedCorpus.FilesWith(SourceText.From(yaml, Encoding.UTF8)), "FactCorpus").Located);
        Assert.Empty(GeneratorHarness.Run(ShippedCorpus.FilesWith(SourceText.From(new MemoryStream(withMark), Encoding.UTF8)), "FactCorpus").Located);
    }

    [Fact]
    public async Task At_design_time_the_analyzer_reports_an_unreadable_article_once_as_the_generator_does_in_a_build()
    {
        var files = WithArticleIn1252();
        var options = new AnalyzerOptions(files, GeneratorHarness.Properties("FactCorpus", designTime: true));
        var fromAnalyzer = await GeneratorHarness.EmptyCompilation("class User { }")
            .WithAnalyzers([new FactCorpusAnalyzer()], options)
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        Assert.Equal(["FC0005 us-resumes-security-assistance-to-ukraine.txt(5,91)"], Located(fromAnalyzer));
        Assert.Empty(GeneratorHarness.Run(files, "FactCorpus", designTime: true).Diagnostics);
    }

    private static IEnumerable<string> Located(IEnumerable<Diagnostic> diagnostics) => diagnostics.Select(d =>
    {
        var span = d.Location.GetLineSpan();
        return $"{d.Id} {Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
    });
}
