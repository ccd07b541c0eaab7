using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FactCorpus.Generator;
using FactCorpus.Generator.Emitting;
using Microsoft.CodeAnalysis;
using FactCorpus.Generator.Tests.Support;
using Microsoft.CodeAnalysis.CSharp;

namespace FactCorpus.Bench;

/// <summary>
/// In process, what compiling the generated code costs and which of its pieces cost it: the generator's output for a
/// plain build (no doc file, data-section literals as the package sets them) at 10,000 claims in 200 files, compiled
/// whole and with one piece taken out at a time, next to the bare-members floor. `-- --compile-profile [rounds]`.
/// </summary>
internal static partial class GeneratedCompileProfile
{
    private static readonly CSharpParseOptions Options = new CSharpParseOptions(LanguageVersion.Preview, DocumentationMode.None)
        .WithFeatures([new("experimental-data-section-string-literals", "1000")]);

    public static void Run(int rounds)
    {
        var harness = new Harness(10_000, 200);
        var driver = CSharpGeneratorDriver.Create(
            [new FactCorpusGenerator().AsSourceGenerator()],
            harness.FreshTexts(),
            Options,
            new BuildProperties(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Bench" }));
        var run = driver.RunGenerators(harness.Compilation).GetRunResult();
        if (!run.Diagnostics.IsEmpty)
        {
            throw new InvalidOperationException(string.Join("\n", run.Diagnostics.Take(5)));
        }

        var generated = run.GeneratedTrees.Select(t => t.ToString()).ToArray();
        var tables = generated.Select(CompiledReferences).ToArray();
        Console.WriteLine($"generated: {generated.Length} files, {generated.Sum(s => (long)s.Length) / 1e6:F1} M chars, "
            + $"{tables.Sum(t => t.Entries):N0} references in the parts' tables (data)");
        var variants = new (string Name, string[] Sources)[]
        {
            ("generated", generated),
            ("generated + compiled tables (previous shape)", generated.Zip(tables, (s, t) => s + t.Code).ToArray()),
            ("generated without Values", generated.Select(s => ValuesClass().Replace(s, "")).ToArray()),
            ("generated, data literals empty", generated.Select(s => DataLiteral().Replace(s, "\"\"")).ToArray()),
            // Tried and not kept: no steady gain over three runs, and a user type named FC_Claim would conflict.
            ("generated, member types by alias", generated.Select(s => Aliases + ModelType().Replace(s, "public static FC_$1 ")).ToArray()),
            ("floor: bare members", Floor(harness.Corpus.Items, generated.Length)),
        };

        // Rounds go over the variants in turn, so a change of the machine's load falls on all of them alike.
        foreach (var (_, sources) in variants)
        {
            harness.Compile(sources, Options, Stream.Null);
        }

        // Wall time, and the process's CPU time: on a loaded machine the CPU time is the steadier measure of the work.
        var seconds = variants.Select(_ => new List<double>()).ToArray();
        var cpu = variants.Select(_ => new List<double>()).ToArray();
        for (var r = 0; r < rounds; r++)
        {
            for (var v = 0; v < variants.Length; v++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                harness.Compile(variants[v].Sources, Options, Stream.Null);
                seconds[v].Add(watch.Elapsed.TotalSeconds);
                cpu[v].Add((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds);
            }
        }

        for (var v = 0; v < variants.Length; v++)
        {
            var sorted = seconds[v].Order().ToList();
            var cpuSorted = cpu[v].Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{variants[v].Name,-40} wall median {sorted[sorted.Count / 2]:F2} s (min {sorted[0]:F2}, max {sorted[^1]:F2}); CPU median {cpuSorted[cpuSorted.Count / 2]:F2} s (min {cpuSorted[0]:F2})"));
        }
    }

    private static string[] Floor(int items, int files)
    {
        var sources = new List<string>();
        for (var f = 0; f < files; f++)
        {
            var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"namespace Bench\n{{\n    public static class Members{f:D3}\n    {{\n");
            for (var i = f; i < items; i += files)
            {
                text.Append(CultureInfo.InvariantCulture, $"        public static object M{i} => D.Get({i});\n");
            }

            sources.Add(text.Append("    }\n}\n").ToString());
        }

        sources.Add("namespace Bench\n{\n    internal static class D\n    {\n        public static object Get(int i) => i;\n    }\n}\n");
        return [.. sources];
    }

    /// <summary>
    /// The shape before references were data, to compare in the same rounds: each part's table of references as a
    /// compiled array of members (<c>Entities.X,</c>) in a class of the file, as the generator wrote it until then.
    /// The tables are read from the parts' data, whose last record lists each reference's section, file and id.
    /// </summary>
    private static (string Code, int Entries) CompiledReferences(string source, int file)
    {
        var code = new StringBuilder().Append(CultureInfo.InvariantCulture, $"namespace Bench\n{{\n    internal static class References_{file}\n    {{\n");
        var entries = 0;
        var part = 0;
        foreach (Match literal in PartData().Matches(source))
        {
            // The literal's escapes (\", \\, \uXXXX) read as Regex.Unescape reads them; the table is the last record.
            var data = Regex.Unescape(literal.Groups[1].Value);
            var position = 0;
            var table = "";
            while (position < data.Length)
            {
                table = Token(data, ref position);
            }

            var tablePosition = 0;
            var count = int.Parse(Token(table, ref tablePosition), CultureInfo.InvariantCulture);
            code.Append(CultureInfo.InvariantCulture, $"        internal static global::FactCorpus.Model.CorpusItem[] Part{part++}() => new global::FactCorpus.Model.CorpusItem[]\n        {{\n");
            for (var i = 0; i < count; i++)
            {
                var where = Token(table, ref tablePosition);
                var id = Token(table, ref tablePosition);
                code.Append(CultureInfo.InvariantCulture, $"            {where[..where.IndexOf('.')]}.{MemberNames.For(id)},\n");
                entries++;
            }

            code.Append("        };\n");
        }

        return (code.Append("    }\n}\n").ToString(), entries);
    }

    /// <summary>A length-prefixed token of the data (ItemDataReader's format).</summary>
    private static string Token(string data, ref int position)
    {
        var colon = data.IndexOf(':', position);
        var length = int.Parse(data.AsSpan(position, colon - position), CultureInfo.InvariantCulture);
        position = colon + 1 + length;
        return data.Substring(colon + 1, length);
    }

    // A part's whole data literal: a case of its file's data method (0 => "…", the last _ => "…").
    [GeneratedRegex(@"(?<=(?:\d+|_) => )""(?:[^""\\]|\\.)*""")]
    private static partial Regex DataLiteral();

    [GeneratedRegex(@"public static global::FactCorpus\.Model\.(Source|Entity|Claim|Quote|Event) ")]
    private static partial Regex ModelType();

    private const string Aliases = "using FC_Source = global::FactCorpus.Model.Source;\nusing FC_Entity = global::FactCorpus.Model.Entity;\n"
        + "using FC_Claim = global::FactCorpus.Model.Claim;\nusing FC_Quote = global::FactCorpus.Model.Quote;\nusing FC_Event = global::FactCorpus.Model.Event;\n";

    // A part's data literal, its content captured.
    [GeneratedRegex(@"(?:\d+|_) => ""((?:[^""\\]|\\.)*)""")]
    private static partial Regex PartData();

    // The Values part of a file: its lines indented past the class's (Corpus.g.cs's empty declaration stays).
    [GeneratedRegex(@"\n    public static partial class Values\n    \{\n(?:(?:        [^\n]*)?\n)+?    \}\n")]
    private static partial Regex ValuesClass();
}
