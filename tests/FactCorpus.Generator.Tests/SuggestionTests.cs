using System.Globalization;
using FactCorpus.Generator.Diagnostics;
using FactCorpus.Generator.Tests.Support;
using Microsoft.CodeAnalysis.Text;

namespace FactCorpus.Generator.Tests;

/// <summary>"Did you mean …" for misspelt fields and ids, and one error (not two) for a misspelt required field.</summary>
public class SuggestionTests
{
    private static GeneratorResult Run(string yaml) => GeneratorHarness.Run(ShippedCorpus.FilesWith(SourceText.From(yaml)), "FactCorpus");

    private static string Message(GeneratorResult result) => result.Diagnostics.Single().GetMessage(CultureInfo.InvariantCulture);

    [Fact]
    public void A_misspelt_required_field_is_one_error_that_names_the_field_meant()
    {
        var result = Run("""
            entities:
              - id: sergey_lavrov
                kind: person
                nmae: Sergey Lavrov
            """);

        Assert.Equal(["FC1001 case.facts.yaml(4,5)"], result.Located);
        Assert.Contains("Unknown field 'nmae' in entities.sergey_lavrov (did you mean 'name'?)", Message(result));
    }

    [Fact]
    public void A_misspelt_id_names_the_declared_id_of_the_right_kind()
    {
        var result = Run("""
            quotes:
              - id: a_quote
                speaker: marco_rubo
                mode: direct
                text: as soon as possible
                source: us_resumes_assistance_article
            """);

        Assert.Equal(["FC2003 case.facts.yaml(3,14)"], result.Located);
        Assert.Contains("refers to 'marco_rubo', which no *.facts.yaml file of the corpus declares (did you mean 'marco_rubio'?)", Message(result));
    }

    [Fact]
    public void Nothing_is_suggested_when_no_name_is_close()
    {
        var result = Run("""
            entities:
              - id: sergey_lavrov
                kind: person
                name: Sergey Lavrov
                wikidata: Q42
            """);

        Assert.DoesNotContain("did you mean", Message(result));
    }

    [Theory]
    [InlineData("predicat", "predicate")]
    [InlineData("Said_By", "said_by")]
    [InlineData("evidnce", "evidence")]
    [InlineData("x", null)]
    [InlineData("statementt", "statement")]
    [InlineData("qualifier_list", null)]
    public void NearestName_finds_names_within_a_few_edits(string name, string? expected)
    {
        string[] fields = ["id", "subject", "predicate", "value", "statement", "said_by", "source", "date", "evidence", "qualifiers", "status", "note"];
        Assert.Equal(expected, NearestName.Find(name, fields));
    }

    [Fact]
    public void Ties_are_broken_by_ordinal_order_whatever_the_candidate_order()
    {
        Assert.Equal("bat", NearestName.Find("cat", ["hat", "bat"]));
        Assert.Equal("bat", NearestName.Find("cat", ["bat", "hat"]));
    }
}
