using System.Collections;
using System.Globalization;
using System.Reflection;
using FactCorpus.Generator.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Steps = FactCorpus.Generator.FactCorpusGenerator.Steps;

namespace FactCorpus.Generator.Tests;

/// <summary>
/// Incrementality, proved with tracked steps: editing C# re-reads no YAML, editing one YAML file re-reads only
/// that file, and the cached models hold only plain values.
/// </summary>
public class CachingTests
{
    private static readonly AdditionalText[] Files = ShippedCorpus.Files().ToArray();

    private static (GeneratorDriver Driver, Compilation Compilation) FirstRun()
    {
        var compilation = GeneratorHarness.EmptyCompilation("class User { }");
        return (GeneratorHarness.CreateDriver(Files, "FactCorpus").RunGenerators(compilation), compilation);
    }

    [Fact]
    public void Editing_csharp_rereads_no_yaml_and_regenerates_nothing()
    {
        var (driver, compilation) = FirstRun();

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Another { }"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in Steps.All)
        {
            Assert.All(Reasons(result, step), r => Assert.Contains(r, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Editing_an_item_in_one_yaml_file_rereads_and_regenerates_only_that_file()
    {
        var (driver, compilation) = FirstRun();
        var result = Edit(driver, compilation, "entities.facts.yaml", "description: U.S. Secretary of State", "description: US Secretary of State");

        AssertOnlyModified(result, Steps.FactFiles, "entities.facts.yaml");
        Assert.All(Reasons(result, Steps.Articles), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        // A description is not part of what other files see: the symbol table comes out equal.
        Assert.Equal([IncrementalStepRunReason.Unchanged], Reasons(result, Steps.Symbols));
        AssertOnlyModified(result, Steps.ScopedFiles, "entities.facts.yaml");
        AssertOnlyModified(result, Steps.GeneratedFiles, "entities.facts.yaml");
        Assert.All(Reasons(result, Steps.Corpus), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Contains("US Secretary of State", result.GeneratedSources.Single(s => s.HintName == "entities.facts.g.cs").SourceText.ToString());
    }

    [Fact]
    public void Moving_lines_changes_no_other_file()
    {
        var (driver, compilation) = FirstRun();
        // Blank lines shift the location of every later item of the file, and locations are not in the symbol table.
        var result = Edit(driver, compilation, "claims.facts.yaml", "claims:\n", "claims:\n\n\n");

        Assert.Equal([IncrementalStepRunReason.Unchanged], Reasons(result, Steps.Symbols));
        AssertOnlyModified(result, Steps.ScopedFiles, "claims.facts.yaml");
        // The file's code is made again with the new text's hash (its data is rewritten from that text): that file only.
        AssertOnlyModified(result, Steps.GeneratedFiles, "claims.facts.yaml");
        Assert.Single(CodeAndDiagnosticOutputs(result), o => o.Reason != IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void Renaming_an_entity_regenerates_the_files_that_show_its_name_and_no_other()
    {
        var (driver, compilation) = FirstRun();
        var result = Edit(driver, compilation, "entities.facts.yaml", "name: Marco Rubio", "name: Marco A. Rubio");

        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(result, Steps.Symbols));
        var regenerated = Paths(result, Steps.GeneratedFiles, IncrementalStepRunReason.Modified);
        // The entity's own file, and the claims, quotes and events whose hover text names him; the source does not.
        Assert.Equal(["claims.facts.yaml", "entities.facts.yaml", "events.facts.yaml", "quotes.facts.yaml"], regenerated);
        Assert.All(Reasons(result, Steps.Corpus), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void Adding_a_claim_regenerates_its_file_only()
    {
        var (driver, compilation) = FirstRun();
        const string last = "      - \"addresses the frontline war as opposed to merely air and sea operations.\"\n";
        var edited = Files.Single(f => Path.GetFileName(f.Path) == "claims.facts.yaml");
        var text = edited.GetText()!.ToString();
        Assert.EndsWith(last, text.ReplaceLineEndings("\n"));
        var added = text + """
              - id: added_claim
                subject: ceasefire_proposal_30_days
                predicate: covers
                value: { kind: text, text: the frontline war }
                statement: According to Zelenskiy, the ceasefire addresses the frontline war.
                said_by: volodymyr_zelenskiy
                source: us_resumes_assistance_article
                evidence: ["addresses the frontline war"]

            """;

        var result = driver.ReplaceAdditionalText(edited, new InMemoryAdditionalText(edited.Path, added)).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Empty(result.Diagnostics);
        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(result, Steps.Symbols));
        // Every file is scoped again; only the claims file's scope changed, so only its code is made again.
        Assert.Equal(["claims.facts.yaml"], Paths(result, Steps.ScopedFiles, IncrementalStepRunReason.Modified));
        AssertOnlyModified(result, Steps.GeneratedFiles, "claims.facts.yaml");
        Assert.Contains("AddedClaim", result.GeneratedSources.Single(s => s.HintName == "claims.facts.g.cs").SourceText.ToString());
    }

    /// <summary>
    /// The table knows each claim's superseded_by (to find cycles), and a file that names a claim sees its entry:
    /// editing anything else of that claim leaves the other files' scope equal; changing its superseded_by does not.
    /// </summary>
    [Fact]
    public void Only_a_changed_superseded_by_rescopes_the_files_that_name_the_claim()
    {
        const string claim = """
              - id: {0}
                subject: topic
                predicate: figure
                value: {{ kind: text, text: "{1}" }}
                statement: The article says {1}.
                said_by: article
                source: article
                evidence: ["text"]
            {2}
            """;
        static string Claim(string id, string text, string? next = null) =>
            string.Format(CultureInfo.InvariantCulture, claim, id, text, next is null ? "" : $"    status: superseded\n    superseded_by: {next}\n");
        AdditionalText[] files =
        [
            new InMemoryAdditionalText("/c/articles/a.txt", "text"),
            new InMemoryAdditionalText("/c/base.facts.yaml", "sources:\n  - { id: article, title: A, text: articles/a.txt }\nentities:\n  - { id: topic, kind: topic, name: T }\n"),
            new InMemoryAdditionalText("/c/older.facts.yaml", "claims:\n" + Claim("oldest", "one", "old")),
            new InMemoryAdditionalText("/c/old.facts.yaml", "claims:\n" + Claim("old", "two", "current") + Claim("newer", "four")),
            new InMemoryAdditionalText("/c/current.facts.yaml", "claims:\n" + Claim("current", "three")),
        ];
        var compilation = GeneratorHarness.EmptyCompilation();
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);
        Assert.Empty(driver.GetRunResult().Diagnostics);

        var result = ReplaceIn(driver, files[3], "says two", "says 2").RunGenerators(compilation).GetRunResult().Results.Single();
        Assert.Equal(["old.facts.yaml"], Paths(result, Steps.ScopedFiles, IncrementalStepRunReason.Modified));

        result = ReplaceIn(driver, files[3], "superseded_by: current", "superseded_by: newer").RunGenerators(compilation).GetRunResult().Results.Single();
        Assert.Empty(result.Diagnostics);
        Assert.Equal(["old.facts.yaml", "older.facts.yaml"], Paths(result, Steps.ScopedFiles, IncrementalStepRunReason.Modified));
    }

    private static GeneratorDriver ReplaceIn(GeneratorDriver driver, AdditionalText file, string oldText, string newText)
    {
        var text = file.GetText()!.ToString();
        Assert.Contains(oldText, text);
        return driver.ReplaceAdditionalText(file, new InMemoryAdditionalText(file.Path, text.Replace(oldText, newText, StringComparison.Ordinal)));
    }

    /// <summary>
    /// While a file cannot be read to its end, unknown references are not reported; that state reaches only the
    /// files with a reference that does not resolve, so the others stay cached.
    /// </summary>
    [Fact]
    public void Breaking_a_file_leaves_the_files_whose_references_resolve_cached()
    {
        var (driver, compilation) = FirstRun();
        // The last evidence of the claims file loses its closing quote; no other file refers to a claim.
        var result = Edit(driver, compilation, "claims.facts.yaml", "sea operations.\"\n", "sea operations.\n");

        Assert.Equal(["FC0001"], result.Diagnostics.Select(d => d.Id));
        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(result, Steps.Symbols));
        Assert.Equal(["claims.facts.yaml"], Paths(result, Steps.ScopedFiles, IncrementalStepRunReason.Modified));
        AssertOnlyModified(result, Steps.GeneratedFiles, "claims.facts.yaml");
    }

    /// <summary>
    /// Two articles: the talks and meetings files cite the first, the minister file the second; the sources file
    /// declares both and, like the entities file, cites none (a source's declaration reads no article).
    /// </summary>
    private static AdditionalText[] CitingFiles() =>
    [
        new InMemoryAdditionalText("/c/articles/a.txt", "The talks in Jeddah lasted more than eight hours. Rubio met Yermak on Tuesday.\n"),
        new InMemoryAdditionalText("/c/articles/b.txt", "The minister spoke for an hour.\n"),
        new InMemoryAdditionalText("/c/sources.facts.yaml", "sources:\n  - { id: article_a, title: A, text: articles/a.txt }\n  - { id: article_b, title: B, text: articles/b.txt }\n"),
        new InMemoryAdditionalText("/c/entities.facts.yaml", "entities:\n  - { id: talks, kind: topic, name: Talks }\n"),
        new InMemoryAdditionalText("/c/talks.facts.yaml", """
            claims:
              - id: talks_length
                subject: talks
                predicate: duration
                value: { kind: text, text: more than eight hours }
                statement: The talks lasted more than eight hours.
                said_by: article_a
                source: article_a
                evidence: ["lasted more than eight hours"]

            """),
        new InMemoryAdditionalText("/c/meetings.facts.yaml", """
            events:
              - id: tuesday_meeting
                type: meeting
                summary: Rubio met Yermak.
                source: article_a
                evidence: ["Rubio met Yermak"]

            """),
        new InMemoryAdditionalText("/c/minister.facts.yaml", """
            claims:
              - id: speech_length
                subject: talks
                predicate: speech_duration
                value: { kind: text, text: an hour }
                statement: The minister spoke for an hour.
                said_by: article_b
                source: article_b
                evidence: ["spoke for an hour"]

            """),
    ];

    [Fact]
    public void Editing_an_article_revalidates_only_the_files_that_cite_it()
    {
        var files = CitingFiles();
        var compilation = GeneratorHarness.EmptyCompilation();
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);
        Assert.Empty(driver.GetRunResult().Diagnostics);

        // Every excerpt still occurs in the edited article.
        var result = ReplaceIn(driver, files[0], "on Tuesday.", "on Tuesday in Jeddah.").RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Empty(result.Diagnostics);
        Assert.All(Reasons(result, Steps.Symbols), r => Assert.Contains(r, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
        Assert.All(Reasons(result, Steps.ScopedFiles), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        // Every file picks its articles again; only the two that cite the edited one get a changed set.
        Assert.Equal(["meetings.facts.yaml", "talks.facts.yaml"], Paths(result, Steps.CitedArticles, IncrementalStepRunReason.Modified));
        Assert.Equal(["entities.facts.yaml", "minister.facts.yaml", "sources.facts.yaml"], Paths(result, Steps.CitedArticles, IncrementalStepRunReason.Unchanged));
        // Those two are validated again with the same result, so no code is made again and nothing is added again.
        Assert.Equal(["meetings.facts.yaml", "talks.facts.yaml"], Paths(result, Steps.ValidatedFiles, IncrementalStepRunReason.Unchanged));
        Assert.Equal(["entities.facts.yaml", "minister.facts.yaml", "sources.facts.yaml"], Paths(result, Steps.ValidatedFiles, IncrementalStepRunReason.Cached));
        Assert.Equal(["entities.facts.yaml", "meetings.facts.yaml", "minister.facts.yaml", "sources.facts.yaml", "talks.facts.yaml"], Paths(result, Steps.GeneratedFiles, IncrementalStepRunReason.Cached));
        Assert.All(CodeAndDiagnosticOutputs(result), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void An_article_edit_that_breaks_an_excerpt_reports_it_in_the_citing_file_only()
    {
        var files = CitingFiles();
        var compilation = GeneratorHarness.EmptyCompilation();
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);

        // The talks file's evidence no longer occurs; the meetings file cites the same article, and its evidence still does.
        var result = ReplaceIn(driver, files[0], "more than eight hours", "more than nine hours").RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal(["FC3001 talks.facts.yaml(9,16)"], result.Diagnostics.Select(GeneratorResult.Locate));
        Assert.Equal(["talks.facts.yaml"], Paths(result, Steps.ValidatedFiles, IncrementalStepRunReason.Modified));
        Assert.Equal(["meetings.facts.yaml"], Paths(result, Steps.ValidatedFiles, IncrementalStepRunReason.Unchanged));
        Assert.Equal(["talks.facts.yaml"], Paths(result, Steps.GeneratedFiles, IncrementalStepRunReason.Modified));
        Assert.Equal(["entities.facts.yaml", "meetings.facts.yaml", "minister.facts.yaml", "sources.facts.yaml"], Paths(result, Steps.GeneratedFiles, IncrementalStepRunReason.Cached));
        Assert.DoesNotContain("TalksLength", result.GeneratedSources.Single(s => s.HintName == "talks.facts.g.cs").SourceText.ToString());
    }

    /// <summary>
    /// Conflicts are found across files (on the fictional <see cref="BridgeCorpus"/>), but from a projection of each
    /// file's claims, and each file's code takes only its own claims' conflicts: editing a claim in no conflict
    /// re-emits only its file; editing what a conflict's warning says re-emits the files of both its claims.
    /// </summary>
    [Fact]
    public void Editing_a_claim_in_no_conflict_reemits_only_its_own_file()
    {
        var files = BridgeCorpus.AdditionalTexts();
        var gazette = files.Single(f => f.Path.EndsWith("gazette.facts.yaml", StringComparison.Ordinal));
        var courier = files.Single(f => f.Path.EndsWith("courier.facts.yaml", StringComparison.Ordinal));
        var compilation = GeneratorHarness.EmptyCompilation();
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);
        Assert.Equal(4, driver.GetRunResult().Diagnostics.Count(d => d.Id == "FC4001"));

        // The old toll, in no conflict, changes its value: the gazette's projection changes, the corpus's conflicts do not.
        var result = ReplaceIn(driver, gazette, "amount: 2, unit: crowns", "amount: 2.5, unit: crowns").RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal(4, result.Diagnostics.Count(d => d.Id == "FC4001"));
        Assert.Equal(["gazette.facts.yaml"], Paths(result, Steps.ClaimFacts, IncrementalStepRunReason.Modified));
        Assert.Equal([IncrementalStepRunReason.Unchanged], Reasons(result, Steps.Conflicts));
        Assert.Equal(["gazette.facts.yaml"], Paths(result, Steps.GeneratedFiles, IncrementalStepRunReason.Modified));
        Assert.Equal(["bridge.facts.yaml", "courier.facts.yaml"], Paths(result, Steps.GeneratedFiles, IncrementalStepRunReason.Cached));

        // A statement is not part of the projection, even of a claim in a conflict, nor is where on its line a claim's
        // text is: a longer statement leaves the projection equal, and no conflict step runs again.
        result = ReplaceIn(driver, gazette, "said the bridge cost 12 million", "said the new bridge cost 12 million").RunGenerators(compilation).GetRunResult().Results.Single();
        Assert.Equal(["gazette.facts.yaml"], Paths(result, Steps.ClaimFacts, IncrementalStepRunReason.Unchanged));
        Assert.All(Reasons(result, Steps.Conflicts), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Equal(["gazette.facts.yaml"], Paths(result, Steps.GeneratedFiles, IncrementalStepRunReason.Modified));
        Assert.Equal(["bridge.facts.yaml", "courier.facts.yaml"], Paths(result, Steps.GeneratedFiles, IncrementalStepRunReason.Cached));

        // Moving the gazette's claims a line down moves its warnings, and the courier's, which name the gazette's cost
        // by its line: both files are emitted again, the sources and entities file is not.
        result = ReplaceIn(driver, gazette, "claims:\n", "claims:\n\n").RunGenerators(compilation).GetRunResult().Results.Single();
        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(result, Steps.Conflicts));
        Assert.Equal(["courier.facts.yaml", "gazette.facts.yaml"], Paths(result, Steps.GeneratedFiles, IncrementalStepRunReason.Modified));
        Assert.Equal(["bridge.facts.yaml"], Paths(result, Steps.GeneratedFiles, IncrementalStepRunReason.Cached));
        Assert.Contains(result.Diagnostics, d => d.GetMessage().Contains("claims.gazette_cost at gazette.facts.yaml(3,9)"));

        // The Courier's cost, in a conflict, changes its amount: both warnings say so, so both claims' files are emitted again.
        result = ReplaceIn(driver, courier, "amount: 15000000", "amount: 16000000").RunGenerators(compilation).GetRunResult().Results.Single();
        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(result, Steps.Conflicts));
        Assert.Equal(["courier.facts.yaml", "gazette.facts.yaml"], Paths(result, Steps.GeneratedFiles, IncrementalStepRunReason.Modified));
        Assert.Equal(["bridge.facts.yaml"], Paths(result, Steps.GeneratedFiles, IncrementalStepRunReason.Cached));
        Assert.Contains(result.Diagnostics, d => d.Location.GetLineSpan().Path.EndsWith("gazette.facts.yaml", StringComparison.Ordinal) && d.GetMessage().Contains("about 16000000 crowns"));
    }

    private static GeneratorRunResult Edit(GeneratorDriver driver, Compilation compilation, string fileName, string oldText, string newText)
    {
        var edited = Files.Single(f => Path.GetFileName(f.Path) == fileName);
        var text = edited.GetText()!.ToString();
        var replacement = new InMemoryAdditionalText(edited.Path, text.Replace(oldText, newText, StringComparison.Ordinal));
        Assert.NotEqual(text, replacement.GetText().ToString());
        return driver.ReplaceAdditionalText(edited, replacement).RunGenerators(compilation).GetRunResult().Results.Single();
    }

    /// <summary>The step ran once a fact file, modified for <paramref name="fileName"/> only; cached or unchanged for the others.</summary>
    private static void AssertOnlyModified(GeneratorRunResult result, string step, string fileName)
    {
        var reasons = Reasons(result, step);
        Assert.Equal(Files.Count(f => f.Path.EndsWith(".facts.yaml", StringComparison.Ordinal)), reasons.Count);
        Assert.Equal([fileName], Paths(result, step, IncrementalStepRunReason.Modified));
        Assert.All(reasons.Where(r => r != IncrementalStepRunReason.Modified), r => Assert.Contains(r, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
    }

    /// <summary>
    /// The outputs that add code or report diagnostics: not the build's read-ahead (an implementation output), which
    /// runs again on any YAML edit to read what changed (ReadAheadTests), and adds nothing.
    /// </summary>
    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> CodeAndDiagnosticOutputs(GeneratorRunResult result) =>
        result.TrackedOutputSteps[WellKnownGeneratorOutputs.SourceOutput].SelectMany(s => s.Outputs);

    /// <summary>The fact files whose output of <paramref name="step"/> has the given reason, by file name.</summary>
    private static List<string> Paths(GeneratorRunResult result, string step, IncrementalStepRunReason reason) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Where(o => o.Reason == reason)
            .Select(o => FileNameOf(o.Value)).Order(StringComparer.Ordinal).ToList();

    private static string FileNameOf(object value) => value switch
    {
        Model.FactFile file => Path.GetFileName(file.Path),
        Model.ScopedFile scoped => Path.GetFileName(scoped.File.Path),
        Model.CitingFile citing => Path.GetFileName(citing.Scoped.File.Path),
        Model.CheckedFile checkedFile => Path.GetFileName(checkedFile.Validated.Path),
        Model.FileClaimFacts facts => Path.GetFileName(facts.Path),
        Model.GeneratorOutput output => output.HintName!.Replace(".facts.g.cs", ".facts.yaml", StringComparison.Ordinal),
        _ => throw new ArgumentException("not a per-file output: " + value.GetType().Name),
    };

    [Fact]
    public void Pipeline_models_hold_plain_values_only()
    {
        var (driver, _) = FirstRun();
        var result = driver.GetRunResult().Results.Single();

        var forbidden = new[] { typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SourceText), typeof(AdditionalText), typeof(Location) };
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var found = new List<string>();
        var reached = new HashSet<(string Step, Type Type)>();
        foreach (var step in Steps.All)
        {
            foreach (var output in result.TrackedSteps[step].SelectMany(s => s.Outputs))
            {
                Walk(output.Value, step, forbidden, seen, found, reached);
            }
        }

        Assert.True(seen.Count > 500, $"walked only {seen.Count} objects: the walk is not reaching the models");
        // The articles each file cites and the validated file emission reads are walked in their own steps.
        Assert.Contains((Steps.CitedArticles, typeof(Model.ArticleText)), reached);
        Assert.Contains((Steps.ValidatedFiles, typeof(Model.CheckedFile)), reached);
        Assert.Contains((Steps.ValidatedFiles, typeof(Model.ValidatedFile)), reached);
        Assert.Empty(found);
    }

    /// <summary>
    /// The compiler's driver compiles its node tables just-in-time for each value type a node holds, in every build
    /// with a cold compiler; a reference type shares code already compiled (bench/results/generator-cold.md).
    /// </summary>
    [Fact]
    public void Tracked_steps_hold_values_of_reference_types()
    {
        var (driver, _) = FirstRun();
        var result = driver.GetRunResult().Results.Single();

        var valueTypes = Steps.All
            .SelectMany(step => result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => (Step: step, o.Value)))
            .Where(o => o.Value is not null && o.Value.GetType().IsValueType)
            .Select(o => o.Step + ": " + o.Value!.GetType().Name)
            .Distinct()
            .ToList();

        Assert.True(result.TrackedSteps[Steps.Outline].SelectMany(s => s.Outputs).Any(o => o.Value is not null), "Outline has no output to look at");
        Assert.Empty(valueTypes);
    }

    private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();

    /// <param name="reached">Each step with the types reached under it, so a test can tell the walk covers a model.</param>
    private static void Walk(object? value, string path, Type[] forbidden, HashSet<object> seen, List<string> found, HashSet<(string Step, Type Type)> reached)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || value is decimal)
        {
            return;
        }

        var type = value.GetType();
        if (forbidden.Any(f => f.IsAssignableFrom(type)) || type.Namespace?.StartsWith("FactCorpus.Generator.Reading", StringComparison.Ordinal) == true)
        {
            found.Add(path + ": " + type.FullName);
            return;
        }

        // Before the seen check: a step may hold objects an earlier step holds too (the articles a file cites).
        reached.Add((path.Split('.', '[')[0], type));

        // Descriptors are immutable static metadata, the one Roslyn type a DiagnosticInfo may carry.
        if (value is DiagnosticDescriptor || (!type.IsValueType && !seen.Add(value)))
        {
            return;
        }

        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                Walk(item, $"{path}[{i++}]", forbidden, seen, found, reached);
            }

            return;
        }

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Walk(field.GetValue(value), path + "." + field.Name, forbidden, seen, found, reached);
        }
    }
}
