using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace FactCorpus.Bench;

/// <summary>Compiling the generated code against compiling the same facts as bare const string members (target ≤ 2).</summary>
public class CompileGeneratedVsConstants
{
    private string[] generated = [];
    private string constants = "";
    private Harness harness = null!;

    [Params(100, 1000, 10000)]
    public int Claims { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        harness = new Harness(Claims, 1);
        generated = harness.FullRun().GeneratedTrees.Select(t => t.ToString()).ToArray();

        // The same facts with no types, docs or links: one string constant per claim statement, quote and event summary.
        var builder = new StringBuilder("public static class Facts\n{\n");
        var index = 0;
        foreach (var line in harness.Corpus.FactFiles.SelectMany(f => f.Text.Split('\n')))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("statement:", StringComparison.Ordinal) || trimmed.StartsWith("text:", StringComparison.Ordinal) || trimmed.StartsWith("summary:", StringComparison.Ordinal))
            {
                builder.Append("    public const string F").Append(index++.ToString(CultureInfo.InvariantCulture)).Append(" = ")
                    .Append(trimmed.Substring(trimmed.IndexOf(':') + 1).Trim()).Append(";\n");
            }
        }

        constants = builder.Append("}\n").ToString();
    }

    [Benchmark(Baseline = true)]
    public EmitResult CompileConstStrings() => Compile(constants);

    [Benchmark]
    public EmitResult CompileGeneratedCode() => Compile(generated);

    private EmitResult Compile(params string[] sources)
    {
        var compilation = harness.Compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(sources.Select(s => CSharpSyntaxTree.ParseText(s)));
        var result = compilation.Emit(Stream.Null);
        return result.Success ? result : throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Take(5)));
    }
}
