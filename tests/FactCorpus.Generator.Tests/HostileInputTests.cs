using System.Text;
using FactCorpus.Generator.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactCorpus.Generator.Tests;

/// <summary>
/// Input at the edges: line endings, byte-order marks, encodings, empty files, and hostile YAML that would make a
/// naive reader hang or run out of memory. Each gives sensible output or a located FC error, never an exception.
/// </summary>
public class HostileInputTests
{
    private static GeneratorResult RunCase(string yaml) => RunCase(SourceText.From(yaml));

    private static GeneratorResult RunCase(SourceText yaml)
    {
        var result = GeneratorHarness.Run(ShippedCorpus.FilesWith(yaml), "FactCorpus");
        Assert.Null(result.Exception);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "FC0002");
        Assert.Empty(result.CompileDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
        return result;
    }

    private static string Generated(IEnumerable<AdditionalText> files) =>
        string.Concat(GeneratorHarness.Run(files, "FactCorpus").Sources.Select(s => s.HintName + s.Source));

    [Fact]
    public void Line_endings_of_the_yaml_do_not_change_the_output()
    {
        var lf = ShippedCorpus.Files().Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.GetText()!.ToString().ReplaceLineEndings("\n"))).ToList();
        var crlf = lf.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.GetText()!.ToString().ReplaceLineEndings("\r\n"))).ToList();
        Assert.Contains(crlf, f => f.GetText()!.ToString().Contains("\r\n", StringComparison.Ordinal));

        Assert.Equal(Generated(lf), Generated(crlf));
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n# and another\n")]
    [InlineData("\uFEFF")]
    [InlineData("---\n...\n")]
    public void Empty_and_comment_only_files_add_nothing_and_report_nothing(string yaml)
    {
        Assert.Empty(RunCase(yaml).Located);
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_fine()
    {
        var utf8WithBom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("entities:\n  - { id: caf\u00E9_owner, kind: person, name: \"Caf\u00E9 owner\" }\n")).ToArray();
        Assert.Equal(["FC1007 case.facts.yaml(2,11)"], RunCase(SourceText.From(new MemoryStream(utf8WithBom), Encoding.UTF8)).Located);

        // A mark left in the decoded text is skipped, and positions on line 1 still count it as the compiler does.
        Assert.Equal(["FC1004 case.facts.yaml(1,28)"], RunCase("\uFEFFentities: [{ id: x, kind: persn, name: X }]").Located);
    }

    [Fact]
    public void A_very_long_value_round_trips_and_one_past_the_limit_is_FC0004()
    {
        var longText = string.Concat(Enumerable.Repeat("\u201Cquote\u201D \\ \"x\" ", 4000));
        var result = RunCase($$"""
            entities:
              - { id: long_named, kind: person, name: "{{longText.Replace("\\", "\\\\").Replace("\"", "\\\"")}}" }
            """);
        Assert.Empty(result.Located);
        var entity = result.Load().Member("FactCorpus.Entities", "LongNamed")!;
        Assert.Equal(longText, ((FactCorpus.Model.Entity)entity).Name);

        var tooLong = RunCase("entities:\n  - name: " + new string('x', 64 * 1024 + 1) + "\n");
        Assert.Equal(["FC0004 case.facts.yaml(2,11)"], tooLong.Located);
    }

    [Fact]
    public void A_billion_laughs_file_is_read_without_expanding_its_aliases()
    {
        // Ten levels of ten aliases each would be 10^10 nodes if expanded; unexpanded it is a few hundred.
        var yaml = new StringBuilder("lol0: &l0 [\"lol\"]\n");
        for (var level = 1; level <= 10; level++)
        {
            yaml.Append($"lol{level}: &l{level} [").Append(string.Join(", ", Enumerable.Repeat($"*l{level - 1}", 10))).Append("]\n");
        }

        yaml.Append("claims: *l10\n");
        var result = RunCase(yaml.ToString());

        Assert.Contains("FC1001 case.facts.yaml(1,1)", result.Located);
        Assert.Contains(result.Located, l => l.StartsWith("FC1003", StringComparison.Ordinal));
    }

    /// <summary>
    /// A key is read as text and place, not as a node, unless it defines an anchor: then an alias can name it as a
    /// value, and is read as the key's text; an unknown key with an anchor is still reported where the key starts (its anchor).
    /// </summary>
    [Fact]
    public void An_anchored_key_can_be_named_by_an_alias()
    {
        var yaml = "entities:\n  - &k id: e1\n    kind: person\n    name: *k\n    &u nme: x\n";
        var read = Reading.FactFileReader.Read("/p/case.facts.yaml", yaml);

        Assert.Equal("id", Assert.Single(read.Items.Entities).Name);
        var unknown = Assert.Single(read.Diagnostics);
        Assert.Equal(("FC1001", 4, 4), (unknown.Descriptor.Id, unknown.Location.StartLine, unknown.Location.StartColumn));
    }

    [Fact]
    public void Too_many_alias_uses_is_FC0004()
    {
        var yaml = "entities: &e []\nclaims: [" + string.Join(", ", Enumerable.Repeat("*e", 10_001)) + "]\n";

        Assert.Single(RunCase(yaml).Located, l => l.StartsWith("FC0004 case.facts.yaml(2,", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_with_hundreds_of_errors_shows_the_first_hundred_and_counts_the_rest()
    {
        var yaml = "entities:\n" + string.Concat(Enumerable.Range(0, 150).Select(i => $"  - {{ id: e{i}, kind: persn, name: E }}\n"));
        var result = RunCase(yaml);

        Assert.Equal(101, result.Diagnostics.Length);
        Assert.Equal(100, result.Diagnostics.Count(d => d.Id == "FC1004"));
        var rest = Assert.Single(result.Diagnostics, d => d.Id == "FC0006");
        Assert.StartsWith("50 more diagnostics", rest.GetMessage());
        Assert.Equal(DiagnosticSeverity.Warning, rest.Severity);
    }
}
