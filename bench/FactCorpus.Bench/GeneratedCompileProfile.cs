using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FactCorpus.Generator;
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
        Console.WriteLine($"generated: {generated.Length} files, {generated.Sum(s => (long)s.Length) / 1e6:F1} M chars, "
            + $"{generated.Sum(s => ReferenceEntry().Matches(s).Count):N0} reference entries, "
            + $"{generated.Sum(s => ReferenceEntry().Matches(s).Select(m => m.Value.Trim()).Distinct().Count()):N0} distinct within each file");
        var variants = new (string Name, string[] Sources)[]
        {
            ("generated", generated),
            ("generated without reference entries", generated.Select(s => ReferenceEntry().Replace(s, "")).ToArray()),
            ("generated without Values", generated.Select(s => ValuesClass().Replace(s, "")).ToArray()),
            ("generated under #nullable enable", generated.Select(s => s.Replace("#nullable enable annotations\n", "#nullable enable\n")).ToArray()),
            ("generated with qualified references", generated.Select(s => QualifiedReference().Replace(s, "$1global::Bench.$2")).ToArray()),
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

    // An entry of a table of references: a line of only a member access and a comma.
    [GeneratedRegex(@"^ +(?:global::)?[A-Za-z0-9_.]+,\n", RegexOptions.Multiline)]
    private static partial Regex ReferenceEntry();

    [GeneratedRegex(@"^( +)((?:Entities|Sources)\.[A-Za-z0-9_]+,\n)", RegexOptions.Multiline)]
    private static partial Regex QualifiedReference();

    // The Values part of a file: its lines indented past the class's (Corpus.g.cs's empty declaration stays).
    [GeneratedRegex(@"\n    public static partial class Values\n    \{\n(?:(?:        [^\n]*)?\n)+?    \}\n")]
    private static partial Regex ValuesClass();
}
