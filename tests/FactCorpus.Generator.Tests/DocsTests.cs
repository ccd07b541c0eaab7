using System.Text.RegularExpressions;
using FactCorpus.Generator.Diagnostics;
using FactCorpus.Generator.Tests.Support;

namespace FactCorpus.Generator.Tests;

/// <summary>The documentation's examples are real: the worked example of docs/format.md generates what it says.</summary>
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
            Assert.Matches($@"\s{named.Groups["member"].Value} = ", generated);
        }
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
