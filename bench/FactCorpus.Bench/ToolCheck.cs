using BenchmarkDotNet.Attributes;
using FactCorpus.Tool.Commands;
using FactCorpus.Tool.Corpus;
using Microsoft.CodeAnalysis;

namespace FactCorpus.Bench;

/// <summary>
/// `factcorpus check` against the generator's full run on the same synthetic corpus (issue 12, target ≤ 1.2): the
/// check finds the files on disk, reads and validates them as the generator does, and formats its lines; it emits
/// no C#. `factcorpus export --format json` does the same reading and then decodes every item and writes it
/// (not a target of the issue; measured beside them). The corpus is written to a temporary folder once.
/// </summary>
[MemoryDiagnoser]
// Ten iterations, not ShortRun's three: the machine's other load makes three too few for a stable ratio.
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class ToolCheckVsGenerator
{
    private Harness harness = null!;
    private string folder = null!;

    [Params(10000)]
    public int Claims { get; set; }

    [Params(1, 200)]
    public int Files { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        harness = new Harness(Claims, Files);
        folder = Directory.CreateTempSubdirectory("factcorpus-bench-").FullName;
        foreach (var (path, text) in harness.Corpus.FactFiles.Concat(harness.Corpus.Articles))
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        harness.FullRun();
        if (Check() != ExitCodes.Success)
        {
            throw new InvalidOperationException("factcorpus check found errors in the synthetic corpus");
        }

        if (Export() != ExitCodes.Success)
        {
            throw new InvalidOperationException("factcorpus export did not export the synthetic corpus");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    [Benchmark(Baseline = true)]
    public GeneratorDriverRunResult GeneratorFullRun() => harness.FullRun();

    [Benchmark]
    public int FactcorpusCheck() => Check();

    [Benchmark]
    public int FactcorpusExportJson() => Export();

    private int Export() => ExportCommand.Run(CorpusFolder.Find(folder, CorpusFolder.DefaultArticles).Folder!, ExportCommand.Json, null, TextWriter.Null, TextWriter.Null);

    private int Check() => CheckCommand.Run(CorpusFolder.Find(folder, CorpusFolder.DefaultArticles).Folder!, TextWriter.Null, TextWriter.Null);
}
