using FactCorpus.Generator.Tests.Support;
using FactCorpus.Model;
using Microsoft.CodeAnalysis;

namespace FactCorpus.Generator.Tests;

/// <summary>
/// A date the article does not give is marked `by: curator` in the YAML, and the model (PartialDate.Origin) and the
/// hover text show it as the curator's, not the source's, in every date field; a date the article gives stays the
/// source's. The article and its facts are fictional, written for this test.
/// </summary>
public class CuratorKnowledgeTests
{
    private const string Article = "The ferry line, closed since the storm of 2030, reopened on Monday, the harbour office said. "
        + "\"We are open again,\" the harbour master told passengers.";

    private const string Facts = """
        sources:
          - id: harbour_news
            title: Ferry line reopens (fictional)
            published: { on: 2031-05, by: curator, from: "no dateline; the reopening it reports was on Monday 12 May 2031" }
            text: articles/harbour.txt
        entities:
          - id: harbour_office
            kind: organization
            name: the harbour office
          - id: harbour_master
            kind: person
            name: the harbour master
          - id: ferry_line
            kind: topic
            name: the ferry line
        claims:
          - id: reopening_date
            subject: ferry_line
            predicate: reopening_date
            value: { kind: date, date: { on: 2031-05-12, by: curator, from: "on Monday; the line reopened on 12 May 2031" } }
            statement: The harbour office said the ferry line reopened on Monday.
            said_by: harbour_office
            source: harbour_news
            date: { on: 2031-05-12, by: curator, from: "said the day it reopened, 12 May 2031" }
            evidence: ["reopened on Monday, the harbour office said"]
            qualifiers: { as_of: { on: 2031-05, by: curator, from: "at publication, May 2031" } }
          - id: closed_since_storm
            subject: ferry_line
            predicate: closed_since
            value: { kind: date, date: { on: 2030, by: source, from: "since the storm of 2030" } }
            statement: The article states that the ferry line was closed since the storm of 2030.
            said_by: harbour_news
            source: harbour_news
            evidence: ["closed since the storm of 2030"]
        quotes:
          - id: open_again
            speaker: harbour_master
            mode: direct
            text: We are open again,
            source: harbour_news
            date: { on: 2031-05-12, by: curator, from: "the day of the reopening, 12 May 2031" }
        events:
          - id: storm
            type: storm
            summary: The storm of 2030, after which the ferry line closed.
            date: 2030
            source: harbour_news
            evidence: ["the storm of 2030"]
          - id: reopening
            type: reopening
            summary: The ferry line reopened.
            date: { on: 2031-05-12, by: curator, from: "on Monday; the reopening was on 12 May 2031" }
            source: harbour_news
            evidence: ["reopened on Monday"]
        """;

    private static readonly Lazy<GeneratorResult> Generated = new(() => GeneratorHarness.Run(("articles/harbour.txt", Article), ("harbour.facts.yaml", Facts)));

    private static T Member<T>(string type, string name) => (T)Generated.Value.Load().Member("TestCorpus." + type, name)!;

    private static string Hover(string type, string name) =>
        Generated.Value.Output.GetTypeByMetadataName("TestCorpus." + type)!.GetMembers(name).Single().GetDocumentationCommentXml()!;

    [Fact]
    public void The_corpus_generates_without_diagnostics()
    {
        Assert.Empty(Generated.Value.Diagnostics);
        Assert.Empty(Generated.Value.CompileDiagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void The_model_tells_the_curators_dates_from_the_sources()
    {
        var reopening = Member<Claim>("Claims", "ReopeningDate");
        var curators = new[]
        {
            reopening.Source.Published!, ((DateValue)reopening.Value).Date, reopening.Date!, reopening.Qualifiers.AsOf!,
            Member<Quote>("Quotes", "OpenAgain").Date!, Member<Event>("Events", "Reopening").Date!,
        };
        Assert.All(curators, date => Assert.Equal(DateOrigin.Curator, date.Origin));
        Assert.Equal("on Monday; the line reopened on 12 May 2031", ((DateValue)reopening.Value).Date.ResolvedFrom);
        Assert.Equal("2031-05-12", reopening.Date!.ToString());

        Assert.Equal(DateOrigin.Source, Member<Event>("Events", "Storm").Date!.Origin);
        var closed = ((DateValue)Member<Claim>("Claims", "ClosedSinceStorm").Value).Date;
        Assert.Equal((DateOrigin.Source, "since the storm of 2030"), (closed.Origin, closed.ResolvedFrom));
    }

    [Fact]
    public void Hover_says_a_curators_date_is_the_curators_in_every_field()
    {
        const string Mark = ", per the curator, not the article";
        var claim = Hover("Claims", "ReopeningDate");
        Assert.Contains("Reopening date: 2031-05-12 (\"on Monday; the line reopened on 12 May 2031\")" + Mark + ", as of 2031-05 (\"at publication, May 2031\")" + Mark + ".", claim);
        Assert.Contains("(<see cref=\"P:TestCorpus.Sources.HarbourNews\"/>), 2031-05" + Mark + "; stated 2031-05-12 (\"said the day it reopened, 12 May 2031\")" + Mark + ".", claim);
        Assert.Contains(", 2031-05-12 (\"the day of the reopening, 12 May 2031\")" + Mark + ":", Hover("Quotes", "OpenAgain"));
        Assert.Contains("Date: 2031-05-12 (\"on Monday; the reopening was on 12 May 2031\")" + Mark + ".", Hover("Events", "Reopening"));
        Assert.Contains("published 2031-05 (\"no dateline; the reopening it reports was on Monday 12 May 2031\")" + Mark + ".", Hover("Sources", "HarbourNews"));

        // The source's own dates are not marked.
        Assert.Contains("Date: 2030.", Hover("Events", "Storm"));
        Assert.Contains("Closed since: 2030 (\"since the storm of 2030\").", Hover("Claims", "ClosedSinceStorm"));
    }
}
