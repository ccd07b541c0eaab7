using FactCorpus.Generator.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace FactCorpus.Generator.Tests;

/// <summary>
/// A build reads every fact file ahead, on all cores (CorpusSteps.ReadAhead, an implementation output): it must read
/// only what is not read yet, leave the per-file step nothing to read, never throw, and change nothing generated;
/// nor must validating and emitting ahead (StepAheadTests).
/// </summary>
public class ReadAheadTests
{
    private static AdditionalText[] FreshTexts() => ShippedCorpus.Files().ToArray();

    private static AdditionalText[] FactTexts(IEnumerable<AdditionalText> texts) =>
        texts.Where(t => CorpusSteps.IsFactFile(t.Path)).ToArray();

    [Fact]
    public void Reads_each_text_once_and_then_the_per_file_step_finds_it_read()
    {
        var texts = FactTexts(FreshTexts());
        Assert.True(texts.Length >= 2);

        Assert.Equal(texts.Length, CorpusSteps.ReadAhead([.. texts], CancellationToken.None, from: 0));
        // Nothing is left unread: reading ahead again finds no work, and the step gets the file read ahead.
        Assert.Equal(0, CorpusSteps.ReadAhead([.. texts], CancellationToken.None, from: 0));
        foreach (var text in texts)
        {
            Assert.Same(CorpusSteps.ReadFactFile(text, CancellationToken.None), CorpusSteps.ReadFactFile(text, CancellationToken.None));
        }

        // An edit makes one new text: only that one is unread.
        var edited = texts.Select((t, i) => i == 0 ? new InMemoryAdditionalText(t.Path, t.GetText()!.ToString() + "\n") : t).ToArray();
        Assert.Equal(1, CorpusSteps.ReadAhead([.. edited], CancellationToken.None, from: 0));
    }

    [Fact]
    public void Less_text_than_is_worth_two_cores_is_left_to_the_per_file_step()
    {
        var texts = FactTexts(FreshTexts());
        Assert.True(texts.Sum(t => t.GetText()!.Length) < CorpusSteps.ReadAheadFrom);

        Assert.Equal(texts.Length, CorpusSteps.ReadAhead([.. texts], CancellationToken.None));
        Assert.Equal(texts.Length, CorpusSteps.ReadAhead([.. texts], CancellationToken.None));
    }

    [Fact]
    public void A_text_that_cannot_be_read_is_left_to_the_per_file_step_to_report()
    {
        var texts = FactTexts(FreshTexts()).Append(new UnreadableText(GeneratorHarness.Root + "broken.facts.yaml")).ToArray();

        Assert.Equal(texts.Length - 1, CorpusSteps.ReadAhead([.. texts], CancellationToken.None, from: 0));
        var file = CorpusSteps.ReadFactFile(texts[^1], CancellationToken.None);
        Assert.Contains(file.Diagnostics, d => d.Descriptor.Id == "FC0002");
    }

    [Fact]
    public void A_build_generates_exactly_what_an_editor_generates()
    {
        // A synthetic corpus large enough to be read ahead (fictional articles and facts, made for the benchmarks).
        var corpus = new FactCorpus.Bench.SyntheticCorpus(2_500, 40);
        AdditionalText[] FreshTexts() => corpus.FactFiles.Concat(corpus.Articles)
            .Select(f => (AdditionalText)new InMemoryAdditionalText(GeneratorHarness.Root + f.Path, f.Text)).ToArray();
        Assert.True(FactTexts(FreshTexts()).Sum(t => t.GetText()!.Length) >= CorpusSteps.ReadAheadFrom);
        // And validated and emitted ahead (StepAheadTests).
        Assert.True(FactTexts(FreshTexts()).Sum(t => CorpusSteps.ReadFactFile(t, CancellationToken.None).Items.Count) >= CorpusSteps.StepAheadFrom);

        // Without implementation outputs, as an editor that skips them runs the generator: nothing done ahead.
        var build = Run(FreshTexts(), IncrementalGeneratorOutputKind.None);
        var editor = Run(FreshTexts(), IncrementalGeneratorOutputKind.Implementation);

        Assert.Equal(editor.Sources, build.Sources);
        Assert.Equal(editor.Diagnostics, build.Diagnostics);
        Assert.NotEmpty(build.Sources);
    }

    private static (string[] Sources, string[] Diagnostics) Run(IEnumerable<AdditionalText> texts, IncrementalGeneratorOutputKind disabled)
    {
        var driver = CSharpGeneratorDriver.Create(
            [new FactCorpusGenerator().AsSourceGenerator()],
            texts,
            new CSharpParseOptions(documentationMode: DocumentationMode.Diagnose),
            GeneratorHarness.Properties("Bench"),
            new GeneratorDriverOptions(disabled));
        var result = driver.RunGenerators(GeneratorHarness.EmptyCompilation("class User { }")).GetRunResult().Results.Single();
        return (
            result.GeneratedSources.Select(s => s.HintName + "\n" + s.SourceText).ToArray(),
            result.Diagnostics.Select(d => d.ToString()).ToArray());
    }

    private sealed class UnreadableText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) =>
            throw new IOException("the disk went away");
    }
}
