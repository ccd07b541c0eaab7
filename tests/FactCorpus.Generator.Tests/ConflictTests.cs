using System.Collections.Immutable;
using System.Globalization;
using FactCorpus.Generator.Model;
using FactCorpus.Generator.Tests.Support;
using FactCorpus.Generator.Validation;
using FactCorpus.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Bound = FactCorpus.Generator.Model.Bound;
using ClaimStatus = FactCorpus.Generator.Model.ClaimStatus;
using TimeUnit = FactCorpus.Generator.Model.TimeUnit;

namespace FactCorpus.Generator.Tests;

/// <summary>
/// Issue 11, point 3: claims that contradict each other across sources (FC4001), on the fictional
/// <see cref="BridgeCorpus"/>: the warning at both claims of each conflict with exact positions, each case the rule
/// lets through (and that it stops letting through once the case is undone), the index, the hover, the same result
/// whatever the file order, and the rule value kind by value kind.
/// </summary>
public class ConflictTests
{
    /// <summary>The corpus's four warnings: each conflict at both of its claims.</summary>
    private static readonly string[] Expected =
    [
        "FC4001 courier.facts.yaml(2,9)",
        "FC4001 gazette.facts.yaml(11,9)",
        "FC4001 gazette.facts.yaml(19,9)",
        "FC4001 gazette.facts.yaml(2,9)",
    ];

    private static GeneratorResult Run(string? gazette = null, string? courier = null) => GeneratorHarness.Run(BridgeCorpus.Files(gazette, courier));

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    private static Diagnostic At(GeneratorResult result, string located) => result.Diagnostics.Single(d => GeneratorResult.Locate(d) == located);

    [Fact]
    public void Each_conflict_is_a_warning_at_both_claims_naming_the_other_and_nothing_else_is_reported()
    {
        var result = Run();

        Assert.Null(result.Exception);
        Assert.Equal(Expected, result.Located.Order(StringComparer.Ordinal));
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Equal(
            "claims.gazette_cost says the cost of bridge is 12000000 crowns (said by lowmoor_council, reported by gazette, stated 2024-06-03), "
            + "but claims.courier_cost at courier.facts.yaml(2,9) says about 15000000 crowns (said by courier, reported by courier, as of 2024-06): "
            + "both cannot hold at one time. If the sources disagree, mark both claims 'status: disputed' with a 'note'; "
            + "if one replaces the other, mark the older 'status: superseded' with 'superseded_by'",
            Message(At(result, "FC4001 gazette.facts.yaml(2,9)")));
        Assert.StartsWith(
            "claims.courier_cost says the cost of bridge is about 15000000 crowns (said by courier, reported by courier, as of 2024-06), but claims.gazette_cost at gazette.facts.yaml(2,9) says 12000000 crowns (said by lowmoor_council",
            Message(At(result, "FC4001 courier.facts.yaml(2,9)")));
        // One source, two speakers: a month is 28 to 31 days, a year at least 365, so 14 months is under 2 years.
        Assert.StartsWith(
            "claims.works_took_14_months says the works duration of bridge is 14 months (said by ada_brill, reported by gazette), but claims.works_took_over_two_years at gazette.facts.yaml(19,9) says more than 2 years (said by pellam_sons, reported by gazette):",
            Message(At(result, "FC4001 gazette.facts.yaml(11,9)")));
        Assert.Contains("claims.works_took_14_months at gazette.facts.yaml(11,9) says 14 months", Message(At(result, "FC4001 gazette.facts.yaml(19,9)")));
        // A warning leaves nothing out: every claim is generated, and the code compiles without a warning (the hovers' links resolve).
        Assert.Empty(result.CompileDiagnostics.Select(d => d.ToString()));
        var claims = result.Load().GetType("TestCorpus.Corpus")!.GetProperty("Index")!.GetValue(null) is CorpusIndex index ? index.Claims : [];
        Assert.Equal(15, claims.Count);
    }

    /// <summary>
    /// Each case the rule lets through, undone by one edit: the conflict it hid is then reported at both claims, and
    /// nothing else changes. So each case is what keeps its pair from being reported.
    /// </summary>
    [Theory]
    // Ada Brill's own sentence comes in as a second excerpt, so that her claim still names her (FC3004).
    [InlineData("same source and speaker", "gazette", "    said_by: lowmoor_council\n    source: gazette\n    evidence: [\"and later", "    said_by: ada_brill\n    source: gazette\n    evidence: [\"Mayor Ada Brill said\", \"and later", "gazette.facts.yaml(27,9)", "gazette.facts.yaml(35,9)")]
    [InlineData("times that do not overlap", "courier", "as_of: { on: 2024-06, from: \"now\" }", "as_of: { on: 2023-11, from: \"now\" }", "courier.facts.yaml(38,9)", "gazette.facts.yaml(59,9)")]
    [InlineData("a superseded claim", "courier", "    status: superseded\n    superseded_by: courier_opening_june\n", "", "courier.facts.yaml(19,9)", "gazette.facts.yaml(51,9)")]
    [InlineData("ranges that overlap", "gazette", "amount: 120, unit: metres, bound: approximately", "amount: 120, unit: metres", "courier.facts.yaml(11,9)", "gazette.facts.yaml(43,9)")]
    [InlineData("both disputed with a note", "courier", "    note: The Gazette, quoting the council, says about 40.\n", "", "courier.facts.yaml(47,9)", "gazette.facts.yaml(68,9)")]
    [InlineData("both disputed with a note", "courier", "    status: disputed\n    note: The Gazette, quoting the council, says about 40.\n", "", "courier.facts.yaml(47,9)", "gazette.facts.yaml(68,9)")]
    public void A_case_the_rule_lets_through_is_reported_once_undone(string @case, string file, string oldText, string newText, string first, string second)
    {
        var original = file == "gazette" ? BridgeCorpus.GazetteFacts : BridgeCorpus.CourierFacts;
        var text = original.ReplaceLineEndings("\n") + "\n";
        Assert.Contains(oldText, text);
        var edited = text.Replace(oldText, newText, StringComparison.Ordinal);

        var result = file == "gazette" ? Run(gazette: edited) : Run(courier: edited);

        Assert.True(
            Expected.Append("FC4001 " + first).Append("FC4001 " + second).Order(StringComparer.Ordinal).SequenceEqual(result.Located.Order(StringComparer.Ordinal)),
            @case + ": " + string.Join(", ", result.Located.Order(StringComparer.Ordinal)));
        Assert.Empty(result.CompileDiagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void The_index_lists_each_conflict_once_including_the_disputed_one_and_claims_list_each_other()
    {
        var assembly = Run().Load();
        var index = (CorpusIndex)assembly.GetType("TestCorpus.Corpus")!.GetProperty("Index")!.GetValue(null)!;
        Claim Claim(string name) => (Claim)assembly.Member("TestCorpus.Claims", name)!;

        Assert.Equal(
            ["courier_cost / gazette_cost", "courier_workers / gazette_workers", "works_took_14_months / works_took_over_two_years"],
            index.Conflicts.Select(c => c.First.Id + " / " + c.Second.Id));
        Assert.Same(Claim("GazetteCost"), index.Conflicts[0].Second);
        Assert.Equal([Claim("CourierCost")], Claim("GazetteCost").ConflictsWith);
        Assert.Equal([Claim("GazetteCost")], Claim("CourierCost").ConflictsWith);
        Assert.Equal([Claim("CourierWorkers")], index.ConflictsOf(Claim("GazetteWorkers")));
        Assert.Empty(Claim("GazetteLength").ConflictsWith);
        Assert.Empty(Claim("HeightLaterGiven").ConflictsWith);
        // The superseded claim is in the index, in no conflict.
        Assert.Empty(index.FindById<Claim>("courier_opening_may").ConflictsWith);
    }

    [Fact]
    public void The_hover_of_each_claim_in_a_conflict_links_to_the_other()
    {
        var result = Run();
        var gazette = result.Sources.Single(s => s.HintName == "gazette.facts.g.cs").Source;
        var courier = result.Sources.Single(s => s.HintName == "courier.facts.g.cs").Source;

        Assert.Contains("/// <para>Conflicts with <see cref=\"Claims.CourierCost\"/>.</para>", gazette);
        Assert.Contains("/// <para>Conflicts with <see cref=\"Claims.GazetteCost\"/>.</para>", courier);
        Assert.Contains("/// <para>Conflicts with <see cref=\"Claims.WorksTookOverTwoYears\"/>.</para>", gazette);
        Assert.Contains("/// <para>Conflicts with <see cref=\"Claims.WorksTook14Months\"/>.</para>", gazette);
        // A known conflict is still one: the disputed claims link to each other after their status and note.
        Assert.Contains("Status: DISPUTED. The Gazette, quoting the council, says about 40.</para>\n        /// <para>Conflicts with <see cref=\"Claims.GazetteWorkers\"/>.</para>", courier.ReplaceLineEndings("\n"));
        // Of the gazette: its cost, both works durations and its workers; of the courier: its cost and its workers.
        Assert.Equal(4, gazette.Split("Conflicts with").Length - 1);
        Assert.Equal(2, courier.Split("Conflicts with").Length - 1);
        Assert.Empty(result.CompileDiagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Diagnostics_and_code_do_not_depend_on_the_file_order()
    {
        static (string Diagnostics, string Code) Generate(IEnumerable<AdditionalText> files)
        {
            var result = GeneratorHarness.Run(files);
            return (
                string.Join("\n", result.Diagnostics.Select(d => GeneratorResult.Locate(d) + " " + Message(d)).Order(StringComparer.Ordinal)),
                string.Join("\n", result.Sources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => s.HintName + "\n" + s.Source)));
        }

        var files = BridgeCorpus.AdditionalTexts();
        var forward = Generate(files);

        Assert.Equal(forward, Generate(files.Reverse()));
        Assert.Equal(forward, Generate(files.Skip(3).Concat(files.Take(3))));
        Assert.Contains("FC4001 gazette.facts.yaml(2,9)", forward.Diagnostics);
    }

    [Fact]
    public async Task At_design_time_the_analyzer_reports_the_conflicts_as_the_generator_does_in_a_build()
    {
        var files = BridgeCorpus.AdditionalTexts();
        var options = new AnalyzerOptions([.. files], GeneratorHarness.Properties(designTime: true));
        var fromAnalyzer = await GeneratorHarness.EmptyCompilation().WithAnalyzers([new FactCorpusAnalyzer()], options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        Assert.Equal(Expected, fromAnalyzer.Select(GeneratorResult.Locate).Order(StringComparer.Ordinal));
        Assert.Equal(Run().Diagnostics.Select(Message).Order(StringComparer.Ordinal), fromAnalyzer.Select(Message).Order(StringComparer.Ordinal));
        Assert.Empty(GeneratorHarness.Run(files, designTime: true).Diagnostics);
    }

    /// <summary>When claims are C# 14 extension members, the link names the other claim's extension block, found from its own file's key.</summary>
    [Fact]
    public void The_hover_link_names_the_other_claims_extension_block_when_claims_are_extension_members()
    {
        var files = BridgeCorpus.AdditionalTexts();
        var facts = files.Where(f => CorpusSteps.IsFactFile(f.Path)).Select(f => CorpusSteps.ReadFactFile(f, CancellationToken.None)).ToImmutableArray();
        var articles = files.Where(f => !CorpusSteps.IsFactFile(f.Path)).Select(f => CorpusSteps.ReadArticle(f, CancellationToken.None)).ToImmutableArray();
        var symbols = CorpusSteps.Link(facts.Select(CorpusSteps.Declare).ToImmutableArray(), articles.Select(a => a.Path).ToImmutableArray(), EquatableArray<string>.Empty);
        var readable = CorpusSteps.Readable(articles, articles.Select(_ => (Diagnostics.DiagnosticInfo?)null).ToImmutableArray());
        var validated = facts.Select(f => CorpusSteps.Validate(CorpusSteps.Cite(CorpusSteps.Scope(f, symbols), readable))).ToImmutableArray();
        var conflicts = CorpusSteps.FindConflicts(validated.Select(CorpusSteps.ProjectClaims).ToImmutableArray());
        var gazette = CorpusSteps.WithConflicts(validated.Single(v => v.Validated.Path.EndsWith("gazette.facts.yaml", StringComparison.Ordinal)), conflicts);

        var output = CorpusSteps.GenerateFile(gazette, new CorpusOptions("TestCorpus", DiagnosticsReporter.Generator, Docs: true, InExtensionBlocks: ItemKind.Claim));

        Assert.Contains("/// <para>Conflicts with <see cref=\"Claims_courier.extension(Claims).CourierCost\"/>.</para>", output.Source!.ToString());
        Assert.Contains("/// <para>Conflicts with <see cref=\"Claims_gazette.extension(Claims).WorksTook14Months\"/>.</para>", output.Source!.ToString());
    }

    /// <summary>The generator never throws: a failure to take a file's claims or to compare them is FC0002, reported once, by whoever reports.</summary>
    [Fact]
    public void A_failure_to_find_conflicts_is_FC0002_and_no_exception()
    {
        var broken = Claim("2025-03") with { Value = TextValue(null!), SaidBy = "another speaker" };
        var files = ImmutableArray.Create(new FileClaimFacts("/corpus/b.facts.yaml", ImmutableArray.Create(Claim("2025-03"), broken with { Id = "d" }).ToEquatableArray()));

        var conflicts = CorpusSteps.FindConflicts(files);

        var problem = Assert.Single(conflicts.Problems);
        Assert.Equal(("FC0002", "/corpus/b.facts.yaml"), (problem.Descriptor.Id, problem.Location.FilePath));
        Assert.Empty(conflicts.For("/corpus/b.facts.yaml"));
        Assert.True(CorpusSteps.ReportConflictProblems(conflicts, new CorpusOptions("N", DiagnosticsReporter.Generator)).ReportDiagnostics);
        Assert.False(CorpusSteps.ReportConflictProblems(conflicts, new CorpusOptions("N", DiagnosticsReporter.Analyzer)).ReportDiagnostics);

        // A file whose claims cannot be taken (here a claim without the subject validation guarantees) is left out, with FC0002 at it.
        var claim = new ClaimSpec(new LocatedText("c", Nowhere), null, "p", TextValue("t"), "s", null, null, null, EquatableArray<LocatedText>.Empty, null, EquatableArray<LocatedText>.Empty, ClaimStatus.Reported, null, null, false);
        var items = CorpusItems.Empty with { Claims = ImmutableArray.Create(claim).ToEquatableArray() };
        var validated = new ValidatedFile("/corpus/c.facts.yaml", items, EquatableArray<Diagnostics.DiagnosticInfo>.Empty, new FactFile("/corpus/c.facts.yaml", items, EquatableArray<Diagnostics.DiagnosticInfo>.Empty, AllIdsRead: true, TextHash: 0));
        var symbols = new CorpusSymbols(EquatableArray<SymbolEntry>.Empty, EquatableArray<FactFileEntry>.Empty, EquatableArray<Diagnostics.DiagnosticInfo>.Empty, hasUnreadIds: false);
        var projected = CorpusSteps.ProjectClaims(new CheckedFile(validated, symbols));
        Assert.Equal("FC0002", projected.Failure?.Descriptor.Id);
        Assert.Equal(["FC0002"], CorpusSteps.FindConflicts([projected]).Problems.Select(p => p.Descriptor.Id));
    }

    // ---- the rule, value kind by value kind ------------------------------------------------------------------------

    private static ValueSpec Quantity(decimal amount, string unit, Bound bound = Bound.Exact) =>
        new(ValueKind.Quantity, amount, unit, default, bound, null, null, "");

    private static ValueSpec Duration(decimal amount, TimeUnit unit, Bound bound = Bound.Exact) =>
        new(ValueKind.Duration, amount, "", unit, bound, null, null, "");

    private static DateSpec Date(string text)
    {
        var parts = text.Split('-').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return new DateSpec(parts[0], parts.Length > 1 ? parts[1] : 0, parts.Length > 2 ? parts[2] : 0, null, FactCorpus.Generator.Model.DateOrigin.Source);
    }

    private static readonly LocationInfo Nowhere = LocationInfo.StartOf("/corpus/x.facts.yaml");

    private static ValueSpec DateValue(string date) => new(ValueKind.Date, 0, "", default, Bound.Exact, Date(date), null, "");

    private static ValueSpec EntityValue(string id) => new(ValueKind.Entity, 0, "", default, Bound.Exact, null, new LocatedText(id, Nowhere), "");

    private static ValueSpec TextValue(string text) => new(ValueKind.Text, 0, "", default, Bound.Exact, null, null, text);

    /// <summary>Each case by its name: xunit shows the name, and the specs are internal types.</summary>
    private static readonly Dictionary<string, (ValueSpec A, ValueSpec B, bool Conflict)> ValueCases = new List<(string, ValueSpec, ValueSpec, bool)>
    {
        ("8 and 8", Quantity(8, "people"), Quantity(8, "people"), false),
        ("8 and 9", Quantity(8, "people"), Quantity(9, "people"), true),
        ("more than 8 and 8: 8 is excluded", Quantity(8, "people", Bound.MoreThan), Quantity(8, "people"), true),
        ("at least 8 and 8", Quantity(8, "people", Bound.AtLeast), Quantity(8, "people"), false),
        ("at least 8 and at most 8 share 8", Quantity(8, "people", Bound.AtLeast), Quantity(8, "people", Bound.AtMost), false),
        ("more than 8 and at most 8", Quantity(8, "people", Bound.MoreThan), Quantity(8, "people", Bound.AtMost), true),
        ("less than 8 and more than 8", Quantity(8, "people", Bound.LessThan), Quantity(8, "people", Bound.MoreThan), true),
        ("less than 8 and less than 2", Quantity(8, "people", Bound.LessThan), Quantity(2, "people", Bound.LessThan), false),
        ("more than 8 and about 9", Quantity(8, "people", Bound.MoreThan), Quantity(9, "people", Bound.Approximately), false),
        ("about 40 reaches 44", Quantity(40, "workers", Bound.Approximately), Quantity(44, "workers"), false),
        ("about 40 does not reach 45", Quantity(40, "workers", Bound.Approximately), Quantity(45, "workers"), true),
        ("about -10 reaches -11", Quantity(-10, "degrees", Bound.Approximately), Quantity(-11, "degrees"), false),
        ("units are not converted", Quantity(8, "USD"), Quantity(9, "EUR"), false),
        ("units ignore case", Quantity(5, "Percent"), Quantity(6, "percent "), true),
        ("1 month and 30 days", Duration(1, TimeUnit.Month), Duration(30, TimeUnit.Day), false),
        ("1 month and 4 weeks", Duration(1, TimeUnit.Month), Duration(4, TimeUnit.Week), false),
        ("1 month and 2 weeks", Duration(1, TimeUnit.Month), Duration(2, TimeUnit.Week), true),
        ("8 hours and 480 minutes", Duration(8, TimeUnit.Hour), Duration(480, TimeUnit.Minute), false),
        ("1 year and 366 days", Duration(1, TimeUnit.Year), Duration(366, TimeUnit.Day), false),
        ("1 year and 367 days", Duration(1, TimeUnit.Year), Duration(367, TimeUnit.Day), true),
        ("14 months and more than 2 years", Duration(14, TimeUnit.Month), Duration(2, TimeUnit.Year, Bound.MoreThan), true),
        ("an amount too large to scale is compared with nothing", Duration(79_000_000_000_000_000_000_000_000_000m, TimeUnit.Year), Duration(1, TimeUnit.Day), false),
        ("May and 1 June", DateValue("2024-05"), DateValue("2024-06-01"), true),
        ("June and 1 June", DateValue("2024-06"), DateValue("2024-06-01"), false),
        ("2024 and 31 December 2024", DateValue("2024"), DateValue("2024-12-31"), false),
        ("2014 and 2015", DateValue("2014"), DateValue("2015"), true),
        ("two entities", EntityValue("crimea"), EntityValue("donbas"), true),
        ("one entity", EntityValue("crimea"), EntityValue("crimea"), false),
        ("two texts", TextValue("a long-term peace"), TextValue("a short truce"), true),
        ("one text, spaced, cased and quoted otherwise", TextValue("A  \u201Clong-term\u201D peace"), TextValue("a \"long-term\" peace"), false),
        ("kinds are not compared", Quantity(8, "days"), Duration(9, TimeUnit.Day), false),
    }.ToDictionary(c => c.Item1, c => (c.Item2, c.Item3, c.Item4));

    public static TheoryData<string> Values() => new(ValueCases.Keys);

    [Theory]
    [MemberData(nameof(Values))]
    public void Values_that_cannot_both_hold(string @case)
    {
        var (a, b, conflict) = ValueCases[@case];
        Assert.True(conflict == ClaimConflicts.CannotBothHold(a, b), @case);
        Assert.True(conflict == ClaimConflicts.CannotBothHold(b, a), @case + " (the other way round)");
    }

    private static ClaimFacts Claim(string? date, string? asOf = null) =>
        new("c", "/corpus/x.facts.yaml", 0, 0, "x", "s", "p", TextValue("t"), "speaker", "source", date is null ? null : Date(date), asOf is null ? null : Date(asOf), false);

    [Theory]
    [InlineData("2025-03", "2025-03-11", true)]
    [InlineData("2025", "2025-12", true)]
    [InlineData("2025-03", "2025-04", false)]
    [InlineData("2025-03-11", "2025-03-12", false)]
    [InlineData("2024-12-31", "2025", false)]
    [InlineData(null, "2025-03-11", true)]
    public void Times_overlap_when_their_spans_share_a_day(string? a, string? b, bool overlap)
    {
        Assert.Equal(overlap, ClaimConflicts.OverlapInTime(Claim(a), Claim(b)));
        Assert.Equal(overlap, ClaimConflicts.OverlapInTime(Claim(b), Claim(a)));
    }

    [Fact]
    public void A_claim_holds_at_its_as_of_rather_than_when_it_was_made()
    {
        // Said in 2025 of 2023: it overlaps 2023, not 2025.
        Assert.True(ClaimConflicts.OverlapInTime(Claim("2025-03-11", asOf: "2023"), Claim("2023-06")));
        Assert.False(ClaimConflicts.OverlapInTime(Claim("2025-03-11", asOf: "2023"), Claim("2025-03-11")));
    }
}
