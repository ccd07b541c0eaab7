using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using FactCorpus.Model;
using Microsoft.CodeAnalysis.CSharp;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

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

/// <summary>
/// Time to the first fact, cold: loading the generated corpus assembly into a fresh load context and reading one
/// claim, against deserialising the same corpus at start-up from YAML (YamlDotNet, target ≤ 0.05) and from JSON
/// embedded as text (System.Text.Json source generation, target ≤ 0.33). In process, not a fresh process: each
/// iteration is a new AssemblyLoadContext, so the generated types start uninitialised every time.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 1, warmupCount: 1, iterationCount: 20)]
public class TimeToFirstFact
{
    private byte[] assembly = [];
    private string[] yaml = [];
    private string json = "";
    private int loads;

    [Params(1000, 10000)]
    public int Claims { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var harness = new Harness(Claims, 1);
        assembly = CompiledCorpus.Emit(harness);
        yaml = harness.Corpus.FactFiles.Select(f => f.Text).ToArray();
        var files = yaml.Select(text => YamlReader.Deserialize<FactsFileDto>(text)).ToArray();
        json = JsonSerializer.Serialize(files, FactsJsonContext.Default.FactsFileDtoArray);
    }

    private static readonly IDeserializer YamlReader = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();

    [Benchmark(Baseline = true)]
    public string? YamlDotNetDeserializer() => yaml.Select(text => YamlReader.Deserialize<FactsFileDto>(text)).First().Claims![0].Statement;

    [Benchmark]
    public string? SystemTextJsonSourceGenerated() => JsonSerializer.Deserialize(json, FactsJsonContext.Default.FactsFileDtoArray)![0].Claims![0].Statement;

    [Benchmark]
    public string GeneratedCorpus()
    {
        var context = new AssemblyLoadContext("first-fact-" + loads++, isCollectible: true);
        var loaded = context.LoadFromStream(new MemoryStream(assembly));
        var claim = (Claim)loaded.GetType("Bench.Claims")!.GetProperty("Claim0N0")!.GetValue(null)!;
        var statement = claim.Statement;
        context.Unload();
        return statement;
    }
}

/// <summary>The corpus's generated code compiled to an assembly.</summary>
internal static class CompiledCorpus
{
    public static byte[] Emit(Harness harness)
    {
        var compilation = harness.Compilation.AddSyntaxTrees(harness.FullRun().GeneratedTrees)
            .WithOptions(new CSharpCompilationOptions(Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary, optimizationLevel: Microsoft.CodeAnalysis.OptimizationLevel.Release));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        return result.Success ? stream.ToArray() : throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Take(5)));
    }

    public static Assembly Load(Harness harness, AssemblyLoadContext context) => context.LoadFromStream(new MemoryStream(Emit(harness)));
}

/// <summary>The facts file as plain typed objects, for the deserialisers the generated code is compared with.</summary>
public sealed class FactsFileDto
{
    public List<SourceDto>? Sources { get; set; }
    public List<EntityDto>? Entities { get; set; }
    public List<ClaimDto>? Claims { get; set; }
    public List<QuoteDto>? Quotes { get; set; }
    public List<EventDto>? Events { get; set; }
}

public sealed class SourceDto
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Published { get; set; }
    public string? Text { get; set; }
}

public sealed class EntityDto
{
    public string? Id { get; set; }
    public string? Kind { get; set; }
    public string? Name { get; set; }
    public List<string>? Aliases { get; set; }
    public string? Description { get; set; }
}

public sealed class ClaimDto
{
    public string? Id { get; set; }
    public string? Subject { get; set; }
    public string? Predicate { get; set; }
    public ValueDto? Value { get; set; }
    public string? Statement { get; set; }
    public string? SaidBy { get; set; }
    public string? Source { get; set; }
    public DateDto? Date { get; set; }
    public List<string>? Evidence { get; set; }
}

public sealed class ValueDto
{
    public string? Kind { get; set; }
    public decimal Amount { get; set; }
    public string? Unit { get; set; }
    public string? Bound { get; set; }
}

public sealed class DateDto
{
    public string? On { get; set; }
    public string? From { get; set; }
}

public sealed class QuoteDto
{
    public string? Id { get; set; }
    public string? Speaker { get; set; }
    public string? Mode { get; set; }
    public string? Text { get; set; }
    public string? Source { get; set; }
    public string? Date { get; set; }
}

public sealed class EventDto
{
    public string? Id { get; set; }
    public string? Type { get; set; }
    public string? Summary { get; set; }
    public string? Date { get; set; }
    public string? Location { get; set; }
    public List<ParticipantDto>? Participants { get; set; }
    public string? Source { get; set; }
    public List<string>? Evidence { get; set; }
}

public sealed class ParticipantDto
{
    public string? Entity { get; set; }
    public string? Role { get; set; }
}

[JsonSerializable(typeof(FactsFileDto[]))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
internal sealed partial class FactsJsonContext : JsonSerializerContext;
