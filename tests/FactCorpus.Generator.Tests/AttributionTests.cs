using System.Collections.Immutable;
using System.Globalization;
using FactCorpus.Generator;
using FactCorpus.Generator.Model;
using FactCorpus.Generator.Tests.Support;
using FactCorpus.Generator.Validation;
using Microsoft.CodeAnalysis;

namespace FactCorpus.Generator.Tests;

/// <summary>
/// FC3004: a claim said by an entity, or a quote, needs an excerpt whose sentence in the article names the speaker.
/// Correct curation gives no warning (attribution after the excerpt, the speaker elsewhere in the sentence, groups,
/// unnamed actors, the source's own voice); evidence that cuts the speaker off gives one warning at said_by or speaker.
/// The articles here are fictional, written for these tests.
/// </summary>
public class AttributionTests
{
    private const string Case = "case.facts.yaml";

    /// <summary>The entities the cases name, each with what its sentences may call it.</summary>
    private const string BaseFacts = """
        sources:
          - id: article
            title: A fictional article written for the tests
            text: articles/talks.txt
        entities:
          - id: marco_rubio
            kind: person
            name: Marco Rubio
          - id: vladimir_putin
            kind: person
            name: Vladimir Putin
            aliases: [Putin]
          - id: ukraine
            kind: country
            name: Ukraine
            aliases: [Kyiv]
          - id: two_nations
            kind: group
            name: the two nations
          - id: ukrainian_officials
            kind: group
            name: Ukrainian officials
          - id: politician
            kind: unnamed
            name: a prominent Russian politician
          - id: talks
            kind: topic
            name: the talks
        """;

    private static GeneratorResult Run(string article, string yaml) =>
        GeneratorHarness.Run(("articles/talks.txt", "A fictional article, written for the FactCorpus tests.\n\n" + article), ("base.facts.yaml", BaseFacts), (Case, yaml));

    /// <summary>A claim whose said_by is at (7,14) of case.facts.yaml.</summary>
    private static string Claim(string saidBy, params string[] evidence) => $$"""
        claims:
          - id: c
            subject: talks
            predicate: p
            value: { kind: text, text: t }
            statement: s
            said_by: {{saidBy}}
            source: article
            evidence: [{{string.Join(", ", evidence.Select(e => "'" + e.Replace("'", "''") + "'"))}}]
        """;

    /// <summary>A quote whose speaker is at (3,14) of case.facts.yaml.</summary>
    private static string Quote(string speaker, string mode, string text, params string[] evidence) => $$"""
        quotes:
          - id: q
            speaker: {{speaker}}
            mode: {{mode}}
            text: '{{text.Replace("'", "''")}}'
            source: article
        {{(evidence.Length == 0 ? "" : "    evidence: [" + string.Join(", ", evidence.Select(e => "'" + e.Replace("'", "''") + "'")) + "]")}}
        """;

    private static void AssertClean(GeneratorResult result)
    {
        Assert.Null(result.Exception);
        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        Assert.Empty(result.CompileDiagnostics.Select(d => d.ToString()));
    }

    /// <summary>One FC3004 at <paramref name="located"/>, a warning; the item is still generated.</summary>
    private static Diagnostic AssertWarning(GeneratorResult result, string located, string member)
    {
        Assert.Null(result.Exception);
        Assert.Equal([located], result.Located);
        var diagnostic = result.Diagnostics.Single();
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Empty(result.CompileDiagnostics.Select(d => d.ToString()));
        Assert.Contains($" {member} => ", string.Concat(result.Sources.Select(s => s.Source)));
        return diagnostic;
    }

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    // ---- correct curation: no warning ------------------------------------------------------------------------

    [Fact]
    public void According_to_the_speaker_after_the_excerpt_in_the_same_sentence()
    {
        AssertClean(Run("The talks will resume in April, according to Rubio.", Claim("marco_rubio", "The talks will resume in April")));
    }

    [Fact]
    public void Speaker_named_elsewhere_in_the_same_sentence()
    {
        AssertClean(Run(
            "Marco Rubio, who spoke for an hour after the talks, said the offer stands. Nothing else was said.",
            Claim("marco_rubio", "the offer stands")));
    }

    [Fact]
    public void Family_name_of_a_person_without_aliases()
    {
        AssertClean(Run("Rubio told reporters that the offer stands.", Claim("marco_rubio", "the offer stands")));
    }

    [Fact]
    public void Speaker_named_in_another_case()
    {
        AssertClean(Run("MARCO RUBIO SAID THE OFFER STANDS.", Claim("marco_rubio", "THE OFFER STANDS")));
    }

    [Fact]
    public void Alias_of_a_country()
    {
        AssertClean(Run("Kyiv indicated support for the plan.", Claim("ukraine", "support for the plan")));
    }

    [Fact]
    public void Group_named_by_its_description()
    {
        AssertClean(Run(
            "According to a joint statement from the two nations, Kyiv backed the plan.",
            Claim("two_nations", "Kyiv backed the plan")));
    }

    [Fact]
    public void Group_whose_words_come_in_another_order()
    {
        AssertClean(Run("Officials on the Ukrainian side said the talks were useful.", Claim("ukrainian_officials", "the talks were useful")));
    }

    [Fact]
    public void Unnamed_actor_named_by_the_words_of_its_description()
    {
        AssertClean(Run(
            "On Wednesday, a prominent Russian politician stated, \u201CAny agreements on our terms.\u201D",
            Quote("politician", "direct", "Any agreements on our terms.")));
    }

    [Fact]
    public void Source_in_its_own_voice_has_nothing_to_show()
    {
        AssertClean(Run("He has rejected territorial compromises.", Claim("article", "He has rejected territorial compromises")));
    }

    [Fact]
    public void Second_excerpt_from_the_sentence_that_names_the_speaker()
    {
        AssertClean(Run(
            "According to Rubio, a deal is wanted soon.\n\n\u201CThis war continues,\u201D he stated.",
            Claim("marco_rubio", "\"This war continues,\" he stated.", "According to Rubio")));
    }

    [Fact]
    public void Abbreviation_does_not_end_the_sentence()
    {
        AssertClean(Run("Rubio told the U.S. Senate that the offer stands.", Claim("marco_rubio", "the offer stands")));
    }

    [Fact]
    public void A_quote_of_several_sentences_belongs_to_the_words_that_attribute_it()
    {
        AssertClean(Run(
            "\u201CWe will win. Will they answer? The war is over,\u201D Putin said.",
            Quote("vladimir_putin", "direct", "Will they answer?")));
    }

    [Fact]
    public void A_direct_quote_passes_by_its_evidence_when_its_own_sentence_does_not_name_the_speaker()
    {
        AssertClean(Run(
            "According to Rubio, a deal is wanted soon.\n\n\u201CThis war continues,\u201D he stated.",
            Quote("marco_rubio", "direct", "This war continues,", "According to Rubio")));
    }

    [Fact]
    public void Any_occurrence_of_a_repeated_excerpt_counts()
    {
        AssertClean(Run(
            "The offer stands, the article says. The offer stands, Rubio said.",
            Claim("marco_rubio", "The offer stands")));
    }

    // ---- evidence that does not show who said it ---------------------------------------------------------------

    [Fact]
    public void Pronoun_only_sentence_is_reported_at_said_by_with_what_was_looked_for()
    {
        var result = Run(
            "According to Rubio, a deal is wanted soon.\n\n\u201CThis war continues,\u201D he stated.",
            Claim("marco_rubio", "\"This war continues,\" he stated."));

        var diagnostic = AssertWarning(result, "FC3004 case.facts.yaml(7,14)", "C");
        Assert.Equal(
            "No evidence of claims.c names who said it, Marco Rubio: no sentence of the article that holds its evidence mentions 'Marco Rubio' or 'Rubio'; extend an excerpt to the words that name the speaker, or add an excerpt from a sentence that does",
            Message(diagnostic));
        Assert.Equal("https://github.com/factcorpus/factcorpus/blob/main/docs/diagnostics.md#fc3004-evidence-does-not-show-who-said-it", diagnostic.Descriptor.HelpLinkUri);
    }

    [Fact]
    public void Summary_in_the_articles_voice_said_by_a_person_is_reported_with_the_alias()
    {
        var result = Run(
            "Putin addressed his Security Council. In addition, he has rejected territorial compromises.",
            Claim("vladimir_putin", "he has rejected territorial compromises"));

        var diagnostic = AssertWarning(result, "FC3004 case.facts.yaml(7,14)", "C");
        Assert.Contains("names who said it, Vladimir Putin: no sentence of the article that holds its evidence mentions 'Vladimir Putin' or 'Putin';", Message(diagnostic));
    }

    [Fact]
    public void Country_not_named_by_its_name_or_alias_is_reported()
    {
        var result = Run("The plan was welcomed.", Claim("ukraine", "The plan was welcomed"));

        Assert.Contains("mentions 'Ukraine' or 'Kyiv';", Message(AssertWarning(result, "FC3004 case.facts.yaml(7,14)", "C")));
    }

    [Fact]
    public void Unnamed_actor_missing_a_word_of_its_description_is_reported()
    {
        var result = Run(
            "A Russian official stated, \u201CAny agreements on our terms.\u201D",
            Quote("politician", "direct", "Any agreements on our terms."));

        var diagnostic = AssertWarning(result, "FC3004 case.facts.yaml(3,14)", "Q");
        Assert.Contains("holds its text or its evidence mentions all the words 'prominent', 'Russian' and 'politician';", Message(diagnostic));
    }

    [Fact]
    public void Group_not_named_in_the_sentence_is_reported()
    {
        var result = Run(
            "According to a joint statement from the two nations, talks will go on. Kyiv backed the plan.",
            Claim("two_nations", "Kyiv backed the plan"));

        Assert.Contains("mentions all the words 'two' and 'nations';", Message(AssertWarning(result, "FC3004 case.facts.yaml(7,14)", "C")));
    }

    [Fact]
    public void A_blank_line_ends_the_sentence()
    {
        // The headline names Rubio but ends without a full stop; the paragraph after it is a sentence of its own.
        var result = Run("Rubio speaks after the talks\n\nThe offer stands for now.", Claim("marco_rubio", "The offer stands"));

        AssertWarning(result, "FC3004 case.facts.yaml(7,14)", "C");
    }

    [Fact]
    public void Indirect_quote_whose_evidence_cuts_the_speaker_off_is_reported_at_speaker()
    {
        var result = Run(
            "Putin spoke on Monday. He has rejected territorial compromises.",
            Quote("vladimir_putin", "indirect", "Putin rejected territorial compromises.", "He has rejected territorial compromises."));

        Assert.Contains("holds its evidence mentions 'Vladimir Putin' or 'Putin';", Message(AssertWarning(result, "FC3004 case.facts.yaml(3,14)", "Q")));
    }

    [Fact]
    public void Evidence_not_in_the_article_reports_that_error_only()
    {
        var result = Run("He has rejected territorial compromises.", Claim("vladimir_putin", "He has rejected territorial concessions"));

        Assert.Equal(["FC3001 case.facts.yaml(9,16)"], result.Located);
    }

    [Theory]
    [InlineData(ReportDiagnostic.Error, DiagnosticSeverity.Error)]
    [InlineData(ReportDiagnostic.Suppress, null)]
    public void Severity_is_set_per_id(ReportDiagnostic setting, DiagnosticSeverity? expected)
    {
        var files = new (string Path, string Text)[]
        {
            ("articles/talks.txt", "Fictional. He has rejected territorial compromises."),
            ("base.facts.yaml", BaseFacts),
            (Case, Claim("vladimir_putin", "He has rejected territorial compromises")),
        };
        var compilation = GeneratorHarness.EmptyCompilation();
        compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(ImmutableDictionary<string, ReportDiagnostic>.Empty.Add("FC3004", setting)));

        GeneratorHarness.CreateDriver(files.Select(f => (AdditionalText)new InMemoryAdditionalText(GeneratorHarness.Root + f.Path, f.Text)))
            .RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);

        Assert.Equal(expected is null ? Array.Empty<DiagnosticSeverity>() : new[] { expected.Value }, diagnostics.Select(d => d.Severity));
    }

    /// <summary>The aliases are part of the symbol table: adding one in another file re-checks the claims that name the entity.</summary>
    [Fact]
    public void Adding_the_alias_the_article_uses_clears_the_warning_in_the_next_incremental_run()
    {
        var article = new InMemoryAdditionalText(GeneratorHarness.Root + "articles/talks.txt", "The secretary said the offer stands.");
        var entities = new InMemoryAdditionalText(GeneratorHarness.Root + "base.facts.yaml", BaseFacts);
        var claims = new InMemoryAdditionalText(GeneratorHarness.Root + Case, Claim("marco_rubio", "the offer stands"));
        var compilation = GeneratorHarness.EmptyCompilation();
        var driver = GeneratorHarness.CreateDriver([article, entities, claims]).RunGenerators(compilation);
        Assert.Equal(["FC3004 case.facts.yaml(7,14)"], driver.GetRunResult().Diagnostics.Select(GeneratorResult.Locate));

        var withAlias = BaseFacts.Replace("    name: Marco Rubio\n", "    name: Marco Rubio\n    aliases: [the secretary]\n", StringComparison.Ordinal);
        Assert.NotEqual(BaseFacts, withAlias);
        var result = driver.ReplaceAdditionalText(entities, new InMemoryAdditionalText(entities.Path, withAlias)).RunGenerators(compilation).GetRunResult();

        Assert.Empty(result.Diagnostics);
    }

    // ---- sentences ------------------------------------------------------------------------------------------------

    /// <summary>The sentence <see cref="ArticleSentences"/> finds around <paramref name="excerpt"/> of <paramref name="article"/>.</summary>
    [Theory]
    [InlineData("One. Two three. Four.", "Two", "Two three.")]
    [InlineData("Is it? Yes! Done.", "Yes", "Yes!")]
    [InlineData("U.S. Secretary Rubio spoke. Then he left.", "Secretary", "U.S. Secretary Rubio spoke.")]
    [InlineData("Mr. Smith spoke on Jan. 20 in St. Louis. Then he left.", "Smith", "Mr. Smith spoke on Jan. 20 in St. Louis.")]
    [InlineData("It rose by 5. Then it fell.", "rose", "It rose by 5.")]
    [InlineData("\u201CWill they? They will,\u201D Rubio said. Then he left.", "They will", "\"Will they? They will,\" Rubio said.")]
    [InlineData("He asked \u201Cwhy?\u201D and left. Then he came back.", "why", "He asked \"why?\" and left.")]
    [InlineData("He said, \u201CIt is over.\u201D Then he left.", "over", "He said, \"It is over.\"")]
    [InlineData("\u201CWhy?\u201D Rubio asked. Then he left.", "Why", "\"Why?\" Rubio asked.")]
    [InlineData("It ended, e.g. at dawn. Then it began.", "dawn", "It ended, e.g. at dawn.")]
    [InlineData("A headline\n\nThe text begins here.", "text", "The text begins here.")]
    [InlineData("A line that wraps\nover two lines. Next.", "wraps", "A line that wraps over two lines.")]
    [InlineData("A headline\r\n\r\nThe text begins here.", "text", "The text begins here.")]
    [InlineData("A headline\u2029The text begins here.", "text", "The text begins here.")]
    [InlineData("A line that wraps\r\nover two lines. Next.", "wraps", "A line that wraps over two lines.")]
    [InlineData("An \u201Cunclosed quote. Goes on\n\nNew paragraph. Here.", "New", "New paragraph.")]
    [InlineData("First. Second. Third.", "First. Second", "First. Second.")]
    public void Sentence_around_an_excerpt(string article, string excerpt, string sentence)
    {
        var text = CorpusSteps.Article("/a.txt", article);
        var sentences = ArticleSentences.Of(text);
        var at = sentences.Text.IndexOf(excerpt, StringComparison.Ordinal);

        var (start, end) = sentences.Around(at, at + excerpt.Length);
        Assert.Equal(sentence, sentences.Text[start..end]);
    }
}
