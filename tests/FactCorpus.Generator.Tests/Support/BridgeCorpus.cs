using Microsoft.CodeAnalysis;

namespace FactCorpus.Generator.Tests.Support;

/// <summary>
/// A FICTIONAL corpus written for the conflict tests (issue 11, point 3): two made-up articles, a Gazette and a
/// Courier, on a made-up bridge, which report some things alike and some differently. Its claims conflict in
/// exactly two ways, each reported at both claims: the cost (Gazette 12 million, Courier about 15 million, across the
/// two files) and how long the works took (the mayor's 14 months against the contractor's more than two years, one
/// source, two speakers). Every other pair of one subject and predicate is one of the cases the rule lets through:
/// the same source and speaker (height), times that do not overlap (toll), a superseded claim (opening), ranges that
/// overlap (length) and both disputed with a note (workers, which is still a conflict of the index). Every id sits
/// at column 9; in gazette.facts.yaml on lines 2 (gazette_cost), 11 (works_took_14_months), 19
/// (works_took_over_two_years), 27 and 35 (height_first_given, height_later_given), 43 (gazette_length), 51
/// (gazette_opening), 59 (gazette_old_toll), 68 (gazette_workers); in courier.facts.yaml on lines 2 (courier_cost), 11
/// (courier_length), 19 (courier_opening_may), 30 (courier_opening_june), 38 (courier_toll_now), 47 (courier_workers).
/// </summary>
internal static class BridgeCorpus
{
    public const string Gazette = """
        FICTIONAL ARTICLE, written for the FactCorpus tests: the town, the people, the firms and the events are made up.

        Lowmoor opens its new bridge
        The Lowmoor Gazette (fictional), Monday 3 June 2024

        The new bridge over the river Wend cost 12 million crowns, the town council said on Monday. The council first
        gave its height as 18 metres, and later as 20 metres. The bridge is about 120 metres long.

        Mayor Ada Brill said the works took 14 months. Pellam & Sons, the contractor, said the works took more than two years.

        The bridge opened on 1 June. Last year the toll to cross the Wend was 2 crowns. About 40 workers built it, the council said.
        """;

    public const string Courier = """
        FICTIONAL ARTICLE, written for the FactCorpus tests: the town, the people, the firms and the events are made up.

        The bridge at Lowmoor
        The Wend Valley Courier (fictional), June 2024

        The bridge at Lowmoor cost about 15 million crowns, according to figures seen by the Courier. The bridge is 125
        metres long.

        An earlier edition said the bridge would open in May; it opened in June. The toll is now 3 crowns. The Courier
        counted 55 workers on the site.
        """;

    public const string BridgeFacts = """
        sources:
          - id: gazette
            title: Lowmoor opens its new bridge
            publisher: The Lowmoor Gazette (fictional)
            published: 2024-06-03
            text: articles/gazette.txt
          - id: courier
            title: The bridge at Lowmoor
            publisher: The Wend Valley Courier (fictional)
            published: 2024-06
            text: articles/courier.txt
        entities:
          - id: bridge
            kind: topic
            name: the new bridge over the river Wend
          - id: wend_crossing
            kind: topic
            name: the crossing of the river Wend at Lowmoor
          - id: lowmoor_council
            kind: organization
            name: Lowmoor town council
            aliases: [the council, the town council]
          - id: ada_brill
            kind: person
            name: Ada Brill
            description: Mayor of Lowmoor
          - id: pellam_sons
            kind: organization
            name: Pellam & Sons
            description: the contractor
        """;

    public const string GazetteFacts = """
        claims:
          - id: gazette_cost
            subject: bridge
            predicate: cost
            value: { kind: quantity, amount: 12000000, unit: crowns }
            statement: The town council said the bridge cost 12 million crowns.
            said_by: lowmoor_council
            source: gazette
            date: { on: 2024-06-03, from: "on Monday" }
            evidence: ["The new bridge over the river Wend cost 12 million crowns, the town council said on Monday."]
          - id: works_took_14_months
            subject: bridge
            predicate: works_duration
            value: { kind: duration, amount: 14, unit: month }
            statement: Mayor Ada Brill said the works took 14 months.
            said_by: ada_brill
            source: gazette
            evidence: ["Mayor Ada Brill said the works took 14 months."]
          - id: works_took_over_two_years
            subject: bridge
            predicate: works_duration
            value: { kind: duration, amount: 2, unit: year, bound: more_than }
            statement: Pellam & Sons, the contractor, said the works took more than two years.
            said_by: pellam_sons
            source: gazette
            evidence: ["Pellam & Sons, the contractor, said the works took more than two years."]
          - id: height_first_given
            subject: bridge
            predicate: height
            value: { kind: quantity, amount: 18, unit: metres }
            statement: The council first gave the bridge's height as 18 metres.
            said_by: lowmoor_council
            source: gazette
            evidence: ["The council first gave its height as 18 metres"]
          - id: height_later_given
            subject: bridge
            predicate: height
            value: { kind: quantity, amount: 20, unit: metres }
            statement: The council later gave the bridge's height as 20 metres.
            said_by: lowmoor_council
            source: gazette
            evidence: ["and later as 20 metres"]
          - id: gazette_length
            subject: bridge
            predicate: length
            value: { kind: quantity, amount: 120, unit: metres, bound: approximately }
            statement: The Gazette states that the bridge is about 120 metres long.
            said_by: gazette
            source: gazette
            evidence: ["The bridge is about 120 metres long."]
          - id: gazette_opening
            subject: bridge
            predicate: opened_on
            value: { kind: date, date: { on: 2024-06-01, from: "on 1 June" } }
            statement: The Gazette states that the bridge opened on 1 June.
            said_by: gazette
            source: gazette
            evidence: ["The bridge opened on 1 June."]
          - id: gazette_old_toll
            subject: wend_crossing
            predicate: toll
            value: { kind: quantity, amount: 2, unit: crowns }
            statement: The Gazette states that last year the toll to cross the Wend was 2 crowns.
            said_by: gazette
            source: gazette
            qualifiers: { as_of: { on: 2023, from: "Last year" } }
            evidence: ["Last year the toll to cross the Wend was 2 crowns."]
          - id: gazette_workers
            subject: bridge
            predicate: workers
            value: { kind: quantity, amount: 40, unit: workers, bound: approximately }
            statement: The council said about 40 workers built the bridge.
            said_by: lowmoor_council
            source: gazette
            evidence: ["About 40 workers built it, the council said."]
            status: disputed
            note: The Courier counted 55 workers on the site.
        """;

    public const string CourierFacts = """
        claims:
          - id: courier_cost
            subject: bridge
            predicate: cost
            value: { kind: quantity, amount: 15000000, unit: crowns, bound: approximately }
            statement: The Courier states that the bridge cost about 15 million crowns.
            said_by: courier
            source: courier
            qualifiers: { as_of: 2024-06 }
            evidence: ["The bridge at Lowmoor cost about 15 million crowns"]
          - id: courier_length
            subject: bridge
            predicate: length
            value: { kind: quantity, amount: 125, unit: metres }
            statement: The Courier states that the bridge is 125 metres long.
            said_by: courier
            source: courier
            evidence: ["The bridge is 125 metres long."]
          - id: courier_opening_may
            subject: bridge
            predicate: opened_on
            value: { kind: date, date: 2024-05 }
            statement: An earlier edition of the Courier said the bridge would open in May.
            said_by: courier
            source: courier
            evidence: ["An earlier edition said the bridge would open in May"]
            status: superseded
            superseded_by: courier_opening_june
            note: It opened in June.
          - id: courier_opening_june
            subject: bridge
            predicate: opened_on
            value: { kind: date, date: 2024-06 }
            statement: The Courier states that the bridge opened in June.
            said_by: courier
            source: courier
            evidence: ["it opened in June"]
          - id: courier_toll_now
            subject: wend_crossing
            predicate: toll
            value: { kind: quantity, amount: 3, unit: crowns }
            statement: The Courier states that the toll is now 3 crowns.
            said_by: courier
            source: courier
            qualifiers: { as_of: { on: 2024-06, from: "now" } }
            evidence: ["The toll is now 3 crowns."]
          - id: courier_workers
            subject: bridge
            predicate: workers
            value: { kind: quantity, amount: 55, unit: workers }
            statement: The Courier states that it counted 55 workers on the site.
            said_by: courier
            source: courier
            evidence: ["The Courier counted 55 workers on the site."]
            status: disputed
            note: The Gazette, quoting the council, says about 40.
        """;

    /// <summary>The corpus's files as (path relative to <see cref="GeneratorHarness.Root"/>, text), the two claims files replaced when given.</summary>
    public static (string Path, string Text)[] Files(string? gazette = null, string? courier = null) =>
    [
        ("articles/gazette.txt", Gazette),
        ("articles/courier.txt", Courier),
        ("bridge.facts.yaml", BridgeFacts),
        ("gazette.facts.yaml", gazette ?? GazetteFacts),
        ("courier.facts.yaml", courier ?? CourierFacts),
    ];

    public static AdditionalText[] AdditionalTexts() =>
        Files().Select(f => (AdditionalText)new InMemoryAdditionalText(GeneratorHarness.Root + f.Path, f.Text)).ToArray();
}
