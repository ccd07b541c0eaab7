using System.Diagnostics;
using System.Globalization;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactCorpus.Bench.Shapes;

/// <summary>
/// Issue 10's design question, measured: how long Roslyn takes to compile each shape of generated code for the same
/// corpus (parse, bind, emit with XML docs, as a build with GenerateDocumentationFile does), against the bare-members
/// floor, in one run. Every shape is compiled once per round, in turn, so the machine's other load falls on all alike.
/// </summary>
internal static class ShapesReport
{
    private const string ConclusionMarker = "<!-- conclusion: written by hand, kept when the report is regenerated -->";

    private static readonly CSharpParseOptions Diagnose = new(documentationMode: DocumentationMode.Diagnose);

    // What csc gets without /doc, that is without GenerateDocumentationFile: docs are plain comments.
    private static readonly CSharpParseOptions NoDocFile = new(documentationMode: DocumentationMode.None);

    private static readonly CSharpParseOptions DataSection = Diagnose.WithFeatures([new("experimental-data-section-string-literals", "0")]);

    public static void Run(string output, int claims = 10_000, int files = 200, int rounds = 5)
    {
        var load = new List<string> { LoadAverage() };
        var harness = new Harness(claims, files);
        var shapes = new GeneratedCodeShapes(harness.FullRun().GeneratedTrees.Select(t => t.ToString()));
        var all = Shapes(shapes);
        foreach (var shape in all)
        {
            shape.Measure(harness);
            Console.WriteLine($"{shape.Name}: sizes taken");
        }

        // The floor has no corpus; every other shape must hold today's facts, item for item.
        var facts = CorpusFacts.Of(all[0].Assembly, "Bench");
        var same = all.Skip(1).Where(s => s.Name is not ("B" or "C"))
            .Select(s => $"{s.Name} {(CorpusFacts.Of(s.Assembly, "Bench") == facts ? "yes" : "NO")}").ToArray();

        for (var round = 0; round < rounds; round++)
        {
            foreach (var shape in all)
            {
                shape.Time(harness);
            }

            Console.WriteLine($"round {round + 1} of {rounds}: " + string.Join(", ", all.Select(s => $"{s.Name} {s.Seconds[^1]:F1} s")));
        }

        load.Add(LoadAverage());
        var floor = all.Single(s => s.Name == "B").Median;
        var report = new StringBuilder("# Shapes of generated code: compile time against the bare-members floor\n\n")
            .Append(CultureInfo.InvariantCulture, $"Machine: {Machine.Describe()}, Roslyn {typeof(CSharpCompilation).Assembly.GetName().Version}. ")
            .Append(CultureInfo.InvariantCulture, $"Load average (1, 5, 15 min) at the start: {load[0]}; at the end: {load[1]}.\n\n")
            .Append(CultureInfo.InvariantCulture, $"Synthetic corpus: {claims:N0} claims in {files} files, {shapes.Today().Length - 1} generated files, the same public members in every shape. ")
            .Append(CultureInfo.InvariantCulture, $"Compile = parse + bind + emit to memory (debug) with the XML doc file (DocumentationMode.Diagnose, as with GenerateDocumentationFile) unless the row says nodoc, in process; median of {rounds} rounds after a first compile that is not timed. ")
            .Append("Regenerate with `bench/run.sh` or `dotnet run -c Release --project bench/FactCorpus.Bench -- --shapes bench/results/generated-code-shapes.md`.\n\n")
            .Append("| shape | what | compile, median (s) | min–max (s) | ÷ floor B | C# bytes a claim | XML doc bytes a claim | assembly (MB) | #US heap (MB) | field data (MB) | types | warnings |\n")
            .Append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var shape in all)
        {
            report.Append(CultureInfo.InvariantCulture,
                $"| {shape.Name} | {shape.Description} | {shape.Median:F2} | {shape.Seconds.Min():F2}–{shape.Seconds.Max():F2} | {shape.Median / floor:F2} | {shape.SourceBytes / claims:N0} | {shape.XmlBytes / claims:N0} | {shape.AssemblyBytes / 1e6:F1} | {shape.UserStringBytes / 1e6:F2} | {shape.FieldDataBytes / 1e6:F2} | {shape.Types:N0} | {shape.Warnings:N0} |\n");
        }

        report.Append(CultureInfo.InvariantCulture, $"\nSame facts as A (every item of the loaded assembly's index, its fields compared, {facts.Split('\n').Length - 1:N0} items): {string.Join(", ", same)}.\n")
            .Append("\n#US heap: the user-string heap (string literals, UTF-16, capped at 16 MB: CS8103, the generator's FC0007). ")
            .Append("Field data: bytes the assembly maps as field data (`\"…\"u8` literals, and string literals under the data-section feature), not capped.\n");

        AtScale(report, claims * 10, files, floor: "B", candidates: ["E", "F"]);

        var path = Path.GetFullPath(output);
        var conclusion = File.Exists(path) ? File.ReadAllText(path) : "";
        var kept = conclusion.IndexOf(ConclusionMarker, StringComparison.Ordinal);
        report.Append('\n').Append(kept >= 0 ? conclusion[kept..] : ConclusionMarker + "\n");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, report.ToString());
        Console.Write(report);
    }

    private static Shape[] Shapes(GeneratedCodeShapes shapes) =>
    [
        new("A", "today's generated code", shapes.Today, Diagnose),
        new("B", "floor: one `public static object M{i} => D.Get(i);` an item, no docs", () => shapes.Floor(docs: false), Diagnose),
        new("C", "B with docs of today's length", () => shapes.Floor(docs: true), Diagnose),
        new("D", "data: a `\"…\"u8` literal a part, decoded on first use; members `=> Part.Item(i)`; today's docs", () => shapes.DataDriven(GeneratedCodeShapes.Docs.Today, GeneratedCodeShapes.Storage.Utf8Literal), Diagnose),
        new("E", "D with short docs (links instead of repeated names and titles; no id, no repeated statement)", () => shapes.DataDriven(GeneratedCodeShapes.Docs.Short, GeneratedCodeShapes.Storage.Utf8Literal), Diagnose),
        new("F", "E with the data as string literals and `experimental-data-section-string-literals=0`", () => shapes.DataDriven(GeneratedCodeShapes.Docs.Short, GeneratedCodeShapes.Storage.StringLiteral), DataSection),
        new("E−docs", "E without docs: what the data shape costs without them", () => shapes.DataDriven(GeneratedCodeShapes.Docs.None, GeneratedCodeShapes.Storage.Utf8Literal), Diagnose),
        new("E/nodoc", "E built without GenerateDocumentationFile (DocumentationMode.None: docs are comments to csc; the IDE still shows them)", () => shapes.DataDriven(GeneratedCodeShapes.Docs.Short, GeneratedCodeShapes.Storage.Utf8Literal), NoDocFile),
        new("F/nodoc", "F built without GenerateDocumentationFile (DocumentationMode.None)", () => shapes.DataDriven(GeneratedCodeShapes.Docs.Short, GeneratedCodeShapes.Storage.StringLiteral), DataSection.WithDocumentationMode(DocumentationMode.None)),
        new("A/nodoc", "A built without GenerateDocumentationFile (DocumentationMode.None)", shapes.Today, NoDocFile),
        new("A+ds", "A with `experimental-data-section-string-literals=0` (every literal as UTF-8 data)", shapes.Today, DataSection),
    ];

    /// <summary>
    /// The larger corpus, compiled once a shape (a single sample, not a median): whether the floor and the data
    /// shapes build and run where today's code stops at FC0007, and their sizes.
    /// </summary>
    private static void AtScale(StringBuilder report, int claims, int files, string floor, string[] candidates)
    {
        var harness = new Harness(claims, files);
        var run = harness.FullRunReportingDiagnostics();
        var generated = run.GeneratedTrees.Select(t => t.ToString()).ToArray();
        var diagnostics = run.Diagnostics.IsEmpty ? "none" : string.Join(", ", run.Diagnostics.Select(d => d.Id).Distinct());
        report.Append(CultureInfo.InvariantCulture, $"\n## At {claims:N0} claims in {files} files (one compile a shape)\n\n")
            .Append(CultureInfo.InvariantCulture, $"Today's code: generator diagnostics {diagnostics}, {generated.Sum(s => (long)Encoding.UTF8.GetByteCount(s)) / claims:N0} C# bytes a claim; not compiled (its literals overflow the #US heap).\n\n")
            .Append("| shape | compile (s) | ÷ floor B | C# bytes a claim | assembly (MB) | #US heap (MB) | field data (MB) | items loaded from the assembly |\n")
            .Append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        var all = Shapes(new GeneratedCodeShapes(generated)).Where(s => s.Name == floor || candidates.Contains(s.Name)).ToArray();
        generated = [];
        foreach (var shape in all)
        {
            shape.Measure(harness);
            var items = shape.Name == floor ? "" : ItemsLoaded(shape.Assembly);
            report.Append(CultureInfo.InvariantCulture,
                $"| {shape.Name} | {shape.FirstSeconds:F1} | {shape.FirstSeconds / all[0].FirstSeconds:F2} | {shape.SourceBytes / claims:N0} | {shape.AssemblyBytes / 1e6:F1} | {shape.UserStringBytes / 1e6:F2} | {shape.FieldDataBytes / 1e6:F2} | {items} |\n");
            Console.WriteLine($"{shape.Name} at {claims} claims: {shape.FirstSeconds:F1} s");
            shape.Release();
        }
    }

    // The runtime, not the compiler, may be the one to refuse a shape: say what it said.
    private static string ItemsLoaded(byte[] assembly)
    {
        try
        {
            return (CorpusFacts.Of(assembly, "Bench").Split('\n').Length - 1).ToString("N0", CultureInfo.InvariantCulture);
        }
        catch (System.Reflection.TargetInvocationException e) when (e.InnerException is TypeLoadException load)
        {
            return "none: " + load.Message;
        }
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private sealed class Shape(string name, string description, Func<string[]> write, CSharpParseOptions options)
    {
        private string[]? sources;

        private string[] Sources => sources ??= write();

        public string Name => name;

        public string Description => description;

        public List<double> Seconds { get; } = [];

        public double Median => Seconds.Order().ElementAt(Seconds.Count / 2);

        public long SourceBytes => Sources.Sum(s => (long)Encoding.UTF8.GetByteCount(s));

        public double FirstSeconds { get; private set; }

        public long XmlBytes { get; private set; }

        public long AssemblyBytes { get; private set; }

        public long UserStringBytes { get; private set; }

        public long FieldDataBytes { get; private set; }

        public int Types { get; private set; }

        public int Warnings { get; private set; }

        public byte[] Assembly { get; private set; } = [];

        /// <summary>The first compile: not among the timed rounds (it warms the compiler up), it gives the sizes.</summary>
        public void Measure(Harness harness)
        {
            using var pe = new MemoryStream();
            using var xml = DocFile();
            var watch = Stopwatch.StartNew();
            Warnings = harness.Compile(Sources, options, pe, xml).Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
            FirstSeconds = watch.Elapsed.TotalSeconds;
            AssemblyBytes = pe.Length;
            Assembly = pe.ToArray();
            XmlBytes = xml?.Length ?? 0;
            pe.Position = 0;
            using var reader = new PEReader(pe);
            var metadata = reader.GetMetadataReader();
            UserStringBytes = metadata.GetHeapSize(HeapIndex.UserString);
            Types = metadata.TypeDefinitions.Count;
            FieldDataBytes = metadata.FieldDefinitions.Select(metadata.GetFieldDefinition)
                .Where(f => f.GetRelativeVirtualAddress() != 0)
                .Sum(f => (long)FieldSize(metadata, f));
        }

        public void Time(Harness harness)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            using var pe = new MemoryStream();
            using var xml = DocFile();
            var watch = Stopwatch.StartNew();
            harness.Compile(Sources, options, pe, xml);
            Seconds.Add(watch.Elapsed.TotalSeconds);
        }

        // A build with GenerateDocumentationFile binds the docs (Diagnose) and writes the file; one without does neither.
        private MemoryStream? DocFile() => options.DocumentationMode == DocumentationMode.Diagnose ? new MemoryStream() : null;

        /// <summary>Lets the sources and the assembly go, for the next shape's memory.</summary>
        public void Release()
        {
            sources = [];
            Assembly = [];
        }

        // A field with data is a primitive or a struct of the data's size (<PrivateImplementationDetails>).
        private static int FieldSize(MetadataReader metadata, FieldDefinition field)
        {
            var signature = metadata.GetBlobReader(field.Signature);
            signature.ReadSignatureHeader();
            return signature.ReadSignatureTypeCode() switch
            {
                SignatureTypeCode.TypeHandle => metadata.GetTypeDefinition((TypeDefinitionHandle)signature.ReadTypeHandle()).GetLayout().Size,
                SignatureTypeCode.Int64 or SignatureTypeCode.UInt64 or SignatureTypeCode.Double => 8,
                SignatureTypeCode.Int32 or SignatureTypeCode.UInt32 or SignatureTypeCode.Single => 4,
                SignatureTypeCode.Int16 or SignatureTypeCode.UInt16 or SignatureTypeCode.Char => 2,
                _ => 1,
            };
        }
    }
}
