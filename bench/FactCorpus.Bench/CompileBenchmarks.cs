using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using YamlDotNet.RepresentationModel;

namespace FactCorpus.Bench;

/// <summary>Compiling the generated code against the same facts as bare const string members, one per YAML scalar (target ≤ 2).</summary>
[ShortRunJob]
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

        // The same facts with no types, docs or links: every scalar of the YAML as one string constant.
        var builder = new StringBuilder("public static class Facts\n{\n");
        var index = 0;
        foreach (var (_, text) in harness.Corpus.FactFiles)
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            foreach (var scalar in stream.Documents.SelectMany(d => d.AllNodes).OfType<YamlScalarNode>())
            {
                builder.Append("    public const string F").Append(index++.ToString(CultureInfo.InvariantCulture)).Append(" = ")
                    .Append(SymbolDisplay.FormatLiteral(scalar.Value ?? "", quote: true)).Append(";\n");
            }
        }

        constants = builder.Append("}\n").ToString();
    }

    [Benchmark(Baseline = true)]
    public EmitResult CompileConstStrings() => Compile(constants);

    [Benchmark]
    public EmitResult CompileGeneratedCode() => Compile(generated);

    private EmitResult Compile(params string[] sources) => harness.Compile(sources, CSharpParseOptions.Default, Stream.Null);
}
