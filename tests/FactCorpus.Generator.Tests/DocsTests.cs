using System.Text.RegularExpressions;
using FactCorpus.Generator.Diagnostics;
using FactCorpus.Generator.Tests.Support;

namespace FactCorpus.Generator.Tests;

/// <summary>
/// The documentation is true: the worked example of docs/format.md generates what it says, its quoting rules hold,
/// and every diagnostic is documented in docs/diagnostics.md and links to its section there.
/// </summary>
public class DocsTests
{
    [Fact]
    public void Worked_example_in_format_md_generates_the_members_it_names()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "format.md"));
        string Block(string file) =>
            Regex.Match(doc, "`" + Regex.Escape(file) + "`:\\s*```\\w+\\n(?<body>.*?)```", RegexOptions.Singleline).Groups["body"].Value;

        var result = GeneratorHarness.Run(("articles/talks.txt", Block("articles/talks.txt")), ("talks.facts.yaml", Block("talks.facts.yaml")));

        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        Assert.Empty(result.CompileDiagnostics.Select(d => d.ToString()));
        var generated = string.Concat(result.Sources.Select(s => s.Source));
        var names = Regex.Matches(doc.Split("## Worked example")[1], @"`(?<class>Sources|Entities|Claims|Quotes|Events|Values)\.(?<member>\w+)`");
        Assert.True(names.Count >= 6, "the worked example should name the members it generates");
        foreach (Match named in names)
        {
            Assert.Contains($"public static partial class {named.Groups["class"].Value}", generated);
            // An item is a property (=>), a value a constant (=).
            Assert.Matches($@"\s{named.Groups["member"].Value} =>? ", generated);
        }
    }

    /// <summary>A claim ending in the lines under test, with <paramref name="value"/> and <paramref name="evidence"/>, against an article holding the evidence.</summary>
    private static GeneratorResult QuotingCase(string lastLines, string value = "{ kind: text, text: t }", string evidence = "[\"Rubio said\"]") =>
        GeneratorHarness.Run(
            ("articles/a.txt", "Kyiv, Ukraine. Rubio said: yes."),
            ("a.facts.yaml", "sources:\n  - id: a\n    title: A\n    text: articles/a.txt\nentities:\n  - id: kyiv\n    kind: place\n    name: Kyiv\n"
                + "claims:\n  - id: c\n    subject: kyiv\n    predicate: p\n    value: " + value + "\n    said_by: a\n    source: a\n"
                + "    evidence: " + evidence + "\n" + lastLines + "\n"));

    /// <summary>The rows of format.md's "Quoting text" table: unquoted, these texts are errors.</summary>
    [Theory]
    [InlineData("    statement: s", "FC1001", "{ kind: text, text: cheaper, over thirty years }", "'over thirty years'")]
    [InlineData("    statement: s\n    date: { on: 2025-03-11, from: Tuesday, 11 March }", "FC1001", null, "'11 March'")]
    [InlineData("    statement: s", "FC1001", "{ kind: quantity, amount: 1,000, unit: USD }", "'000'")]
    [InlineData("    statement: s\n    note: [the [redacted] plan]", "FC0001")]
    [InlineData("    statement: Rubio said: yes", "FC0001")]
    [InlineData("    statement: *Updated* talks", "FC0001")]
    [InlineData("    statement: \"as soon as possible\" he said", "FC0001")]
    [InlineData("    statement: [Updated] talks", "FC0001")]
    [InlineData("    statement: | talks", "FC0001")]
    [InlineData("    statement: @talks", "FC0001")]
    [InlineData("    statement: #1 in the polls", "FC1002")]
    [InlineData("    statement: null", "FC1002")]
    [InlineData("    statement: s", "FC1006", "{ kind: quantity, amount: \"7\", unit: USD }")]
    [InlineData("    statement: s", "FC1006", "{ kind: quantity, amount: $14.5, unit: USD }")]
    public void Quoting_text_in_format_md_unquoted_it_is_an_error(string lastLines, string id, string? value = null, string? mentions = null)
    {
        var diagnostics = QuotingCase(lastLines, value ?? "{ kind: text, text: t }").Diagnostics;
        Assert.Contains(diagnostics, d => d.Id == id && d.GetMessage().Contains(mentions ?? ""));
    }

    [Theory]
    [InlineData("    statement: s\n    note: disputed #2 of 3", "note", "disputed")]
    [InlineData("    statement: &more news", "statement", "news")]
    [InlineData("    statement: s", "evidence", "Kyiv|Ukraine", "[Kyiv, Ukraine]")]
    [InlineData("    statement: s", "evidence", "Kyiv, Ukraine", "[\"Kyiv, Ukraine\"]")]
    [InlineData("    statement: 1.50", "statement", "1.50")]
    [InlineData("    statement: yes", "statement", "yes")]
    [InlineData("    statement: \"null\"", "statement", "null")]
    [InlineData("    statement: 'it''s up to Moscow'", "statement", "it's up to Moscow")]
    [InlineData("    statement: \"He said \\\"yes\\\"\"", "statement", "He said \"yes\"")]
    public void Quoting_text_in_format_md_the_text_read_is_as_documented(string lastLines, string field, string read, string? evidence = null)
    {
        var result = evidence is null ? QuotingCase(lastLines) : QuotingCase(lastLines, evidence: evidence);
        Assert.Empty(result.Diagnostics);
        var claim = (FactCorpus.Model.Claim)result.Load().Member("TestCorpus.Claims", "C")!;
        Assert.Equal(read, field switch
        {
            "note" => claim.Note,
            "statement" => claim.Statement,
            _ => string.Join("|", claim.Evidence),
        });
    }

    public static TheoryData<string> DiagnosticIds() =>
        new(Descriptors.All.Select(d => d.Id));

    [Theory]
    [MemberData(nameof(DiagnosticIds))]
    public void Every_diagnostic_is_documented_and_tracked_as_a_release(string id)
    {
        var severity = Descriptors.All.Single(d => d.Id == id).DefaultSeverity;
        Assert.Matches("^FC[0-9]{4}$", id);
        Assert.Matches($"(?m)^### {id}: ", File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "diagnostics.md")));
        var releases = File.ReadAllText(Path.Combine(RepoPaths.Root, "generator", "FactCorpus.Generator", "AnalyzerReleases.Unshipped.md"));
        Assert.Matches($"(?m)^{id} \\| FactCorpus \\| {severity} \\|", releases);
    }

    /// <summary>GitHub's anchors for the headings of a markdown file outside code blocks (github-slugger: lower case, punctuation dropped, spaces to '-').</summary>
    private static HashSet<string> HeadingAnchors(string markdown) =>
        Regex.Matches(Regex.Replace(markdown, "(?ms)^```.*?^```", ""), "(?m)^#{1,6} (?<text>.+?)\\s*$")
            .Select(m => Regex.Replace(m.Groups["text"].Value.ToLowerInvariant(), @"[^\p{L}\p{M}\p{N}\p{Pc} -]", "").Replace(' ', '-'))
            .ToHashSet(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(DiagnosticIds))]
    public void Every_diagnostic_links_to_its_own_section_of_diagnostics_md(string id)
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "diagnostics.md"));
        var link = new Uri(Descriptors.All.Single(d => d.Id == id).HelpLinkUri);
        var anchor = link.Fragment.TrimStart('#');

        Assert.Equal(Descriptors.HelpBaseUri, link.GetLeftPart(UriPartial.Path));
        Assert.StartsWith(id.ToLowerInvariant() + "-", anchor);
        Assert.Contains(anchor, HeadingAnchors(doc));
        Assert.Contains($"[{id}](#{anchor})", doc);
    }

    [Fact]
    public void A_reported_diagnostic_carries_its_help_link()
    {
        var result = GeneratorHarness.Run(("talks.facts.yaml", "entities:\n  - id: jeddah\n    kind: place\n    name: Jeddah\n    nmae: Jeddah\n"));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("FC1001", diagnostic.Id);
        Assert.Equal(Descriptors.HelpBaseUri + "#fc1001-unknown-field", diagnostic.Descriptor.HelpLinkUri);
    }
}
