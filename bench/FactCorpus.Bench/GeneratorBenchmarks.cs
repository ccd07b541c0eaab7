using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactCorpus.Bench;

/// <summary>The generator's full run against a YamlDotNet parser pass over the same bytes (target: ≤ 1.5).</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class GeneratorVsParser
{
    private Harness harness = null!;

    [Params(100, 1000, 10000)]
    public int Claims { get; set; }

    [Params(1, 200)]
    public int Files { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        harness = new Harness(Claims, Files);
        harness.FullRun();
    }

    [Benchmark(Baseline = true)]
    public int YamlDotNetParserPass() => harness.ParseYaml();

    [Benchmark]
    public GeneratorDriverRunResult GeneratorFullRun() => harness.FullRun();
}

/// <summary>Re-runs against the full run: nothing changed (target ≤ 0.01), one of 200 files edited (target ≤ 0.1).</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class Incrementality
{
    private Harness harness = null!;
    private GeneratorDriver warm = null!;
    private AdditionalText edited = null!;

    [Params(100, 1000, 10000)]
    public int Claims { get; set; }

    [Params(200)]
    public int Files { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        harness = new Harness(Claims, Files);
        var texts = harness.FreshTexts();
        warm = harness.CreateDriver(texts).RunGenerators(harness.Compilation);
        // The first file that holds an entity, so the edit below changes an item.
        edited = texts.First(t => t.GetText()!.ToString().Contains("name: \"Person", StringComparison.Ordinal));
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriverRunResult FullRun() => harness.FullRun();

    [Benchmark]
    public GeneratorDriver RerunNothingChanged() => warm.RunGenerators(harness.Compilation);

    [Benchmark]
    public GeneratorDriver RerunOneFileEdited()
    {
        // A new text each time, as an editor produces, with a changed item: the parse cache and an unchanged model
        // must not hide the work of an edit that matters.
        var text = edited.GetText()!.ToString().Replace("name: \"Person", "name: \"Edited person", StringComparison.Ordinal);
        var replacement = new Generator.Tests.Support.InMemoryAdditionalText(edited.Path, SourceText.From(text));
        return warm.ReplaceAdditionalText(edited, replacement).RunGenerators(harness.Compilation);
    }
}
