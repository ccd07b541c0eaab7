using System.Globalization;
using System.Text.RegularExpressions;
using FactCorpus.Generator.Diagnostics;
using FactCorpus.Generator.Tests.Support;
using Microsoft.CodeAnalysis;

namespace FactCorpus.Generator.Tests;

/// <summary>
/// Every FC diagnostic, each from a small valid corpus plus one file with one deliberate error: the exact id,
/// file, line and column (the whole list, so an extra or duplicated diagnostic fails the test), the key facts of
/// the message (YAML path, offending value), and generated code that still compiles without the broken item.
/// Lines and columns are 1-based and can be read off the raw string literals (line 1 is the first YAML line).
/// </summary>
public class DiagnosticTests
{
    /// <summary>The file each test adds to the base corpus; it sorts after base.facts.yaml.</summary>
    private const string Case = "case.facts.yaml";

    private const string Article = """
        Rubio told reporters, "We hope that the Russians will answer 'yes' as quickly as possible."
        The talks in Jeddah lasted more than eight hours on Tuesday.
        """;

    /// <summary>A source and two entities that the test files refer to. marco_rubio is declared at (6,9).</summary>
    private const string BaseFacts = """
        sources:
          - id: talks_article
            title: Talks in Jeddah
            text: articles/talks.txt
        entities:
          - id: marco_rubio
            kind: person
            name: Marco Rubio
          - id: jeddah
            kind: place
            name: Jeddah
        """;

    /// <summary>One valid item of each kind that references things: a claim, a direct quote and an event.</summary>
    private const string ValidItems = """
        claims:
          - id: talks_length
            subject: jeddah
            predicate: duration
            value: { kind: duration, amount: 8, unit: hour, bound: more_than }
            statement: The article reports that the talks in Jeddah lasted more than eight hours.
            said_by: talks_article
            source: talks_article
            date: { on: 2025-03-11, from: "on Tuesday" }
            evidence: ["The talks in Jeddah lasted more than eight hours"]
        quotes:
          - id: rubio_hopes_for_yes
            speaker: marco_rubio
            mode: direct
            text: We hope that the Russians will answer 'yes' as quickly as possible.
            source: talks_article
        events:
          - id: jeddah_talks
            type: talks
            summary: Talks in Jeddah lasting more than eight hours.
            location: jeddah
            participants:
              - { entity: marco_rubio, role: party }
            source: talks_article
            evidence: ["The talks in Jeddah lasted more than eight hours on Tuesday."]
        """;

    private static GeneratorResult Run(params (string Path, string Text)[] files) =>
        GeneratorHarness.Run([("articles/talks.txt", Article), ("base.facts.yaml", BaseFacts), .. files]);

    /// <summary>The base corpus plus <paramref name="yaml"/> as case.facts.yaml.</summary>
    private static GeneratorResult RunCase(string yaml) => Run((Case, yaml));

    /// <summary>
    /// Exactly one diagnostic, at <paramref name="located"/> ("FC1001 case.facts.yaml(4,5)"), an error whose
    /// message contains each of <paramref name="messageParts"/>; and the generated code still compiles.
    /// </summary>
    private static void AssertOnly(GeneratorResult result, string located, params string[] messageParts)
    {
        Assert.Null(result.Exception);
        Assert.Equal([located], result.Located);
        var diagnostic = result.Diagnostics.Single();
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        AssertMessage(diagnostic, messageParts);
        Assert.Empty(result.CompileDiagnostics.Select(d => d.ToString()));
    }

    private static void AssertMessage(Diagnostic diagnostic, params string[] parts)
    {
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        Assert.All(parts, part => Assert.Contains(part, message));
    }

    private static string Generated(GeneratorResult result) => string.Concat(result.Sources.Select(s => s.Source));

    // ---- the valid corpus ------------------------------------------------------------------------------------

    [Fact]
    public void Valid_base_corpus_gives_no_diagnostics_and_generated_code_compiles()
    {
        var result = Run(("talks.facts.yaml", ValidItems));

        Assert.Null(result.Exception);
        Assert.Empty(result.Located);
        Assert.Empty(result.CompileDiagnostics.Select(d => d.ToString()));
        var generated = Generated(result);
        Assert.All(
            new[] { "TalksArticle", "MarcoRubio", "Jeddah", "TalksLength", "RubioHopesForYes", "JeddahTalks" },
            member => Assert.Contains($" {member} => ", generated));
    }

    [Fact]
    public void Evidence_matching_tolerates_curly_quotes_dashes_and_line_breaks()
    {
        // The article uses typographic quotes and an en dash and wraps lines; the YAML types ASCII on one line.
        const string article = "Rubio told reporters, \u201CWe hope that the Russians will answer \u2018yes\u2019 as quickly\n"
            + "as possible.\u201D The talks in Jeddah \u2013 on Tuesday \u2013 lasted\r\n   more than  eight hours.\n";
        var result = GeneratorHarness.Run(
            ("articles/talks.txt", article),
            ("base.facts.yaml", BaseFacts),
            (Case, """
                quotes:
                  - id: rubio_hopes_for_yes
                    speaker: marco_rubio
                    mode: direct
                    text: We hope that the Russians will answer 'yes' as quickly as possible.
                    source: talks_article
                events:
                  - id: jeddah_talks
                    type: talks
                    summary: Talks in Jeddah lasting more than eight hours.
                    source: talks_article
                    evidence:
                      - 'Rubio told reporters, "We hope'
                      - The talks in Jeddah - on Tuesday - lasted more than eight hours.
                """));

        Assert.Empty(result.Located);
        Assert.Empty(result.CompileDiagnostics.Select(d => d.ToString()));
        Assert.Contains(" RubioHopesForYes => ", Generated(result));
        Assert.Contains(" JeddahTalks => ", Generated(result));
    }

    // ---- FC0xxx: reading YAML ---------------------------------------------------------------------------------

    [Theory]
    [InlineData("FC0001 case.facts.yaml(4,4)", """
        entities:
          - id: bad_indent
            kind: person
           name: Bad Indent
        """, "this line is indented less than the fields above it; line up the fields of one item at the same column")]
    [InlineData("FC0001 case.facts.yaml(4,6)", """
        entities:
          - id: bad_indent
            kind: person
             name: Bad Indent
        """, "line 4 is indented more than the field above it, so YAML reads it as part of that value")]
    [InlineData("FC0001 case.facts.yaml(3,11)", """
        entities:
          - id: unterminated
            name: "Unterminated
        """, "this quoted text is not closed: end it with \" on the same line")]
    [InlineData("FC0001 case.facts.yaml(3,11)", """
        entities:
          - id: unterminated
            name: 'Unterminated
            kind: person
        """, "this quoted text is not closed: end it with ' on the same line")]
    [InlineData("FC0001 case.facts.yaml(2,31)", """
        entities:
          - { id: unterminated, name: "Unterminated, kind: person }
        """, "this quoted text is not closed")]
    [InlineData("FC0001 case.facts.yaml(4,11)", """
        entities:
          - id: swallowed
            kind: person
            name: 'Unterminated
          - id: next
            kind: person
            name: Rubio's friend
        """, "this quoted text is not closed on its line, so YAML reads the lines after it as text up to the next ' (line 7): end it with ' on the same line")]
    [InlineData("FC0001 case.facts.yaml(3,24)", """
        entities:
          - id: quoted_quote
            name: "Rubio said "yes" today"
        """, "text goes on after the closing \" of the text before it; write a \" inside \"…\" as \\\", or put the text in '…'")]
    [InlineData("FC0001 case.facts.yaml(2,40)", """
        entities:
          - { id: flow, kind: person, aliases: [Flow, name: Flow }
        """, "this '[' is not closed: end the list with ']'")]
    [InlineData("FC0001 case.facts.yaml(2,5)", """
        entities:
          - { id: flow, kind: person, name: Flow
          - { id: next, kind: person, name: Next }
        """, "this '{' is not closed: end it with '}'")]
    [InlineData("FC0001 case.facts.yaml(6,1)", """
        entities:
          - id: first
            kind: person
            name: First
          # the next one
        	- id: second
        """, "line 6 is indented with a tab; YAML allows only spaces")]
    [InlineData("FC0001 case.facts.yaml(3,1)", """
        entities:
          - id: tab_indented
        	kind: person
        """, "line 3 is indented with a tab; YAML allows only spaces")]
    [InlineData("FC0001 case.facts.yaml(4,3)", """
        entities:
          - id: tab_indented
            kind: person
          	  name: Tab Indented
        """, "line 4 is indented with a tab; YAML allows only spaces")]
    [InlineData("FC0001 case.facts.yaml(2,1)", """
        entities:
        	- id: tab_indented
            kind: person
        """, "line 2 is indented with a tab; YAML allows only spaces")]
    [InlineData("FC0001 case.facts.yaml(3,5)", """
        entities:
          - id: no_colon
            kind person
            name: No Colon
        """, "'kind person' has no ':' after the field name; write 'kind: person'")]
    [InlineData("FC0001 case.facts.yaml(2,5)", """
        entities:
          - id no_colon
            kind: person
        """, "'id no_colon' has no ':' after the field name; write 'id: no_colon'")]
    [InlineData("FC0001 case.facts.yaml(3,16)", """
        entities:
          - id: two_colons
            name: Rubio: hopeful
        """, "text that holds ': ' must be in quotes")]
    [InlineData("FC0001 case.facts.yaml(4,21)", """
        entities:
          - id: stray_bracket
            name: Stray
            aliases: [Stray]]
        """, "this ']' closes nothing; remove it or add the '[' it should close")]
    [InlineData("FC0001 case.facts.yaml(3,11)", """
        entities:
          - id: at_sign
            name: @rubio
        """, "a value cannot start with '@'; put the text in quotes")]
    [InlineData("FC0001 case.facts.yaml(2,5)", """
        entities:
          - [list, as, key]: x
        """, "a mapping key must be a plain name, not a list or mapping")]
    // A bad escape in "…" is reported at its backslash, not as a quote left open (the parser words both alike).
    [InlineData("FC0001 case.facts.yaml(3,14)", """
        entities:
          - id: windows_path
            name: "C:\data"
        """, """'\d' is not an escape YAML knows: write a backslash as \\ inside "…", or put the text in '…', where \ is plain""")]
    [InlineData("FC0001 case.facts.yaml(3,14)", """
        entities:
          - id: short_hex
            name: "Ca\u00e fé"
        """, """'\u' needs 4 hexadecimal digits after it (\u00e9); write a backslash as \\""")]
    [InlineData("FC0001 case.facts.yaml(3,14)", """
        entities:
          - id: lone_surrogate
            name: "Ca\uD83D fé"
        """, """'\uD83D' is half of a character (a UTF-16 surrogate) and cannot stand alone: write the character itself, or all of it as one \U escape (\U0001F600)""")]
    [InlineData("FC0001 case.facts.yaml(3,31)", """
        entities:
          - id: lone_low_surrogate
            name: "Smile \uD83D\uDE00 \uDE00"
        """, """'\uDE00' is half of a character (a UTF-16 surrogate) and cannot stand alone: write the character itself, or all of it as one \U escape (\U0001F600)""")]
    [InlineData("FC0001 case.facts.yaml(3,12)", """
        entities:
          - id: past_unicode
            name: "\U00110000"
        """, """'\U00110000' is past the last Unicode character, \U0010FFFF""")]
    public void FC0001_yaml_syntax_error(string located, string yaml, string message)
    {
        var result = RunCase(yaml);

        AssertOnly(result, located, "Invalid YAML: " + message);
        Assert.Contains(" MarcoRubio => ", Generated(result));
    }

    /// <summary>The parser notices the missing ']' at the end of the file; the error is at the '[' that is not closed.</summary>
    [Fact]
    public void FC0001_unterminated_flow_sequence_at_the_end_of_the_file()
    {
        var result = RunCase("""
            claims:
              - id: open_list
                evidence: [a, b

            """);

        AssertOnly(result, "FC0001 case.facts.yaml(3,15)", "Invalid YAML: this '[' is not closed: end the list with ']'");
    }

    /// <summary>Without a final line break the end of the file is the end of line 3, not a line 4 that does not exist.</summary>
    [Fact]
    public void FC0001_at_the_end_of_a_file_without_a_final_line_break_stays_inside_the_file()
    {
        var result = RunCase("""
            claims:
              - id: open_list
                evidence: [a, b
            """);

        AssertOnly(result, "FC0001 case.facts.yaml(3,15)", "Invalid YAML: this '[' is not closed: end the list with ']'");
    }

    /// <summary>
    /// YamlDotNet throws InvalidOperationException (no position) for these: still FC0001, not a crash, placed at the
    /// bracket that is not closed, whatever the parser read after it.
    /// </summary>
    [Theory]
    [InlineData("evidence: [a, b", "FC0001 case.facts.yaml(3,15)", "this '[' is not closed: end the list with ']'")]
    [InlineData("evidence: [", "FC0001 case.facts.yaml(3,15)", "this '[' is not closed: end the list with ']'")]
    [InlineData("value: { kind: text, text: x", "FC0001 case.facts.yaml(3,12)", "this '{' is not closed: end it with '}'")]
    [InlineData("value: { kind: text, text: [x, y }", "FC0001 case.facts.yaml(3,32)", "this '[' is not closed: end the list with ']'")]
    public void FC0001_unterminated_flow_collection_followed_by_more_fields(string line, string located, string message)
    {
        var result = RunCase($$"""
            claims:
              - id: open_list
                {{line}}
                statement: x
            """);

        AssertOnly(result, located, "Invalid YAML: " + message);
    }

    [Fact]
    public void FC0001_unknown_alias()
    {
        var result = RunCase("""
            entities:
              - id: aliased
                kind: person
                name: *nope
            """);

        AssertOnly(result, "FC0001 case.facts.yaml(4,11)", "Invalid YAML", "*nope");
    }

    [Fact]
    public void FC0004_nesting_too_deep()
    {
        var result = RunCase("entities: " + new string('[', 100) + new string(']', 100));

        AssertOnly(result, "FC0004 case.facts.yaml(1,75)", "Limit exceeded", "64");
    }

    [Fact]
    public void FC0003_two_documents()
    {
        var result = RunCase("""
            entities:
              - id: first_document
                kind: person
                name: First
            ---
            entities: []
            """);

        AssertOnly(result, "FC0003 case.facts.yaml(5,1)", "found a second one here");
        Assert.DoesNotContain("FirstDocument", Generated(result));
    }

    // ---- FC1xxx: fields and values ----------------------------------------------------------------------------

    [Theory]
    [InlineData("FC1001 case.facts.yaml(5,5)", """
        entities:
          - id: misspelt
            kind: person
            name: Misspelt
            descripton: Misspelt field
        """, "'descripton'", "entities.misspelt", "id, kind, name, aliases, description")]
    [InlineData("FC1001 case.facts.yaml(1,1)", """
        entity:
          - id: misspelt
            kind: person
            name: Misspelt
        """, "'entity'", "the file", "sources, entities, claims, quotes, events")]
    [InlineData("FC1001 case.facts.yaml(4,53)", """
        claims:
          - id: talks_length
            subject: jeddah
            value: { kind: duration, amount: 8, unit: hour, bond: more_than }
            predicate: duration
            statement: The talks lasted more than eight hours.
            said_by: talks_article
            source: talks_article
            evidence: ["The talks in Jeddah lasted more than eight hours"]
        """, "'bond'", "claims.talks_length.value", "kind, amount, unit, bound")]
    [InlineData("FC1001 case.facts.yaml(4,35)", """
        claims:
          - id: talks_length
            subject: jeddah
            value: { kind: text, text: x, unit: hour }
            predicate: duration
            statement: The talks lasted more than eight hours.
            said_by: talks_article
            source: talks_article
            evidence: ["The talks in Jeddah lasted more than eight hours"]
        """, "'unit'", "claims.talks_length.value", "kind, text")]
    public void FC1001_unknown_field(string located, string yaml, params string[] message) =>
        AssertOnly(RunCase(yaml), located, message);

    /// <summary>
    /// An unquoted ', ' inside { } ends the text before it, and YAML reads the rest as a field without a value:
    /// the unknown "field" says so, and how to fix it.
    /// </summary>
    [Theory]
    [InlineData("value: { kind: text, text: It is cheaper, cheaper over thirty years }", "FC1001 case.facts.yaml(5,47)", "Unknown field 'cheaper over thirty years' in claims.cheaper.value (a ', ' inside { } ends the text of 'text': put text that holds a comma in quotes); expected one of: kind, text")]
    [InlineData("value: { kind: text, text: cheaper, safer }", "FC1001 case.facts.yaml(5,41)", "Unknown field 'safer' in claims.cheaper.value (a ', ' inside { } ends the text of 'text': put text that holds a comma in quotes); expected one of: kind, text")]
    [InlineData("value: { kind: text, text: cheaper, txt }", "FC1001 case.facts.yaml(5,41)", "Unknown field 'txt' in claims.cheaper.value (did you mean 'text'?); expected one of: kind, text")]
    [InlineData("value: { kind: text, text: cheaper, safer: yes }", "FC1001 case.facts.yaml(5,41)", "Unknown field 'safer' in claims.cheaper.value; expected one of: kind, text")]
    public void FC1001_a_comma_inside_braces_splits_the_text(string value, string located, string message)
    {
        var result = RunCase($$"""
            claims:
              - id: cheaper
                subject: jeddah
                predicate: cost
                {{value}}
                statement: It is cheaper.
                said_by: talks_article
                source: talks_article
                evidence: ["The talks in Jeddah"]
            """);

        AssertOnly(result, located, message);
    }

    [Theory]
    [InlineData("FC1002 case.facts.yaml(2,5)", """
        entities:
          - id: nameless
            kind: person
        """, "entities.nameless", "'name'")]
    [InlineData("FC1002 case.facts.yaml(4,11)", """
        entities:
          - id: nameless
            kind: person
            name: ~
        """, "entities.nameless", "'name'")]
    [InlineData("FC1002 case.facts.yaml(2,5)", """
        entities:
          - kind: person
            name: No Id
        """, "entities[0]", "'id'")]
    [InlineData("FC1002 case.facts.yaml(2,5)", """
        quotes:
          - id: reported_speech
            speaker: marco_rubio
            mode: indirect
            text: Rubio said he hoped for a quick answer.
            source: talks_article
        """, "quotes.reported_speech", "'evidence'")]
    public void FC1002_missing_field(string located, string yaml, params string[] message) =>
        AssertOnly(RunCase(yaml), located, message);

    [Theory]
    [InlineData("FC1003 case.facts.yaml(4,11)", """
        entities:
          - id: listed_name
            kind: person
            name: [Marco, Rubio]
        """, "entities.listed_name.name must be text, found a list")]
    [InlineData("FC1003 case.facts.yaml(2,5)", """
        entities:
          - just_a_name
        """, "entities[0] must be a mapping of fields, found 'just_a_name'")]
    [InlineData("FC1003 case.facts.yaml(1,11)", """
        entities: { id: not_a_list }
        """, "entities must be a list, found a mapping")]
    [InlineData("FC1003 case.facts.yaml(5,12)", """
        claims:
          - id: talks_length
            subject: jeddah
            predicate: duration
            value: eight hours
            statement: The talks lasted more than eight hours.
            said_by: talks_article
            source: talks_article
            evidence: ["The talks in Jeddah lasted more than eight hours"]
        """, "claims.talks_length.value must be a mapping of fields, found 'eight hours'")]
    public void FC1003_wrong_value_type(string located, string yaml, string message) =>
        AssertOnly(RunCase(yaml), located, message);

    [Theory]
    [InlineData("FC1004 case.facts.yaml(3,11)", """
        entities:
          - id: typo_kind
            kind: persn
            name: Typo Kind
        """, "entities.typo_kind.kind", "person, country, organization, place, group, unnamed or topic", "'persn'")]
    [InlineData("FC1004 case.facts.yaml(5,60)", """
        claims:
          - id: talks_length
            subject: jeddah
            predicate: duration
            value: { kind: duration, amount: 8, unit: hour, bound: roughly }
            statement: The talks lasted more than eight hours.
            said_by: talks_article
            source: talks_article
            evidence: ["The talks in Jeddah lasted more than eight hours"]
        """, "claims.talks_length.value.bound", "more_than", "'roughly'")]
    [InlineData("FC1004 case.facts.yaml(5,47)", """
        claims:
          - id: talks_length
            subject: jeddah
            predicate: duration
            value: { kind: duration, amount: 8, unit: hours }
            statement: The talks lasted more than eight hours.
            said_by: talks_article
            source: talks_article
            evidence: ["The talks in Jeddah lasted more than eight hours"]
        """, "claims.talks_length.value.unit", "minute, hour, day, week, month or year", "'hours'")]
    [InlineData("FC1004 case.facts.yaml(4,11)", """
        quotes:
          - id: rubio_hopes_for_yes
            speaker: marco_rubio
            mode: verbatim
            text: We hope that the Russians will answer 'yes' as quickly as possible.
            source: talks_article
        """, "quotes.rubio_hopes_for_yes.mode", "direct or indirect", "'verbatim'")]
    [InlineData("FC1004 case.facts.yaml(5,35)", """
        sources:
          - id: other_article
            title: Other
            text: articles/talks.txt
            published: { on: 2025-03, by: curater, from: "no dateline" }
        """, "sources.other_article.published.by", "source or curator", "'curater'", "did you mean 'curator'?")]
    public void FC1004_word_not_in_the_list(string located, string yaml, params string[] message) =>
        AssertOnly(RunCase(yaml), located, message);

    [Theory]
    [InlineData("2025-02-30", 16, "published", "'2025-02-30' has day 30, but February 2025 has 28 days")]
    [InlineData("2025-02-29", 16, "published", "'2025-02-29' has day 29, but February 2025 has 28 days")]
    [InlineData("2024-04-31", 16, "published", "'2024-04-31' has day 31, but April 2024 has 30 days")]
    [InlineData("2025-03-00", 16, "published", "'2025-03-00' has day 00; days start at 01")]
    [InlineData("2025-13", 16, "published", "'2025-13' has month 13; months go from 01 to 12")]
    [InlineData("2025-00-11", 16, "published", "'2025-00-11' has month 00; months go from 01 to 12")]
    [InlineData("March 2025", 16, "published", "'March 2025' is not a date written 2025, 2025-03 or 2025-03-11")]
    [InlineData("25-03-11", 16, "published", "'25-03-11' is not a date written 2025, 2025-03 or 2025-03-11")]
    [InlineData("2025-3-11", 16, "published", "'2025-3-11' is not a date written 2025, 2025-03 or 2025-03-11")]
    [InlineData("2025-03-11-01", 16, "published", "'2025-03-11-01' is not a date written 2025, 2025-03 or 2025-03-11")]
    [InlineData("2025--11", 16, "published", "'2025--11' is not a date written 2025, 2025-03 or 2025-03-11")]
    [InlineData("20251", 16, "published", "'20251' is not a date written 2025, 2025-03 or 2025-03-11")]
    [InlineData("{ on: 2025-00, from: \"last month\" }", 22, "published.on", "'2025-00' has month 00; months go from 01 to 12")]
    public void FC1005_malformed_date(string published, int column, string field, string problem)
    {
        var result = RunCase($$"""
            sources:
              - id: other_article
                title: Another article
                published: {{published}}
                text: articles/talks.txt
            """);

        AssertOnly(result, $"FC1005 case.facts.yaml(4,{column})", $"sources.other_article.{field} must be a calendar date: {problem}");
    }

    [Fact]
    public void FC1003_a_date_in_a_list()
    {
        var result = RunCase("""
            sources:
              - id: other_article
                title: Another article
                published: [2025]
                text: articles/talks.txt
            """);

        AssertOnly(result, "FC1003 case.facts.yaml(4,16)", "sources.other_article.published must be a date, found a list");
    }

    [Fact]
    public void FC1005_accepts_every_precision_and_leap_days()
    {
        var result = RunCase("""
            sources:
              - { id: year_article, title: A, published: 2024, text: articles/talks.txt }
              - { id: month_article, title: B, published: 2024-02, text: articles/talks.txt }
              - { id: leap_article, title: C, published: 2024-02-29, text: articles/talks.txt }
            """);

        Assert.Empty(result.Located);
    }

    [Theory]
    [InlineData("5,5")]
    [InlineData("five")]
    [InlineData("1e3")]
    [InlineData("5.5.5")]
    public void FC1006_malformed_number(string amount)
    {
        var result = RunCase($$"""
            claims:
              - id: occupied_share
                subject: jeddah
                predicate: occupied_share
                value:
                  kind: quantity
                  amount: {{amount}}
                  unit: percent
                statement: The article reports a share.
                said_by: talks_article
                source: talks_article
                evidence: ["The talks in Jeddah"]
            """);

        AssertOnly(result, "FC1006 case.facts.yaml(7,15)", $"claims.occupied_share.value.amount must be a number such as 30 or 5.5, found '{amount}'");
    }

    /// <summary>A number in quotes is text to YAML: the message says that is what is wrong, not the number.</summary>
    [Theory]
    [InlineData("\"7\"", "FC1006 case.facts.yaml(7,15)", "claims.occupied_share.value.amount must be a number such as 30 or 5.5, found '7' in quotes, which YAML reads as text; write the number without quotes")]
    [InlineData("'5.5'", "FC1006 case.facts.yaml(7,15)", "found '5.5' in quotes, which YAML reads as text")]
    [InlineData("[7]", "FC1003 case.facts.yaml(7,15)", "claims.occupied_share.value.amount must be a number, found a list")]
    [InlineData("{ value: 7 }", "FC1003 case.facts.yaml(7,15)", "claims.occupied_share.value.amount must be a number, found a mapping")]
    public void FC1006_FC1003_an_amount_in_quotes_or_in_a_list(string amount, string located, string message)
    {
        var result = RunCase($$"""
            claims:
              - id: occupied_share
                subject: jeddah
                predicate: occupied_share
                value:
                  kind: quantity
                  amount: {{amount}}
                  unit: percent
                statement: The article reports a share.
                said_by: talks_article
                source: talks_article
                evidence: ["The talks in Jeddah"]
            """);

        AssertOnly(result, located, message);
    }

    /// <summary>Each field says what it needed: an id, a snake_case name, a word of its list, a number, a date, text.</summary>
    [Theory]
    [InlineData("subject: [jeddah, marco_rubio]", "FC1003 case.facts.yaml(3,14)", "claims.talks_length.subject must be an id, found a list")]
    [InlineData("subject: { id: jeddah }", "FC1003 case.facts.yaml(3,14)", "claims.talks_length.subject must be an id, found a mapping")]
    [InlineData("predicate: [duration]", "FC1003 case.facts.yaml(3,16)", "claims.talks_length.predicate must be a snake_case name, found a list")]
    [InlineData("status: [reported]", "FC1003 case.facts.yaml(3,13)", "claims.talks_length.status must be one of reported, disputed, retracted or superseded, found a list")]
    [InlineData("statement: [The talks, lasted]", "FC1003 case.facts.yaml(3,16)", "claims.talks_length.statement must be text, found a list")]
    public void FC1003_names_the_type_the_field_needs(string field, string located, string message)
    {
        var lines = new[]
        {
            "subject: jeddah", "predicate: duration", "statement: The talks lasted more than eight hours.",
        }.Where(l => l.Substring(0, l.IndexOf(':')) != field.Substring(0, field.IndexOf(':')));
        var result = RunCase($$"""
            claims:
              - id: talks_length
                {{field}}
                {{string.Join("\n    ", lines)}}
                value: { kind: duration, amount: 8, unit: hour }
                said_by: talks_article
                source: talks_article
                evidence: ["The talks in Jeddah lasted more than eight hours"]
            """);

        AssertOnly(result, located, message);
    }

    [Theory]
    [InlineData("1abc")]
    [InlineData("marco-rubio")]
    [InlineData("_leading_underscore")]
    [InlineData("stra\u00DFe")]
    public void FC1007_malformed_id(string id)
    {
        var result = RunCase($$"""
            entities:
              - id: {{id}}
                kind: person
                name: Someone
            """);

        AssertOnly(result, "FC1007 case.facts.yaml(2,9)", "entities[0].id", $"'{id}'");
    }

    [Fact]
    public void FC1007_malformed_reference()
    {
        var result = RunCase("""
            claims:
              - id: talks_length
                subject: marco-rubio
                predicate: duration
                value: { kind: duration, amount: 8, unit: hour }
                statement: The talks lasted more than eight hours.
                said_by: talks_article
                source: talks_article
                evidence: ["The talks in Jeddah lasted more than eight hours"]
            """);

        AssertOnly(result, "FC1007 case.facts.yaml(3,14)", "claims.talks_length.subject", "'marco-rubio'");
    }

    [Fact]
    public void FC1008_field_given_twice()
    {
        var result = RunCase("""
            entities:
              - id: twice_named
                kind: person
                name: First Name
                name: Second Name
            """);

        AssertOnly(result, "FC1008 case.facts.yaml(5,5)", "'name'", "entities.twice_named");
    }

    /// <summary>Two items merged by a missing "- ": one error at the second id, not one per field the second item repeats.</summary>
    [Fact]
    public void FC1008_a_second_id_is_one_error_that_asks_for_the_missing_dash()
    {
        var result = RunCase("""
            entities:
              - id: steve_witkoff
                kind: person
                name: Steve Witkoff
                id: andriy_yermak
                kind: person
                name: Andriy Yermak
            """);

        AssertOnly(result, "FC1008 case.facts.yaml(5,5)", "'id'", "entities.steve_witkoff", "; a second 'id' starts a new item: begin it with '- '");
    }

    [Fact]
    public void FC1009_empty_evidence_list()
    {
        var result = RunCase("""
            claims:
              - id: talks_length
                subject: jeddah
                predicate: duration
                value: { kind: duration, amount: 8, unit: hour }
                statement: The talks lasted more than eight hours.
                said_by: talks_article
                source: talks_article
                evidence: []
            """);

        AssertOnly(result, "FC1009 case.facts.yaml(9,15)", "claims.talks_length.evidence must have at least one entry");
    }

    [Theory]
    [InlineData("FC1010 case.facts.yaml(2,5)", "status: superseded")]
    [InlineData("FC1010 case.facts.yaml(10,20)", "superseded_by: talks_length")]
    public void FC1010_superseded_and_superseded_by_go_together(string located, string onlyOne)
    {
        var result = Run(("talks.facts.yaml", ValidItems), (Case, $$"""
            claims:
              - id: old_length
                subject: jeddah
                predicate: duration
                value: { kind: duration, amount: 7, unit: hour }
                statement: The talks lasted seven hours.
                said_by: talks_article
                source: talks_article
                evidence: ["The talks in Jeddah"]
                {{onlyOne}}
            """));

        AssertOnly(result, located, "claims.old_length", "superseded", "superseded_by");
    }

    /// <summary>A curator's date without its reason is one error, at the word `curator`, in every date field; the item is then left out.</summary>
    [Theory]
    [InlineData("published: { on: 2025-03, by: curator }", "FC1010 case.facts.yaml(5,35)", "sources.other_article.published")]
    [InlineData("published: { on: 2025-03, by: curator, from: \"  \" }", "FC1010 case.facts.yaml(5,35)", "sources.other_article.published")]
    [InlineData("published:\n      on: 2025-03\n      by: curator", "FC1010 case.facts.yaml(7,11)", "sources.other_article.published")]
    public void FC1010_a_curators_date_says_why(string published, string located, string path)
    {
        var result = RunCase($$"""
            sources:
              - id: other_article
                title: Other
                text: articles/talks.txt
                {{published}}
            """);

        AssertOnly(result, located, path + ": 'by: curator' marks a date the article does not give, so say in 'from' how you know it");
        Assert.DoesNotContain("\"other_article\"", Generated(result));
    }

    [Fact]
    public void FC1010_a_curators_date_value_and_as_of_say_why_too()
    {
        var result = RunCase("""
            claims:
              - id: talks_year
                subject: jeddah
                predicate: talks_year
                value: { kind: date, date: { on: 2025, by: curator } }
                statement: The article reports talks in Jeddah.
                said_by: talks_article
                source: talks_article
                evidence: ["The talks in Jeddah"]
                qualifiers: { as_of: { by: curator, on: 2025-03 } }
            """);

        Assert.Equal(["FC1010 case.facts.yaml(5,48)", "FC1010 case.facts.yaml(10,32)"], result.Located);
        Assert.Contains("claims.talks_year.value.date: 'by: curator'", result.Diagnostics[0].GetMessage(CultureInfo.InvariantCulture));
        Assert.Contains("claims.talks_year.qualifiers.as_of: 'by: curator'", result.Diagnostics[1].GetMessage(CultureInfo.InvariantCulture));
    }

    // ---- FC2xxx: ids and references ---------------------------------------------------------------------------

    /// <summary>Files are taken in ordinal path order, so the later path is the duplicate, whichever was passed first.</summary>
    [Theory]
    [InlineData("a.facts.yaml", "FC2001 base.facts.yaml(6,9)", "a.facts.yaml(2,9)")]
    [InlineData("z.facts.yaml", "FC2001 z.facts.yaml(2,9)", "base.facts.yaml(6,9)")]
    public void FC2001_duplicate_id_across_files_is_reported_at_the_later_path(string file, string located, string first)
    {
        var result = Run((file, """
            entities:
              - id: marco_rubio
                kind: person
                name: Marco Rubio again
            """));

        AssertOnly(result, located, "Id 'marco_rubio' is declared twice, here and first at " + first, "this later declaration (in path order, then line order) is left out");
    }

    /// <summary>Within a file the later line is the duplicate, whatever the order of the sections.</summary>
    [Fact]
    public void FC2001_duplicate_id_within_one_file_is_reported_at_the_later_line()
    {
        var result = RunCase("""
            events:
              - id: jeddah_talks
                type: talks
                summary: Talks in Jeddah.
                source: talks_article
                evidence: ["The talks in Jeddah"]
            entities:
              - id: jeddah_talks
                kind: topic
                name: The talks in Jeddah
            """);

        AssertOnly(result, "FC2001 case.facts.yaml(8,9)", "'jeddah_talks'", "first at case.facts.yaml(2,9)");
        Assert.Contains(" JeddahTalks => ", Generated(result));
        Assert.DoesNotContain("\"The talks in Jeddah\",", Generated(result));
    }

    [Fact]
    public void FC2001_duplicate_id_within_one_file_of_another_kind()
    {
        var result = RunCase("""
            entities:
              - id: jeddah_talks
                kind: topic
                name: The talks in Jeddah
            events:
              - id: jeddah_talks
                type: talks
                summary: Talks in Jeddah.
                source: talks_article
                evidence: ["The talks in Jeddah"]
            """);

        AssertOnly(result, "FC2001 case.facts.yaml(6,9)", "'jeddah_talks'", "case.facts.yaml(2,9)");
    }

    [Fact]
    public void FC2002_ids_collide_as_csharp_names()
    {
        var result = RunCase("""
            entities:
              - id: us_talks
                kind: topic
                name: US talks
              - id: usTalks
                kind: topic
                name: US talks again
            """);

        AssertOnly(result, "FC2002 case.facts.yaml(5,9)", "'usTalks'", "'UsTalks'", "'us_talks'", "case.facts.yaml(2,9)");
        Assert.Contains(" UsTalks => ", Generated(result));
    }

    [Theory]
    [InlineData("FC2003 case.facts.yaml(3,14)", "subject: nobody", "claims.talks_length.subject", "'nobody'")]
    [InlineData("FC2004 case.facts.yaml(3,14)", "subject: talks_article", "claims.talks_length.subject", "an entity", "'talks_article' is a source")]
    public void FC2003_FC2004_bad_reference(string located, string subject, params string[] message)
    {
        var result = RunCase($$"""
            claims:
              - id: talks_length
                {{subject}}
                predicate: duration
                value: { kind: duration, amount: 8, unit: hour }
                statement: The talks lasted more than eight hours.
                said_by: talks_article
                source: talks_article
                evidence: ["The talks in Jeddah lasted more than eight hours"]
            """);

        AssertOnly(result, located, message);
        Assert.DoesNotContain("TalksLength", Generated(result));
    }

    [Theory]
    [InlineData("FC2003 case.facts.yaml(3,14)", "speaker: nobody", "quotes.rubio_hopes_for_yes.speaker", "'nobody'")]
    [InlineData("FC2004 case.facts.yaml(3,14)", "speaker: talks_article", "quotes.rubio_hopes_for_yes.speaker", "an entity", "'talks_article' is a source")]
    [InlineData("FC2004 case.facts.yaml(3,14)", "speaker: rubio_hopes_for_yes", "quotes.rubio_hopes_for_yes.speaker", "an entity", "'rubio_hopes_for_yes' is a quote")]
    public void FC2003_FC2004_bad_reference_from_a_quote(string located, string speaker, params string[] message)
    {
        var result = RunCase($$"""
            quotes:
              - id: rubio_hopes_for_yes
                {{speaker}}
                mode: direct
                text: We hope that the Russians will answer 'yes' as quickly as possible.
                source: talks_article
            """);

        AssertOnly(result, located, message);
    }

    [Fact]
    public void FC2004_source_must_be_a_source()
    {
        var result = RunCase("""
            events:
              - id: jeddah_talks
                type: talks
                summary: Talks in Jeddah.
                participants:
                  - { entity: marco_rubio, role: party }
                source: marco_rubio
                evidence: ["The talks in Jeddah"]
            """);

        AssertOnly(result, "FC2004 case.facts.yaml(7,13)", "events.jeddah_talks.source", "a source", "'marco_rubio' is an entity");
    }

    [Theory]
    [InlineData("claims", "Claims")]
    [InlineData("corpus", "Corpus")]
    [InlineData("to_string", "ToString")]
    [InlineData("get_hash_code", "GetHashCode")]
    public void FC2005_reserved_csharp_name(string id, string member)
    {
        var result = RunCase($$"""
            entities:
              - id: {{id}}
                kind: topic
                name: Reserved
            """);

        AssertOnly(result, "FC2005 case.facts.yaml(2,9)", $"'{id}'", $"'{member}'");
    }

    /// <summary>A valid claim of the base corpus; superseded by <paramref name="next"/> when given. Its superseded_by is on its tenth line, column 20: (11,20) for the first claim of a file.</summary>
    private static string Claim(string id, string? next = null) => $$"""
          - id: {{id}}
            subject: jeddah
            predicate: duration
            value: { kind: duration, amount: 8, unit: hour }
            statement: The talks lasted more than eight hours.
            said_by: talks_article
            source: talks_article
            evidence: ["The talks in Jeddah"]
        {{(next is null ? "" : "    status: superseded\n    superseded_by: " + next + "\n")}}
        """;

    [Fact]
    public void FC2006_a_claim_superseded_by_itself()
    {
        var result = RunCase("claims:\n" + Claim("talks_length", "talks_length"));

        AssertOnly(result, "FC2006 case.facts.yaml(11,20)", "claims.talks_length is superseded by talks_length: a replacement cannot lead back to the claim it replaces");
        Assert.DoesNotContain("TalksLength", Generated(result));
    }

    /// <summary>One error a cycle, at the member first in corpus order; a claim that leads into the cycle is not part of it.</summary>
    [Fact]
    public void FC2006_two_claims_superseding_each_other_are_one_error()
    {
        var result = RunCase("claims:\n" + Claim("later_figure", "first_figure") + Claim("first_figure", "later_figure") + Claim("old_figure", "first_figure"));

        AssertOnly(result, "FC2006 case.facts.yaml(11,20)", "claims.later_figure is superseded by first_figure, which is superseded by later_figure:");
        var generated = Generated(result);
        Assert.DoesNotContain(" LaterFigure => ", generated);
        Assert.DoesNotContain(" FirstFigure => ", generated);
        Assert.Contains(" OldFigure => ", generated);
    }

    /// <summary>Whatever order the build lists the files in, the error is in the file first in path order, and the cycle is named from there.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void FC2006_a_cycle_of_three_claims_across_files(bool reversed)
    {
        (string, string)[] files =
        [
            ("a.facts.yaml", "claims:\n" + Claim("zeta", "alpha")),
            ("b.facts.yaml", "claims:\n" + Claim("alpha", "mid")),
            ("c.facts.yaml", "claims:\n" + Claim("mid", "zeta")),
        ];
        var result = Run(reversed ? files.Reverse().ToArray() : files);

        AssertOnly(result, "FC2006 a.facts.yaml(11,20)", "claims.zeta is superseded by alpha, which is superseded by mid, which is superseded by zeta: a replacement cannot lead back");
    }

    [Fact]
    public void A_supersede_chain_that_ends_is_no_error()
    {
        var result = Run(
            ("a.facts.yaml", "claims:\n" + Claim("first_figure", "second_figure")),
            ("b.facts.yaml", "claims:\n" + Claim("second_figure", "third_figure") + Claim("third_figure")));

        Assert.Empty(result.Located);
        Assert.Empty(result.CompileDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
        var generated = Generated(result);
        Assert.Contains(" FirstFigure => ", generated);
        Assert.Contains(" SecondFigure => ", generated);
        Assert.Contains(" ThirdFigure => ", generated);
    }

    // ---- FC3xxx: evidence against the article -----------------------------------------------------------------

    [Theory]
    [InlineData("The talks in Riyadh lasted more than eight hours")]
    [InlineData("the talks in jeddah lasted more than eight hours")]
    public void FC3001_evidence_not_in_the_article(string excerpt)
    {
        var result = RunCase($$"""
            claims:
              - id: talks_length
                subject: jeddah
                predicate: duration
                value: { kind: duration, amount: 8, unit: hour }
                statement: The talks lasted more than eight hours.
                said_by: talks_article
                source: talks_article
                evidence:
                  - The talks in Jeddah
                  - {{excerpt}}
            """);

        AssertOnly(result, "FC3001 case.facts.yaml(11,9)", "claims.talks_length.evidence[1]", "'talks_article'", "articles/talks.txt");
        Assert.DoesNotContain("TalksLength", Generated(result));
    }

    /// <summary>An article with typographic quotes, runs of spaces and a wrapped line, so normalised offsets differ from the file's.</summary>
    private const string AidArticle = "Rubio told reporters, \u201CWe hope that the Russians will answer \u2018yes\u2019 as quickly as possible.\u201D\n"
        + "The talks in Jeddah lasted more than eight hours on Tuesday.\n"
        + "Since 2022, Ukraine has received   $14.5 billion in aid\n"
        + "   from the United States, the ministry said.\n";

    /// <summary>A claim with one evidence excerpt, at (10,9) of case.facts.yaml, against <see cref="AidArticle"/>.</summary>
    private static GeneratorResult RunEvidence(string excerpt) => GeneratorHarness.Run(
        ("articles/talks.txt", AidArticle),
        ("base.facts.yaml", BaseFacts),
        (Case, $$"""
            claims:
              - id: aid_total
                subject: jeddah
                predicate: aid_received
                value: { kind: text, text: aid }
                statement: The ministry said Ukraine has received aid.
                said_by: talks_article
                source: talks_article
                evidence:
                  - '{{excerpt}}'
            """));

    /// <summary>The diagnostic's additional location: the closest passage as "talks.txt(line,col)-(line,col)", 1-based, the end exclusive.</summary>
    private static string Passage(GeneratorResult result)
    {
        var span = result.Diagnostics.Single().AdditionalLocations.Single().GetLineSpan();
        return $"{Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})-({span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1})";
    }

    [Fact]
    public void FC3001_shows_the_closest_passage_and_a_different_number()
    {
        var result = RunEvidence("Ukraine has received $15.4 billion in aid from the United States");

        AssertOnly(result, "FC3001 case.facts.yaml(10,9)",
            "; the closest passage is 'Ukraine has received $14.5 billion in aid from the United States,' at talks.txt(3,13): '$15.4' in the evidence, '$14.5' in the article");
        // The passage spans the wrapped line and the runs of spaces of the file.
        Assert.Equal("talks.txt(3,13)-(4,27)", Passage(result));
    }

    [Fact]
    public void FC3001_says_when_only_letter_case_differs()
    {
        var result = RunEvidence("the talks in jeddah lasted");

        AssertOnly(result, "FC3001 case.facts.yaml(10,9)",
            "; it matches 'The talks in Jeddah lasted' at talks.txt(2,1) except for letter case: 'the' in the evidence, 'The' in the article");
        Assert.Equal("talks.txt(2,1)-(2,27)", Passage(result));
    }

    [Fact]
    public void FC3001_shows_a_missing_word()
    {
        var result = RunEvidence("The talks in Jeddah lasted eight hours");

        AssertOnly(result, "FC3001 case.facts.yaml(10,9)",
            "; the closest passage is 'The talks in Jeddah lasted more than eight hours' at talks.txt(2,1): 'eight' in the evidence, 'more than eight' in the article");
    }

    /// <summary>Curly quotes match straight ones of the same kind; a double quote for a single one is a difference, shown from the file's text after the opening quotation mark.</summary>
    [Fact]
    public void FC3001_shows_a_quotation_mark_of_the_wrong_kind()
    {
        var result = RunEvidence("We hope that the Russians will answer \"yes\" as quickly");

        AssertOnly(result, "FC3001 case.facts.yaml(10,9)",
            "; the closest passage is 'We hope that the Russians will answer 'yes' as quickly' at talks.txt(1,24): '\"yes\"' in the evidence, ''yes'' in the article");
        Assert.Equal("talks.txt(1,24)-(1,78)", Passage(result));
    }

    /// <summary>A scalar may hold 64 K characters: the search follows the words that agree and aligns a bounded part after them.</summary>
    [Fact]
    public void FC3001_a_very_long_excerpt_is_compared_in_bounded_work()
    {
        var article = string.Concat(Enumerable.Repeat("The talks in Jeddah lasted more than eight hours. ", 1000));
        var excerpt = string.Concat(Enumerable.Repeat("The talks in Jeddah lasted more than eight hours. ", 999)) + "The talks in Riyadh lasted";
        var result = GeneratorHarness.Run(
            ("articles/talks.txt", article),
            ("base.facts.yaml", BaseFacts),
            (Case, "events:\n  - id: jeddah_talks\n    type: talks\n    summary: Talks.\n    source: talks_article\n    evidence: [\"" + excerpt + "\"]\n"));

        AssertOnly(result, "FC3001 case.facts.yaml(6,16)", "; the closest passage is '…", "'Riyadh' in the evidence, 'Jeddah' in the article");
    }

    [Fact]
    public void FC3001_says_when_no_word_of_the_excerpt_is_in_the_article()
    {
        var result = RunEvidence("Zelenskiy thanked Trump");

        AssertOnly(result, "FC3001 case.facts.yaml(10,9)", "; no word of it occurs in the article");
        Assert.Empty(result.Diagnostics.Single().AdditionalLocations);
    }

    [Fact]
    public void FC3001_evidence_of_an_indirect_quote()
    {
        var result = RunCase("""
            quotes:
              - id: rubio_hopes
                speaker: marco_rubio
                mode: indirect
                text: Rubio said he hoped the Russians would agree soon.
                source: talks_article
                evidence: ["Rubio told journalists"]
            """);

        AssertOnly(result, "FC3001 case.facts.yaml(7,16)", "quotes.rubio_hopes.evidence[0]", "'talks_article'");
    }

    [Fact]
    public void FC3002_direct_quote_not_in_the_article()
    {
        var result = RunCase("""
            quotes:
              - id: rubio_hopes_for_yes
                speaker: marco_rubio
                mode: direct
                text: We hope the Russians will say yes quickly.
                source: talks_article
            """);

        AssertOnly(result, "FC3002 case.facts.yaml(5,11)", "quotes.rubio_hopes_for_yes.text", "'talks_article'", "articles/talks.txt");
        Assert.DoesNotContain("RubioHopesForYes", Generated(result));
    }

    [Theory]
    [InlineData("articles/missing.txt", "/corpus/articles/missing.txt")]
    [InlineData("talks.txt", "/corpus/talks.txt")]
    [InlineData("../articles/talks.txt", "/articles/talks.txt")]
    public void FC3003_article_text_not_found(string path, string resolved)
    {
        var result = RunCase($$"""
            sources:
              - id: other_article
                title: Another article
                text: {{path}}
            """);

        AssertOnly(result, "FC3003 case.facts.yaml(4,11)", "sources.other_article.text", $"'{path}'", resolved);
    }

    /// <summary>An article with the same file name, else a path a few edits away, written relative to the YAML file.</summary>
    [Theory]
    [InlineData("talks.txt", "articles/talks.txt")]
    [InlineData("articles/talk.txt", "articles/talks.txt")]
    [InlineData("../corpus/articles/talks.text", "articles/talks.txt")]
    public void FC3003_suggests_the_nearest_article_path(string path, string suggested)
    {
        var result = RunCase($$"""
            sources:
              - id: other_article
                title: Another article
                text: {{path}}
            """);

        AssertOnly(result, "FC3003 case.facts.yaml(4,11)", $"'{path}'", $"(did you mean '{suggested}'?)");
    }

    [Fact]
    public void FC3003_suggests_the_path_relative_to_a_yaml_file_in_a_subfolder()
    {
        var result = Run(("facts/case.facts.yaml", """
            sources:
              - id: other_article
                title: Another article
                text: articles/talks.txt
            """));

        AssertOnly(result, "FC3003 case.facts.yaml(4,11)", "/corpus/facts/articles/talks.txt (did you mean '../articles/talks.txt'?)");
    }

    [Fact]
    public void FC3003_suggests_nothing_when_no_article_path_is_close()
    {
        var result = RunCase("""
            sources:
              - id: other_article
                title: Another article
                text: interviews/zelenskiy-2024-12.txt
            """);

        AssertOnly(result, "FC3003 case.facts.yaml(4,11)", "no AdditionalFile of the project has the path /corpus/interviews/zelenskiy-2024-12.txt");
        Assert.DoesNotContain("did you mean", result.Diagnostics.Single().GetMessage(CultureInfo.InvariantCulture));
    }

    /// <summary>The package's props list the project's *.txt files (FactCorpusProjectTexts), so the error can say the file is there.</summary>
    [Fact]
    public void FC3003_says_when_the_file_exists_but_is_not_an_additional_file()
    {
        var files = new (string Path, string Text)[]
        {
            ("articles/talks.txt", Article),
            ("base.facts.yaml", BaseFacts),
            (Case, """
                sources:
                  - id: other_article
                    title: Another article
                    text: texts/other.txt
                """),
        };
        var properties = new Dictionary<string, string>
        {
            ["build_property.FactCorpusProjectTexts"] = $"{GeneratorHarness.Root}articles/talks.txt|{GeneratorHarness.Root}texts/other.txt|{GeneratorHarness.Root}readme.txt",
        };

        var result = GeneratorHarness.Run(files.Select(f => (Microsoft.CodeAnalysis.AdditionalText)new InMemoryAdditionalText(GeneratorHarness.Root + f.Path, f.Text)), properties: properties);

        AssertOnly(result, "FC3003 case.facts.yaml(4,11)", "'texts/other.txt'", "/corpus/texts/other.txt; the file exists, but is not an AdditionalFile");
    }

    // ---- FC4xxx: consistency across sources ------------------------------------------------------------------

    /// <summary>The example of docs/diagnostics.md: the article's "more than eight hours" on 11 March and Rubio's six hours in March.</summary>
    private const string ConflictingDurations = """
        claims:
          - id: talks_length
            subject: jeddah
            predicate: duration
            value: { kind: duration, amount: 8, unit: hour, bound: more_than }
            statement: The article reports that the talks in Jeddah lasted more than eight hours.
            said_by: talks_article
            source: talks_article
            date: 2025-03-11
            evidence: ["The talks in Jeddah lasted more than eight hours"]
          - id: rubio_talks_length
            subject: jeddah
            predicate: duration
            value: { kind: duration, amount: 6, unit: hour }
            statement: Rubio said the talks lasted six hours.
            said_by: marco_rubio
            source: talks_article
            date: 2025-03
            evidence: ["Rubio told reporters"]
        """;

    [Fact]
    public void FC4001_claims_that_cannot_both_hold_warn_at_each_claim_and_both_are_generated()
    {
        var result = RunCase(ConflictingDurations);

        Assert.Null(result.Exception);
        Assert.Equal(["FC4001 case.facts.yaml(11,9)", "FC4001 case.facts.yaml(2,9)"], result.Located.Order(StringComparer.Ordinal));
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        AssertMessage(result.Diagnostics.Single(d => d.Location.GetLineSpan().StartLinePosition.Line == 1),
            "claims.talks_length says the duration of jeddah is more than 8 hours", "but claims.rubio_talks_length at case.facts.yaml(11,9) says 6 hours (said by marco_rubio");
        AssertMessage(result.Diagnostics.Single(d => d.Location.GetLineSpan().StartLinePosition.Line == 10),
            "claims.rubio_talks_length says the duration of jeddah is 6 hours", "but claims.talks_length at case.facts.yaml(2,9) says more than 8 hours");
        Assert.Empty(result.CompileDiagnostics.Select(d => d.ToString()));
        Assert.Contains(" TalksLength => ", Generated(result));
        Assert.Contains(" RubioTalksLength => ", Generated(result));
    }

    /// <summary>The fix docs/diagnostics.md gives for a real disagreement: both claims disputed, each with a note.</summary>
    [Fact]
    public void FC4001_is_not_reported_when_both_claims_are_disputed_with_a_note()
    {
        const string disputed = "    status: disputed\n    note: Rubio put the talks at six hours; the article itself says more than eight.\n";
        var both = ConflictingDurations.ReplaceLineEndings("\n").Replace("\n  - id: rubio_talks_length", "\n" + disputed + "  - id: rubio_talks_length", StringComparison.Ordinal) + "\n" + disputed;

        Assert.Empty(RunCase(both).Located);
        // One of the two disputed is not enough.
        Assert.Equal(2, RunCase(ConflictingDurations + "\n" + disputed).Located.Count());
    }

    // ---- several errors ---------------------------------------------------------------------------------------

    [Fact]
    public void One_bad_item_does_not_hide_the_errors_of_another()
    {
        var result = RunCase("""
            entities:
              - id: typo_kind
                kind: persn
                name: Typo Kind
              - id: typo_field
                kind: person
                nmae: Typo Field
            """);

        // The misspelt name is one error with a suggestion (FC1001), not also a missing field (FC1002).
        Assert.Equal(["FC1004 case.facts.yaml(3,11)", "FC1001 case.facts.yaml(7,5)"], result.Located);
    }

    [Fact]
    public void Two_errors_in_one_item_are_both_reported()
    {
        var result = RunCase("""
            claims:
              - id: talks_length
                subject: jeddah
                predicate: duration
                value: { kind: duration, amount: eight, unit: hours }
                statement: The talks lasted more than eight hours.
                said_by: talks_article
                source: talks_article
                date: 2025-02-30
                evidence: ["The talks in Jeddah lasted more than eight hours"]
            """);

        Assert.Equal(
            ["FC1006 case.facts.yaml(5,38)", "FC1004 case.facts.yaml(5,51)", "FC1005 case.facts.yaml(9,11)"],
            result.Located);
    }

    /// <summary>MappingReader promises "an author sees all the errors of a file at once": a bad id is one of them.</summary>
    [Fact]
    public void An_item_with_a_malformed_id_still_reports_its_other_errors()
    {
        var result = RunCase("""
            entities:
              - id: marco-rubio
                kind: persn
                name: Marco Rubio
            """);

        Assert.Equal(["FC1007 case.facts.yaml(2,9)", "FC1004 case.facts.yaml(3,11)"], result.Located);
    }

    [Fact]
    public void A_broken_item_is_not_generated_while_the_valid_ones_are()
    {
        var result = RunCase("""
            entities:
              - id: broken_entity
                kind: persn
                name: Broken
              - id: sergey_lavrov
                kind: person
                name: Sergey Lavrov
            claims:
              - id: talks_length
                subject: jeddah
                predicate: duration
                value: { kind: duration, amount: 8, unit: hour, bound: more_than }
                statement: The talks lasted more than eight hours.
                said_by: talks_article
                source: talks_article
                evidence: ["The talks in Jeddah lasted more than eight hours"]
              - id: broken_claim
                subject: jeddah
                predicate: duration
                value: { kind: duration, amount: 8, unit: hour }
                statement: The talks lasted eight hours.
                said_by: talks_article
                source: talks_article
                evidence: ["The talks in Jeddah lasted eight hours"]
            """);

        Assert.Equal(["FC1004 case.facts.yaml(3,11)", "FC3001 case.facts.yaml(24,16)"], result.Located);
        Assert.Empty(result.CompileDiagnostics.Select(d => d.ToString()));
        var generated = Generated(result);
        Assert.Contains(" SergeyLavrov => ", generated);
        Assert.Contains(" TalksLength => ", generated);
        Assert.Contains(" MarcoRubio => ", generated);
        Assert.DoesNotContain("BrokenEntity", generated);
        Assert.DoesNotContain("BrokenClaim", generated);
    }

    /// <summary>
    /// An item with an error of its own is reported once; items that reference it are left out silently instead
    /// of repeating the error (their own references are fine, it is the target that needs fixing).
    /// </summary>
    [Fact]
    public void Items_that_reference_a_broken_item_add_no_errors_of_their_own()
    {
        var result = RunCase("""
            sources:
              - id: lost_article
                title: Lost
                text: articles/lost.txt
            entities:
              - id: nobody_kind
                kind: persn
                name: Nobody
            claims:
              - id: dangling
                subject: nobody
                predicate: duration
                value: { kind: duration, amount: 8, unit: hour }
                statement: The talks lasted eight hours.
                said_by: talks_article
                source: talks_article
                evidence: ["The talks in Jeddah"]
              - id: replaced
                subject: jeddah
                predicate: duration
                value: { kind: duration, amount: 7, unit: hour }
                statement: The talks lasted seven hours.
                said_by: talks_article
                source: talks_article
                evidence: ["The talks in Jeddah"]
                status: superseded
                superseded_by: dangling
              - id: about_broken_entity
                subject: nobody_kind
                predicate: duration
                value: { kind: duration, amount: 8, unit: hour }
                statement: The talks lasted eight hours.
                said_by: nobody_kind
                source: talks_article
                evidence: ["The talks in Jeddah"]
              - id: from_lost_article
                subject: jeddah
                predicate: duration
                value: { kind: duration, amount: 8, unit: hour }
                statement: The talks lasted eight hours.
                said_by: lost_article
                source: lost_article
                evidence: ["Not checked: the article is lost"]
            """);

        Assert.Equal(
            ["FC3003 case.facts.yaml(4,11)", "FC1004 case.facts.yaml(7,11)", "FC2003 case.facts.yaml(11,14)"],
            result.Located);
        Assert.Empty(result.CompileDiagnostics.Select(d => d.ToString()));
        var generated = Generated(result);
        Assert.Contains(" Replaced => ", generated);
        Assert.DoesNotContain(" Dangling => ", generated);
        Assert.DoesNotContain(" AboutBrokenEntity => ", generated);
        Assert.DoesNotContain(" FromLostArticle => ", generated);
    }

    // ---- docs/diagnostics.md -----------------------------------------------------------------------------------

    private static string DiagnosticsDoc => File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "diagnostics.md"));

    /// <summary>Each ```yaml block of docs/diagnostics.md directly followed by a ```text block of the message it gives.</summary>
    public static TheoryData<string, string> DocumentedExamples()
    {
        var data = new TheoryData<string, string>();
        foreach (Match example in Regex.Matches(DiagnosticsDoc.ReplaceLineEndings("\n"), @"```yaml\n(?<yaml>(?:(?!```).)*)```\s*```text\n(?<shown>[^\n]*)\n```", RegexOptions.Singleline))
        {
            data.Add(example.Groups["shown"].Value, example.Groups["yaml"].Value);
        }

        return data;
    }

    [Fact]
    public void Diagnostics_md_has_an_example_for_every_id_a_yaml_text_can_show_and_runs_them_against_this_base_corpus()
    {
        var doc = DiagnosticsDoc.ReplaceLineEndings("\n");
        Assert.Contains(BaseFacts, doc);
        Assert.Contains(Article, doc);
        var shownIds = DocumentedExamples().Select(row => Regex.Match((string)row[0], "FC[0-9]{4}").Value).ToHashSet();
        // An internal error, bytes that are not UTF-8, a file with over 100 errors, 16 MB of text, 60,000 items of a
        // kind and code generated ahead for other inputs (GeneratedAheadTests) have no short YAML example.
        var ids = Descriptors.All.Select(d => d.Id).Where(id => id is not ("FC0002" or "FC0005" or "FC0006" or "FC0007" or "FC0008" or "FC0009"));
        Assert.All(ids, id => Assert.Contains(id, shownIds));
    }

    [Theory]
    [MemberData(nameof(DocumentedExamples))]
    public void Diagnostics_md_example_reports_the_message_it_shows(string shown, string yaml)
    {
        var result = Run((shown.Substring(0, shown.IndexOf('(')), yaml));

        var reported = result.Diagnostics.Select(d =>
        {
            var span = d.Location.GetLineSpan();
            return $"{Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {d.Severity.ToString().ToLowerInvariant()} {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}";
        });
        Assert.Contains(shown, reported);
    }
}
