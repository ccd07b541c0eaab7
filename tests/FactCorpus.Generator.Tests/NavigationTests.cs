using System.Globalization;
using System.Reflection;
using FactCorpus.Generator.Tests.Support;
using FactCorpus.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactCorpus.Generator.Tests;

/// <summary>
/// The typed API a corpus user gets: navigation between items, the queries of <see cref="CorpusIndex"/>, lazy and
/// cycle-free initialisation, and [Obsolete] on retracted and superseded claims.
/// </summary>
public class NavigationTests
{
    private const string Article = "Officials met in Jeddah on 11 March. Talks lasted eight hours. Later reports said nine hours. "
        + "A claim about ten hours was withdrawn. The war began in 2022.";

    private const string Facts = """
        sources:
          - id: report
            title: Report
            text: articles/report.txt
        entities:
          - id: jeddah
            kind: place
            name: Jeddah
          - id: officials
            kind: group
            name: officials
          - id: talks
            kind: topic
            name: the talks
        claims:
          - id: eight_hours
            subject: talks
            predicate: duration
            value: { kind: duration, amount: 8, unit: hour }
            statement: The report said the talks lasted eight hours.
            said_by: report
            source: report
            date: 2025-03-11
            evidence: ["Talks lasted eight hours."]
            status: superseded
            superseded_by: nine_hours
            note: Later reports said nine hours.
          - id: nine_hours
            subject: talks
            predicate: duration
            value: { kind: duration, amount: 9, unit: hour }
            statement: Later reports said the talks lasted nine hours.
            said_by: officials
            source: report
            date: 2025-03
            evidence: ["Later reports said nine hours."]
          - id: ten_hours
            subject: talks
            predicate: duration
            value: { kind: duration, amount: 10, unit: hour }
            statement: A withdrawn claim said ten hours.
            said_by: officials
            source: report
            evidence: ["A claim about ten hours was withdrawn."]
            status: retracted
            note: Withdrawn by the report.
        quotes:
          - id: talks_lasted
            speaker: officials
            mode: direct
            text: Talks lasted eight hours.
            source: report
            date: 2025-03
        events:
          - id: meeting
            type: talks
            summary: Officials met in Jeddah.
            date: 2025-03-11
            location: jeddah
            participants:
              - { entity: officials, role: party }
            source: report
            evidence: ["Officials met in Jeddah on 11 March."]
          - id: war
            type: war
            summary: The war began.
            date: 2022
            source: report
            evidence: ["The war began in 2022."]
        """;

    private static GeneratorResult Generate(string userCode = "") =>
        GeneratorHarness.Run(
            [new InMemoryAdditionalText(GeneratorHarness.Root + "articles/report.txt", Article), new InMemoryAdditionalText(GeneratorHarness.Root + "report.facts.yaml", Facts)],
            "TestCorpus",
            userCode);

    private static T Member<T>(Assembly assembly, string type, string name) =>
        (T)assembly.Member("TestCorpus." + type, name)!;

    [Fact]
    public void Navigation_works_even_when_an_item_is_touched_before_the_corpus()
    {
        // A fresh assembly, entered through an entity: the index is built lazily, after every class is initialised.
        var assembly = Generate().Load();
        var talks = Member<Entity>(assembly, "Entities", "Talks");

        Assert.Equal(["eight_hours", "nine_hours", "ten_hours"], talks.Claims.Select(c => c.Id));
        var officials = Member<Entity>(assembly, "Entities", "Officials");
        Assert.Equal(["nine_hours", "ten_hours"], officials.ClaimsMade.Select(c => c.Id));
        Assert.Equal(["meeting"], officials.Events.Select(e => e.Id));
        Assert.Equal(["meeting"], Member<Entity>(assembly, "Entities", "Jeddah").Events.Select(e => e.Id));

        var report = Member<Source>(assembly, "Sources", "Report");
        Assert.Equal(3, report.Claims.Count);
        Assert.Equal(2, report.Events.Count);
        Assert.All(report.Claims, c => Assert.Same(report, c.Source));

        var eight = Member<Claim>(assembly, "Claims", "EightHours");
        Assert.Same(Member<Claim>(assembly, "Claims", "NineHours"), eight.SupersededBy);
        Assert.Same(talks, eight.Subject);
        Assert.Same(report, eight.SaidBy);
    }

    [Fact]
    public void Queries_by_status_predicate_and_typed_id()
    {
        var index = Member<Claim>(Generate().Load(), "Claims", "NineHours").Corpus;

        Assert.Equal(["ten_hours"], index.ClaimsWithStatus(ClaimStatus.Retracted).Select(c => c.Id));
        Assert.Empty(index.ClaimsWithStatus(ClaimStatus.Disputed));
        Assert.Equal(3, index.ClaimsWithPredicate("duration").Count);
        Assert.Empty(index.ClaimsWithPredicate("no_such_predicate"));
        Assert.Equal("meeting", index.FindById<Event>("meeting").Id);
        Assert.False(index.TryFindById<Claim>("meeting", out _));
        Assert.Throws<KeyNotFoundException>(() => index.FindById<Claim>("meeting"));
        Assert.Equal(["nine_hours", "ten_hours"], index.ClaimsAbout(index.FindById<Entity>("talks")).Where(c => c.Status != ClaimStatus.Superseded).Select(c => c.Id));
    }

    [Fact]
    public void Date_ranges_respect_precision()
    {
        var index = Member<Claim>(Generate().Load(), "Claims", "NineHours").Corpus;
        DateTime Day(string text) => DateTime.Parse(text, CultureInfo.InvariantCulture);

        // nine_hours is dated March 2025 (month precision): within all of March, only overlapping 10–12 March.
        Assert.Equal(["eight_hours"], index.ClaimsBetween(Day("2025-03-10"), Day("2025-03-12")).Select(c => c.Id));
        Assert.Equal(["eight_hours", "nine_hours"], index.ClaimsBetween(Day("2025-03-10"), Day("2025-03-12"), DateMatch.Overlaps).Select(c => c.Id));
        Assert.Equal(["eight_hours", "nine_hours"], index.ClaimsBetween(Day("2025-03-01"), Day("2025-03-31")).Select(c => c.Id));

        // war is dated 2022 (year precision).
        Assert.Empty(index.EventsBetween(Day("2022-02-01"), Day("2022-02-28")));
        Assert.Equal(["war"], index.EventsBetween(Day("2022-02-01"), Day("2022-02-28"), DateMatch.Overlaps).Select(e => e.Id));
        Assert.Equal(["meeting", "war"], index.EventsBetween(Day("2022-01-01"), Day("2025-12-31")).Select(e => e.Id));

        // talks_lasted is dated March 2025 too.
        Assert.Empty(index.QuotesBetween(Day("2025-03-10"), Day("2025-03-12")));
        Assert.Equal(["talks_lasted"], index.QuotesBetween(Day("2025-03-10"), Day("2025-03-12"), DateMatch.Overlaps).Select(q => q.Id));
    }

    [Fact]
    public void Date_ranges_are_indexed_lists_in_id_order()
    {
        var index = Member<Claim>(Generate().Load(), "Claims", "NineHours").Corpus;
        var march = new DateTime(2025, 3, 1);

        IReadOnlyList<Claim> claims = index.ClaimsBetween(march, march.AddMonths(1).AddDays(-1));
        Assert.Equal(2, claims.Count);
        Assert.Equal(("eight_hours", "nine_hours"), (claims[0].Id, claims[1].Id));
        Assert.Same(index.FindById("nine_hours"), claims[1]);
        Assert.Empty(index.ClaimsBetween(march.AddYears(1), march.AddYears(2)));
        Assert.Empty(index.QuotesBetween(march.AddYears(1), march.AddYears(2), DateMatch.Overlaps));
    }

    [Fact]
    public void Lookups_by_id_and_by_entity_allocate_nothing()
    {
        var index = Member<Claim>(Generate().Load(), "Claims", "NineHours").Corpus;
        var talks = index.FindById<Entity>("talks");
        index.FindById("meeting");
        var report = index.FindById<Source>("report");
        _ = talks.Claims;
        _ = index.FromSource(report);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            index.FindById("meeting");
            index.TryFindById("nine_hours", out _);
            _ = talks.Claims;
            _ = index.ClaimsWithStatus(ClaimStatus.Retracted);
            _ = index.FromSource(report);
            _ = report.Quotes;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Using_a_superseded_or_retracted_claim_warns_with_the_replacement_named()
    {
        var result = Generate("""
            public static class User
            {
                public static object Old => TestCorpus.Claims.EightHours;
                public static int OldValue => TestCorpus.Values.EightHours;
                public static object Withdrawn => TestCorpus.Claims.TenHours;
                public static object Current => TestCorpus.Claims.NineHours;
            }
            """);

        var warnings = result.CompileDiagnostics.Where(d => d.Id == "CS0618").Select(d => d.GetMessage(CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(3, warnings.Count);
        Assert.All(warnings.Take(2), w => Assert.Contains("superseded by Claims.NineHours ('nine_hours')", w));
        Assert.Contains("was retracted: Withdrawn by the report.", warnings[2]);
        Assert.Equal(["CS0618", "CS0618", "CS0618"], result.CompileDiagnostics.Select(d => d.Id));
        Assert.All(result.CompileDiagnostics, d => Assert.Equal("User.cs", d.Location.SourceTree?.FilePath));
    }
}
