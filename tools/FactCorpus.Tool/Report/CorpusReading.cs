using System.Collections.Immutable;
using FactCorpus.Generator;
using FactCorpus.Generator.Diagnostics;
using FactCorpus.Generator.Model;
using FactCorpus.Tool.Corpus;

namespace FactCorpus.Tool.Report;

/// <summary>
/// A corpus folder read and checked by the generator's own steps (<see cref="CorpusCheck"/>, as `factcorpus check`
/// and the design-time analyzer run them): the validated files with their claims' conflicts (FC4001), the articles
/// evidence is checked against, and every diagnostic.
/// </summary>
internal sealed record CorpusReading(ImmutableArray<CheckedFile> Files, ImmutableArray<ArticleText> Articles, ImmutableArray<DiagnosticInfo> Diagnostics)
{
    public static CorpusReading Read(CorpusFolder folder)
    {
        var result = CorpusCheck.Run(folder.AdditionalFiles(), folder.ProjectTextList(), CancellationToken.None);
        return new CorpusReading(result.Files, result.Articles, result.Diagnostics);
    }

    /// <summary>The corpus in <paramref name="directory"/> with the default article pattern; for a folder known to hold one.</summary>
    public static CorpusReading Read(string directory)
    {
        var (folder, problem) = CorpusFolder.Find(directory, CorpusFolder.DefaultArticles);
        return folder is null ? throw new ArgumentException(problem, nameof(directory)) : Read(folder);
    }
}
