using System.Globalization;
using FactCorpus.Generator.Tests.Support;
using Microsoft.CodeAnalysis;

namespace FactCorpus.Generator.Tests;

/// <summary>
/// A file that cannot be read to its end costs its own error and nothing else: the items before the break are
/// still declarations (and generated when valid), the item the break cuts short is declared without code or
/// errors of its own, and references from any file to ids that are not declared are left out silently while the
/// break hides what the rest of the file declares.
/// </summary>
public class BrokenFileTests
{
    /// <summary>Fictional: the last line, written for these tests, gives Rubio's words to the three speakers of <see cref="Quotes"/>, so their evidence shows who said it (FC3004).</summary>
    private const string Article = """
        Rubio told reporters, "We hope that the Russians will answer 'yes' as quickly as possible."
        The talks in Jeddah lasted more than eight hours on Tuesday.
        Lavrov, Waltz and Yermak each said, "We hope that the Russians will answer 'yes' as quickly as possible."
        """;

    private const string Sources = """
        sources:
          - id: talks_article
            title: Talks in Jeddah
            text: articles/talks.txt
        """;

    /// <summary>A direct quote of the article by each of three speakers, in a file of its own.</summary>
    private const string Quotes = """
        quotes:
          - id: lavrov_hopes
            speaker: sergey_lavrov
            mode: direct
            text: We hope that the Russians will answer 'yes' as quickly as possible.
            source: talks_article
          - id: waltz_hopes
            speaker: mike_waltz
            mode: direct
            text: We hope that the Russians will answer 'yes' as quickly as possible.
            source: talks_article
          - id: yermak_hopes
            speaker: andriy_yermak
            mode: direct
            text: We hope that the Russians will answer 'yes' as quickly as possible.
            source: talks_article
        """;

    private static string Generated(GeneratorResult result) => string.Concat(result.Sources.Select(s => s.Source));

    /// <summary>The case of the issue: one tab at the start of line 8 of corpus/entities.facts.yaml gave 136 errors.</summary>
    [Fact]
    public void A_tab_in_the_shipped_entities_file_gives_one_error_at_the_tab()
    {
        var files = ShippedCorpus.Files().Select(f =>
        {
            var text = f.GetText()!.ToString();
            if (Path.GetFileName(f.Path) == "entities.facts.yaml")
            {
                var lines = text.Split('\n');
                Assert.Equal("    aliases: [Rubio]", lines[7].TrimEnd('\r'));
                lines[7] = "\t" + lines[7];
                text = string.Join('\n', lines);
            }

            return (AdditionalText)new InMemoryAdditionalText(f.Path, text);
        });

        var result = GeneratorHarness.Run(files, "FactCorpus");

        Assert.Null(result.Exception);
        Assert.Equal(["FC0001 entities.facts.yaml(8,1)"], result.Located);
        Assert.Equal("Invalid YAML: line 8 is indented with a tab; YAML allows only spaces", result.Diagnostics[0].GetMessage(CultureInfo.InvariantCulture));
        Assert.Empty(result.CompileDiagnostics.Select(d => d.ToString()));
        // The source file is untouched and still generated; marco_rubio, cut by the tab, is not.
        Assert.Contains(" UsResumesAssistanceArticle => ", Generated(result));
        Assert.DoesNotContain(" MarcoRubio => ", Generated(result));
    }

    [Fact]
    public void Items_before_a_syntax_error_are_declared_and_generated_and_references_past_it_are_not_reported()
    {
        var result = GeneratorHarness.Run(
            ("articles/talks.txt", Article),
            ("a_sources.facts.yaml", Sources),
            ("people.facts.yaml", """
                entities:
                  - id: sergey_lavrov
                    kind: person
                    name: Sergey Lavrov
                  - id: mike_waltz
                    kind: person
                	name: Mike Waltz
                  - id: andriy_yermak
                    kind: person
                    name: Andriy Yermak
                """),
            ("quotes.facts.yaml", Quotes));

        // Only the tab: no FC1002 for mike_waltz's name (cut off, not missing), no FC2003 for andriy_yermak (not read).
        Assert.Equal(["FC0001 people.facts.yaml(7,1)"], result.Located);
        Assert.Empty(result.CompileDiagnostics.Select(d => d.ToString()));
        var generated = Generated(result);
        Assert.Contains(" SergeyLavrov => ", generated);
        Assert.Contains(" LavrovHopes => ", generated);
        Assert.DoesNotContain("MikeWaltz", generated);
        Assert.DoesNotContain("WaltzHopes", generated);
        Assert.DoesNotContain("AndriyYermak", generated);
        Assert.DoesNotContain("YermakHopes", generated);
    }

    /// <summary>The parser breaks on the event after the list of entities has ended: the list is kept all the same.</summary>
    [Fact]
    public void A_section_ended_just_before_the_break_is_kept()
    {
        var result = GeneratorHarness.Run(
            ("people.facts.yaml", """
                entities:
                  - id: sergey_lavrov
                    kind: person
                    name: Sergey Lavrov
                  - id: mike_waltz
                    kind: person
                    name: Mike Waltz
                ]
                """));

        Assert.Equal(["FC0001 people.facts.yaml(8,1)"], result.Located);
        Assert.Equal("Invalid YAML: this ']' closes nothing; remove it or add the '[' it should close", result.Diagnostics[0].GetMessage(CultureInfo.InvariantCulture));
        Assert.Contains(" SergeyLavrov => ", Generated(result));
    }

    /// <summary>An item before the break keeps its own errors: it was read whole.</summary>
    [Fact]
    public void An_item_before_a_syntax_error_still_reports_its_own_errors()
    {
        var result = GeneratorHarness.Run(
            ("people.facts.yaml", """
                entities:
                  - id: sergey_lavrov
                    kind: persn
                    name: Sergey Lavrov
                  - id: mike_waltz
                    kind: person
                    name: "Mike Waltz
                """));

        Assert.Equal(["FC1004 people.facts.yaml(3,11)", "FC0001 people.facts.yaml(7,11)"], result.Located);
    }

    /// <summary>A malformed id hides the id meant, as a syntax error does: its error is the one to fix.</summary>
    [Theory]
    [InlineData("  - id: mike_waltz]", "FC1007 people.facts.yaml(5,9)")]
    [InlineData("  - ids: mike_waltz", "FC1001 people.facts.yaml(5,5)")]
    public void References_are_not_reported_unknown_while_an_id_cannot_be_read(string idLine, string located)
    {
        var result = GeneratorHarness.Run(
            ("articles/talks.txt", Article),
            ("a_sources.facts.yaml", Sources),
            ("people.facts.yaml", $$"""
                entities:
                  - id: sergey_lavrov
                    kind: person
                    name: Sergey Lavrov
                {{idLine}}
                    kind: person
                    name: Mike Waltz
                  - id: andriy_yermak
                    kind: person
                    name: Andriy Yermak
                """),
            ("quotes.facts.yaml", Quotes));

        Assert.Equal([located], result.Located);
        Assert.Contains(" YermakHopes => ", Generated(result));
        Assert.DoesNotContain("WaltzHopes", Generated(result));
    }

    [Fact]
    public void Without_a_broken_file_an_unknown_reference_is_reported()
    {
        var result = GeneratorHarness.Run(
            ("articles/talks.txt", Article),
            ("a_sources.facts.yaml", Sources),
            ("people.facts.yaml", """
                entities:
                  - id: sergey_lavrov
                    kind: person
                    name: Sergey Lavrov
                """),
            ("quotes.facts.yaml", Quotes));

        Assert.Equal(["FC2003 quotes.facts.yaml(8,14)", "FC2003 quotes.facts.yaml(13,14)"], result.Located);
    }

    /// <summary>A second document is not read either: the first one's ids may be referred to, and are not reported unknown.</summary>
    [Fact]
    public void References_into_a_file_with_two_documents_are_not_reported()
    {
        var result = GeneratorHarness.Run(
            ("articles/talks.txt", Article),
            ("a_sources.facts.yaml", Sources),
            ("people.facts.yaml", """
                entities:
                  - id: sergey_lavrov
                    kind: person
                    name: Sergey Lavrov
                ---
                entities: []
                """),
            ("quotes.facts.yaml", Quotes));

        Assert.Equal(["FC0003 people.facts.yaml(5,1)"], result.Located);
        Assert.DoesNotContain("Hopes", Generated(result));
    }

    /// <summary>The items of a file with two documents are read as the first document is, but none of their errors is reported.</summary>
    [Fact]
    public void A_file_with_two_documents_reports_only_that()
    {
        var result = GeneratorHarness.Run(
            ("people.facts.yaml", """
                entities:
                  - id: sergey_lavrov
                    kind: persn
                    name: Sergey Lavrov
                  - id: mike_waltz
                    kind: person
                ---
                entities: []
                """));

        Assert.Equal(["FC0003 people.facts.yaml(7,1)"], result.Located);
    }

    /// <summary>
    /// A break on the first event of an item (an alias that names nothing) leaves nothing of that item: the item
    /// before it is the one cut short, so its errors are not reported, while those of the items before that are.
    /// </summary>
    [Fact]
    public void A_break_at_the_start_of_an_item_cuts_the_item_before_it()
    {
        var result = GeneratorHarness.Run(
            ("people.facts.yaml", """
                entities:
                  - id: sergey_lavrov
                    kind: persn
                    name: Sergey Lavrov
                  - id: mike_waltz
                    kind: persn
                    name: Mike Waltz
                  - *nobody
                """));

        Assert.Equal(["FC1004 people.facts.yaml(3,11)", "FC0001 people.facts.yaml(8,5)"], result.Located);
    }

    /// <summary>The same list of entities given twice: the second is reported, and only the first one's items are read.</summary>
    [Fact]
    public void A_section_given_twice_reads_the_first()
    {
        var result = GeneratorHarness.Run(
            ("people.facts.yaml", """
                entities:
                  - id: sergey_lavrov
                    kind: person
                    name: Sergey Lavrov
                entities:
                  - id: mike_waltz
                    kind: persn
                    name: Mike Waltz
                """));

        Assert.Equal(["FC1008 people.facts.yaml(5,1)"], result.Located);
        Assert.Contains(" SergeyLavrov => ", Generated(result));
        Assert.DoesNotContain("MikeWaltz", Generated(result));
    }

    [Fact]
    public void Limits_keep_what_was_read_before_them()
    {
        var result = GeneratorHarness.Run(
            ("people.facts.yaml", """
                entities:
                  - id: sergey_lavrov
                    kind: person
                    name: Sergey Lavrov
                  - id: deep
                    aliases: 
                """ + new string('[', 100) + new string(']', 100)));

        // The item mapping is at depth 2, so the 63rd '[' (at column 13 + 63) is the 65th level.
        Assert.Equal(["FC0004 people.facts.yaml(6,76)"], result.Located);
        Assert.Contains(" SergeyLavrov => ", Generated(result));
    }
}
