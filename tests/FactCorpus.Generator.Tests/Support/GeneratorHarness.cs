using System.Collections.Immutable;
using System.Reflection;
using FactCorpus.Generator.Emitting;
using FactCorpus.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactCorpus.Generator.Tests.Support;

/// <summary>
/// Runs the generator in process over in-memory files, the way the compiler does, and compiles its output
/// against FactCorpus.Model so tests can check both the diagnostics and that the generated code compiles.
/// </summary>
internal static class GeneratorHarness
{
    public const string Root = BuildProperties.ProjectFolder;

    private static readonly ImmutableArray<MetadataReference> References =
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "netstandard.dll"
                or "System.Collections.dll" or "System.Linq.dll" or "System.Runtime.Extensions.dll")
            .Append(typeof(Claim).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();

    public static CSharpCompilation EmptyCompilation(string userCode = "") => CSharpCompilation.Create(
        "Corpus",
        userCode.Length == 0 ? [] : [CSharpSyntaxTree.ParseText(userCode, path: "User.cs")],
        References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>
    /// The MSBuild properties the package's props make visible; DesignTimeBuild is set by editors and language
    /// servers; <paramref name="more"/> adds others (build_property.X).
    /// </summary>
    public static BuildProperties Properties(string rootNamespace = "TestCorpus", bool designTime = false, IReadOnlyDictionary<string, string>? more = null) =>
        new(new Dictionary<string, string>(more ?? new Dictionary<string, string>())
        {
            ["build_property.RootNamespace"] = rootNamespace,
            ["build_property.DesignTimeBuild"] = designTime ? "true" : "",
        });

    /// <summary>
    /// A driver whose trees are parsed with <paramref name="documentationMode"/>: Diagnose as in a build that writes
    /// the XML doc file, Parse as in an IDE, None as in a plain command-line build.
    /// </summary>
    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> files, string rootNamespace = "TestCorpus", bool designTime = false, IReadOnlyDictionary<string, string>? properties = null, DocumentationMode documentationMode = DocumentationMode.Diagnose) =>
        CSharpGeneratorDriver.Create(
            [new FactCorpusGenerator().AsSourceGenerator()],
            files,
            new CSharpParseOptions(documentationMode: documentationMode),
            Properties(rootNamespace, designTime, properties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Files named relative to <see cref="Root"/>: ("claims.facts.yaml", "…"), ("articles/a.txt", "…").</summary>
    public static GeneratorResult Run(params (string Path, string Text)[] files) =>
        Run(files.Select(f => (AdditionalText)new InMemoryAdditionalText(Root + f.Path, f.Text)));

    /// <summary>Runs over <paramref name="files"/>, with <paramref name="userCode"/> (User.cs) compiled beside the output.</summary>
    public static GeneratorResult Run(IEnumerable<AdditionalText> files, string rootNamespace = "TestCorpus", string userCode = "", bool designTime = false, IReadOnlyDictionary<string, string>? properties = null, DocumentationMode documentationMode = DocumentationMode.Diagnose)
    {
        var driver = CreateDriver(files, rootNamespace, designTime, properties, documentationMode)
            .RunGeneratorsAndUpdateCompilation(EmptyCompilation(userCode), out var output, out var generatorDiagnostics);
        var run = driver.GetRunResult();
        return new GeneratorResult(
            generatorDiagnostics,
            run.Results.Single().GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).ToImmutableArray(),
            output,
            run.Results.Single().Exception,
            files.Where(f => CorpusSteps.IsFactFile(f.Path)).ToImmutableArray());
    }
}

/// <param name="FactFiles">The fact files, whose data <see cref="Load"/> embeds as the package's targets do.</param>
internal sealed record GeneratorResult(
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<(string HintName, string Source)> Sources,
    Compilation Output,
    Exception? Exception,
    ImmutableArray<AdditionalText> FactFiles)
{
    /// <summary>Errors and warnings of compiling the generated code (none expected from valid YAML).</summary>
    public ImmutableArray<Diagnostic> CompileDiagnostics =>
        Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();

    /// <summary>Each FC diagnostic as "FC1001 file(line,col)", 1-based as the compiler prints it.</summary>
    public IEnumerable<string> Located => Diagnostics.Select(Locate);

    /// <summary>One diagnostic as "FC1001 file(line,col)", for tests that drive the generator themselves.</summary>
    public static string Locate(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return $"{diagnostic.Id} {Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
    }

    /// <summary>Emits and loads the generated assembly with each fact file's data embedded, for tests that read values at run time.</summary>
    public Assembly Load()
    {
        var resources = FactFiles.Select(file =>
        {
            var data = DataWriter.Write(file.Path, file.GetText()!.ToString());
            return new ResourceDescription(BuildProperties.ResourceName(file.Path), () => new MemoryStream(data), isPublic: true);
        });
        using var stream = new MemoryStream();
        var emit = Output.Emit(stream, manifestResources: resources);
        if (!emit.Success)
        {
            throw new InvalidOperationException(string.Join("\n", emit.Diagnostics));
        }

        return Assembly.Load(stream.ToArray());
    }
}
