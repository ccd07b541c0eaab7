using System.Collections.Immutable;
using FactCorpus.Generator;
using FactCorpus.Generator.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FactCorpus.Bench;

/// <summary>What the benchmarks share: a synthetic corpus as AdditionalTexts, a compilation, a driver, a parser pass.</summary>
public sealed class Harness
{
    private static readonly ImmutableArray<MetadataReference> References =
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "netstandard.dll" or "System.Collections.dll" or "System.Linq.dll")
            .Append(typeof(FactCorpus.Model.Claim).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();

    /// <summary>
    /// As the package's props compile a corpus project: the data-section feature on with its threshold, the SDK's
    /// C# version (14: extension blocks past 60,000 items of a kind), docs parsed as an editor does.
    /// </summary>
    public static readonly CSharpParseOptions EditorParseOptions = new CSharpParseOptions(LanguageVersion.CSharp14, DocumentationMode.Parse)
        .WithFeatures([new KeyValuePair<string, string>("experimental-data-section-string-literals", "1000")]);

    /// <param name="documentation">
    /// Parse (an editor, the default), None (a `dotnet build` without a doc file: no docs generated) or Diagnose
    /// (a build that writes the doc file, as `dotnet pack` does).
    /// </param>
    public Harness(int claims, int files, DocumentationMode documentation = DocumentationMode.Parse)
    {
        ParseOptions = EditorParseOptions.WithDocumentationMode(documentation);
        Corpus = new SyntheticCorpus(claims, files);
        Compilation = CSharpCompilation.Create("Bench", [CSharpSyntaxTree.ParseText("class User { }", ParseOptions)], References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    /// <summary>Where the corpus's files are, for the generator.</summary>
    public const string Root = "/bench/";

    public CSharpParseOptions ParseOptions { get; }

    public SyntheticCorpus Corpus { get; }

    public CSharpCompilation Compilation { get; }

    /// <summary>Fresh texts every call: the generator caches parses by text instance, and a full run must parse.</summary>
    public AdditionalText[] FreshTexts() =>
        Corpus.FactFiles.Concat(Corpus.Articles).Select(f => (AdditionalText)new InMemoryAdditionalText(Root + f.Path, f.Text)).ToArray();

    /// <summary>Each fact file's data, as the package's task writes it and its targets embed it.</summary>
    public IEnumerable<ResourceDescription> DataResources() => Corpus.FactFiles.Select(f =>
    {
        var path = Root + f.Path;
        return new ResourceDescription(BuildProperties.ResourceName(path), () => new MemoryStream(Generator.Emitting.DataWriter.Write(path, f.Text)), isPublic: true);
    });

    public GeneratorDriver CreateDriver(IEnumerable<AdditionalText> texts) =>
        CSharpGeneratorDriver.Create(
            [new FactCorpusGenerator().AsSourceGenerator()],
            texts,
            ParseOptions,
            new BuildProperties(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Bench" }));

    /// <summary>Runs the generator once from scratch; throws if the synthetic corpus is not valid, so nothing is timed on errors.</summary>
    public GeneratorDriverRunResult FullRun()
    {
        var result = FullRunReportingDiagnostics();
        return result.Diagnostics.IsEmpty ? result : throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Take(5)));
    }

    /// <summary>Runs the generator once from scratch, its diagnostics in the result (the scale report shows them).</summary>
    public GeneratorDriverRunResult FullRunReportingDiagnostics() => CreateDriver(FreshTexts()).RunGenerators(Compilation).GetRunResult();

    /// <summary>Compiles the given C# in place of the harness's own source, parsed with the given options; throws on errors.</summary>
    public EmitResult Compile(IEnumerable<string> sources, CSharpParseOptions options, Stream peStream, Stream? xmlDocumentation = null)
    {
        var compilation = Compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(sources.Select(s => CSharpSyntaxTree.ParseText(s, options)));
        var result = compilation.Emit(peStream, xmlDocumentationStream: xmlDocumentation);
        return result.Success ? result : throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
    }

    /// <summary>The physical floor: one YamlDotNet event-parser pass over the bytes of every facts file.</summary>
    public int ParseYaml()
    {
        var events = 0;
        foreach (var (_, text) in Corpus.FactFiles)
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                events += parser.Current is Scalar ? 1 : 0;
            }
        }

        return events;
    }

    /// <summary>
    /// The parser pass keeping every scalar's value with where it was read, as a generator's model keeps what it read
    /// (Roslyn's driver holds each step's output until the next run): what keeping costs without any other work.
    /// </summary>
    public object ParseYamlKeepingValues() => ParseYamlKeeping(s => new KeptScalar(s.Value, s.Start.Line, s.Start.Column));

    /// <summary>
    /// The parser pass keeping each scalar's place (offsets, line and column) in one array of values, no string or
    /// object a scalar: what a cached model of places in the file's text would cost to keep.
    /// </summary>
    public object ParseYamlKeepingPlaces() => ParseYamlKeeping(s => new KeptPlace((int)s.Start.Index, (int)s.End.Index, (int)s.Start.Line, (int)s.Start.Column));

    /// <summary>
    /// The parser pass keeping each scalar's string alone, and (<see cref="ParseYamlKeepingRecords"/>) its place alone
    /// as an object: with <see cref="ParseYamlKeepingValues"/>, which keeps both, they tell whether the collector
    /// charges a kept model by its objects or by its bytes (docs/performance.md, "What a kept object costs").
    /// </summary>
    public object ParseYamlKeepingStrings() => ParseYamlKeeping(s => s.Value);

    /// <inheritdoc cref="ParseYamlKeepingStrings"/>
    public object ParseYamlKeepingRecords() => ParseYamlKeeping(s => new KeptPlaceRecord((int)s.Start.Index, (int)s.End.Index, (int)s.Start.Line, (int)s.Start.Column));

    private List<T> ParseYamlKeeping<T>(Func<Scalar, T> keep)
    {
        var kept = new List<T>();
        foreach (var (_, text) in Corpus.FactFiles)
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                if (parser.Current is Scalar scalar)
                {
                    kept.Add(keep(scalar));
                }
            }
        }

        return kept;
    }

    private sealed record KeptScalar(string Value, long Line, long Column);

    private readonly record struct KeptPlace(int Start, int End, int Line, int Column);

    private sealed record KeptPlaceRecord(int Start, int End, int Line, int Column);
}
