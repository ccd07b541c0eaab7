using System.Reflection;
using System.Runtime.Loader;
using BenchmarkDotNet.Attributes;
using FactCorpus.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace FactCorpus.Bench;

/// <summary>Lookup by id in a compiled 10,000-claim corpus (target ≤ 50 ns, 0 bytes).</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class LookupById
{
    private CorpusIndex index = null!;
    private string[] ids = [];
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        var assembly = CompiledCorpus.Load(new Harness(10_000, 1), new AssemblyLoadContext("lookup"));
        index = (CorpusIndex)assembly.GetType("Bench.Corpus")!.GetProperty("Index")!.GetValue(null)!;
        ids = index.Claims.Select(c => c.Id).ToArray();
    }

    [Benchmark]
    public CorpusItem FindById() => index.FindById(ids[next++ % ids.Length]);
}

/// <summary>The corpus's generated code compiled to an assembly, with each file's data embedded as the package's targets embed it.</summary>
internal static class CompiledCorpus
{
    public static byte[] Emit(Harness harness) => Emit(harness, harness.FullRun().GeneratedTrees);

    public static byte[] Emit(Harness harness, IEnumerable<Microsoft.CodeAnalysis.SyntaxTree> generated)
    {
        var compilation = harness.Compilation.AddSyntaxTrees(generated)
            .WithOptions(new CSharpCompilationOptions(Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary, optimizationLevel: Microsoft.CodeAnalysis.OptimizationLevel.Release));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream, manifestResources: harness.DataResources());
        return result.Success ? stream.ToArray() : throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Take(5)));
    }

    public static Assembly Load(Harness harness, AssemblyLoadContext context) => context.LoadFromStream(new MemoryStream(Emit(harness)));
}
