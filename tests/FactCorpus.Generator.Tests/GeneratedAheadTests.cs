using System.Collections.Immutable;
using FactCorpus.Generator.Ahead;
using FactCorpus.Generator.Emitting;
using FactCorpus.Generator.Model;
using FactCorpus.Generator.Tasks;
using FactCorpus.Generator.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactCorpus.Generator.Tests;

/// <summary>
/// The build's task runs the generator's whole run ahead of the compiler (CorpusGeneration), writes its code as files
/// the build compiles and its diagnostics for the build's generator (FactCorpusAheadGenerator), which reports them
/// when they were made from exactly its inputs (Ahead/): they must be exactly what the generator makes, and never be
/// taken for other inputs.
/// </summary>
public class GeneratedAheadTests
{
    private const string AheadPath = GeneratorHarness.Root + "obj/Debug/factcorpus/" + AheadFile.Name;

    private static readonly CSharpParseOptions Build = new(LanguageVersion.Latest, DocumentationMode.None);

    public static TheoryData<string> Corpora => ["shipped", "hostile", "broken", "synthetic", "shipped, docs", "shipped, C# 7.3", "shipped, designTime"];

    private static (AdditionalText[] Texts, CSharpParseOptions Parse, BuildProperties Properties) Corpus(string name)
    {
        var parse = name.EndsWith("docs", StringComparison.Ordinal) ? Build.WithDocumentationMode(DocumentationMode.Diagnose)
            : name.EndsWith("7.3", StringComparison.Ordinal) ? Build.WithLanguageVersion(LanguageVersion.CSharp7_3)
            : Build;
        var properties = GeneratorHarness.Properties("Bench", designTime: name.EndsWith("designTime", StringComparison.Ordinal));
        AdditionalText[] texts = name.Split(',')[0] switch
        {
            "shipped" => [.. ShippedCorpus.Files()],
            "hostile" => InMemory(HostileCorpus.Files),
            // One file that does not parse, one that names an id nobody declares, and an article that is not UTF-8.
            "broken" => [.. ShippedCorpus.Files(), .. InMemory(
                ("broken.facts.yaml", "claims:\n  - id: [a, b\n"),
                ("unknown.facts.yaml", "claims:\n  - id: lone-claim\n    statement: \"A fictional claim.\"\n    about: nobody-declared\n"))],
            // Fictional facts and articles made for the benchmarks, enough to be read ahead on all cores.
            "synthetic" => Synthetic(new FactCorpus.Bench.SyntheticCorpus(2_500, 40)),
            _ => throw new ArgumentException(name),
        };
        return (texts, parse, properties);
    }

    private static AdditionalText[] Synthetic(FactCorpus.Bench.SyntheticCorpus corpus) =>
        [.. corpus.FactFiles.Concat(corpus.Articles).Select(f => (AdditionalText)new InMemoryAdditionalText(GeneratorHarness.Root + f.Path, f.Text))];

    private static AdditionalText[] InMemory(params (string Path, string Text)[] files) =>
        [.. files.Select(f => (AdditionalText)new InMemoryAdditionalText(GeneratorHarness.Root + f.Path, f.Text))];

    /// <summary>The task's run over the inputs the compiler would hand the generator.</summary>
    private static AheadResults Ahead(AdditionalText[] texts, CSharpParseOptions parse, BuildProperties properties) =>
        AheadRun(texts, parse, properties, previous: null).Results;

    /// <summary>The task's run, taking what it can from its last run (<paramref name="previous"/>).</summary>
    internal static (AheadResults Results, AheadCache Cache) AheadRun(AdditionalText[] texts, CSharpParseOptions parse, BuildProperties properties, AheadCache? previous) =>
        CorpusGeneration.Run(
            [.. texts],
            t => CorpusSteps.ReadResourceName(properties.GetOptions(t)),
            CorpusSteps.ReadOptions(properties.GlobalOptions),
            CorpusSteps.ReadProjectTextsProperty(properties.GlobalOptions),
            CorpusSteps.ReadParseSettings(parse, LiteralBudget.CompilerVersion),
            previous,
            CancellationToken.None);

    /// <summary>The results file as the task writes it: the diagnostics alone, its code being compiled as files.</summary>
    private static AdditionalText AheadText(AheadResults results) => new InMemoryAdditionalText(AheadPath, AheadFile.Write(results.WithoutSources())!);

    private sealed record Run(string[] Sources, string[] Diagnostics);

    /// <summary>The generator's own run, as editors and builds with a compiler server get it.</summary>
    private static Run Generate(IEnumerable<AdditionalText> texts, CSharpParseOptions parse, BuildProperties properties) =>
        RunOf(new FactCorpusGenerator(), texts, parse, properties);

    /// <summary>The run of the generator a build gets instead when its code was generated ahead.</summary>
    private static Run Report(IEnumerable<AdditionalText> texts, CSharpParseOptions parse, BuildProperties properties) =>
        RunOf(new FactCorpusAheadGenerator(), texts, parse, properties);

    private static Run RunOf(IIncrementalGenerator generator, IEnumerable<AdditionalText> texts, CSharpParseOptions parse, BuildProperties properties)
    {
        var driver = CSharpGeneratorDriver.Create([generator.AsSourceGenerator()], texts, parse, properties);
        var result = driver.RunGenerators(GeneratorHarness.EmptyCompilation("class User { }")).GetRunResult().Results.Single();
        return new Run([.. result.GeneratedSources.Select(s => s.HintName + "\n" + s.SourceText)], [.. result.Diagnostics.Select(d => d.ToString())]);
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void The_task_makes_exactly_what_the_generator_makes_and_the_build_reports_its_diagnostics(string corpus)
    {
        var (texts, parse, properties) = Corpus(corpus);
        var generated = Generate(texts, parse, properties);
        Assert.NotEmpty(generated.Sources);

        var ahead = Ahead(texts, parse, properties);
        Assert.Equal(generated.Sources, ahead.Outputs.Where(o => o.Source is not null).Select(o => o.HintName + "\n" + o.Source));

        // The code is the build's own files then: the build's generator adds none, and reports the same diagnostics.
        var taken = Report([.. texts, AheadText(ahead)], parse, properties);
        Assert.Empty(taken.Sources);
        Assert.Equal(generated.Diagnostics, taken.Diagnostics);

        // Without results, it reports nothing.
        var none = Report(texts, parse, properties);
        Assert.Empty(none.Sources);
        Assert.Empty(none.Diagnostics);
    }

    /// <summary>What the key holds: not the texts, which MSBuild follows (the task runs again when one is newer than its results).</summary>
    public static TheoryData<string> Changes => ["a file added", "a file removed", "the namespace", "the resource name", "doc comments read", "the C# version"];

    /// <summary>
    /// Results made from other inputs cannot be replaced by the generator's own, as their code is already compiled:
    /// one FC0009 says what differs, at the file that does when one does, and nothing is generated or read.
    /// </summary>
    [Theory]
    [MemberData(nameof(Changes))]
    public void Results_made_from_other_inputs_are_never_taken_and_FC0009_says_what_differs(string change)
    {
        var (texts, parse, properties) = Corpus("shipped");
        var ahead = Ahead(texts, parse, properties);

        var changed = texts;
        var changedParse = parse;
        var changedProperties = properties;
        var factFile = Array.FindIndex(texts, t => CorpusSteps.IsFactFile(t.Path));
        switch (change)
        {
            case "a file added":
                changed = [.. texts, .. InMemory(("more.facts.yaml", "entities:\n  - id: fictional-person\n    name: \"A Fictional Person\"\n    type: person\n"))];
                break;
            case "a file removed":
                changed = [.. texts.Where((_, i) => i != factFile)];
                break;
            case "the namespace":
                changedProperties = GeneratorHarness.Properties("Elsewhere");
                break;
            case "the resource name":
                changedProperties = new BuildProperties(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Bench", ["build_property.DesignTimeBuild"] = "" }, resource: path => "FactCorpus.Data/moved/" + Path.GetFileName(path));
                break;
            case "doc comments read":
                changedParse = parse.WithDocumentationMode(DocumentationMode.Parse);
                break;
            case "the C# version":
                changedParse = parse.WithLanguageVersion(LanguageVersion.CSharp7_3);
                break;
        }

        var withStale = Report([.. changed, AheadText(ahead)], changedParse, changedProperties);

        Assert.Empty(withStale.Sources);
        var error = Assert.Single(withStale.Diagnostics);
        var (place, words) = change switch
        {
            "a file added" => ("more.facts.yaml(1,1)", "the compiler gets the file " + GeneratorHarness.Root + "more.facts.yaml, which the code was not made from"),
            "a file removed" => (AheadFile.Name + "(1,1)", "the code was made from the file " + texts[factFile].Path + ", which the compiler does not get"),
            "the namespace" => (AheadFile.Name + "(1,1)", "FactCorpusNamespace (or RootNamespace) differs ('Bench' ahead, 'Elsewhere' in the compiler)"),
            "the resource name" => (".facts.yaml(1,1)", ".facts.yaml differs ('FactCorpus.Data/"),
            "doc comments read" => (AheadFile.Name + "(1,1)", "whether doc comments are read differs ('no' ahead, 'yes' in the compiler)"),
            _ => (AheadFile.Name + "(1,1)", "the C# version differs"),
        };
        Assert.Contains(place + ": error FC0009: The C# that MSBuild generated ahead of the compiler from the *.facts.yaml files", error);
        Assert.Contains(words, error);
    }

    [Fact]
    public void A_damaged_or_foreign_results_file_is_one_FC0009()
    {
        var (texts, parse, properties) = Corpus("shipped");
        var written = AheadFile.Write(Ahead(texts, parse, properties).WithoutSources())!;

        foreach (var damaged in new[] { written[..(written.Length / 2)], written + "9:trailing!", "", "not a results file", written.Replace("FactCorpus.GeneratedAhead/2", "FactCorpus.GeneratedAhead/1") })
        {
            var run = Report([.. texts, new InMemoryAdditionalText(AheadPath, damaged)], parse, properties);
            Assert.Empty(run.Sources);
            Assert.Contains(AheadFile.Name + "(1,1): error FC0009:", Assert.Single(run.Diagnostics));
            Assert.Contains("does not fit this compilation: the results file cannot be read.", run.Diagnostics[0]);
        }

        // Two results files.
        var two = Report([.. texts, new InMemoryAdditionalText(AheadPath, written), new InMemoryAdditionalText(GeneratorHarness.Root + "other/" + AheadFile.Name, written)], parse, properties);
        Assert.Empty(two.Sources);
        Assert.Contains("the project hands the compiler 2 files named " + AheadFile.Name, Assert.Single(two.Diagnostics));
    }

    [Fact]
    public void The_results_file_keeps_every_string_and_location_as_written()
    {
        var location = new LocationInfo(GeneratorHarness.Root + "a: b/é.facts.yaml", 3, 9, 0, 3, 1, 2);
        var diagnostic = new FactCorpus.Generator.Diagnostics.DiagnosticInfo(FactCorpus.Generator.Diagnostics.Descriptors.EvidenceNotFound, location, ImmutableArray.Create([.. HostileCorpus.Strings, "", "12:34"]).ToEquatableArray(), ImmutableArray.Create(location with { StartLine = 40 }).ToEquatableArray());
        var results = new AheadResults("key", ImmutableArray.Create(
            new GeneratorOutput("a.g.cs", GeneratedCode.Of(string.Join("\n", HostileCorpus.Strings)), ImmutableArray.Create(diagnostic).ToEquatableArray(), true),
            new GeneratorOutput(null, null, ImmutableArray.Create(diagnostic with { AdditionalLocations = default }).ToEquatableArray(), false)).ToEquatableArray());

        Assert.Equal(results, AheadFile.Read(AheadFile.Write(results)!));

        // UTF-8, in which the compiler reads the file, cannot carry a lone surrogate: such results are not written.
        Assert.Null(AheadFile.Write(results with { Outputs = ImmutableArray.Create(new GeneratorOutput("b.g.cs", GeneratedCode.Of("lone \uD800 surrogate"), default, false)).ToEquatableArray() }));
    }

    [Fact]
    public void Editing_CSharp_leaves_the_results_taken_and_reads_nothing()
    {
        var (texts, parse, properties) = Corpus("shipped");
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new FactCorpusAheadGenerator().AsSourceGenerator()],
            [.. texts, AheadText(Ahead(texts, parse, properties))],
            parse,
            properties,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGenerators(GeneratorHarness.EmptyCompilation("class User { }"));
        var result = driver.RunGenerators(GeneratorHarness.EmptyCompilation("class User { int edited; }")).GetRunResult().Results.Single();

        Assert.All(result.TrackedSteps[FactCorpusAheadGenerator.Step], step => Assert.All(step.Outputs, o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason)));
        Assert.Empty(result.GeneratedSources);
    }

    [Theory]
    [InlineData("latest", "10.0.401", 1400)]
    [InlineData("", "10.0.100", 1400)]
    [InlineData("default", "8.0.404", 1200)]
    [InlineData("LatestMajor", "9.0.100", 1300)]
    [InlineData("7.3", "10.0.401", 703)]
    [InlineData("12", "10.0.401", 1200)]
    [InlineData("12.0", "10.0.401", 1200)]
    [InlineData("preview", "10.0.401", (int)LanguageVersion.Preview)]
    [InlineData("latest", "7.0.100", null)]
    [InlineData("experimental", "10.0.401", null)]
    public void The_task_knows_the_CSharp_version_the_compiler_will_use(string langVersion, string sdk, int? expected)
    {
        Assert.Equal(expected, CompilerSettings.LanguageVersion(langVersion, sdk));
        if (expected is { } known && known != (int)LanguageVersion.Preview && langVersion.Length > 0 && char.IsDigit(langVersion[0]))
        {
            Assert.True(LanguageVersionFacts.TryParse(langVersion, out var roslyn));
            Assert.Equal(known, (int)roslyn.MapSpecifiedToEffectiveVersion());
        }
    }

    [Theory]
    [InlineData(";experimental-data-section-string-literals=1000", "10.0.401", 1000)]
    [InlineData("a=b,experimental-data-section-string-literals=5;c", "10.0.401", 5)]
    [InlineData("experimental-data-section-string-literals", "10.0.401", 100)]
    [InlineData("experimental-data-section-string-literals=1000;experimental-data-section-string-literals=off", "10.0.401", null)]
    [InlineData("experimental-data-section-string-literals=1000", "8.0.404", null)]
    [InlineData("", "10.0.401", null)]
    public void The_task_reads_the_data_section_feature_as_the_compiler_does(string features, string sdk, int? expected)
    {
        Assert.Equal(expected, CompilerSettings.DataSectionThreshold(features, sdk));
    }
}
