using System.Collections.Immutable;
using FactCorpus.Generator;
using FactCorpus.Generator.Diagnostics;
using FactCorpus.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactCorpus.Tool.Report;

/// <summary>
/// A corpus folder read and checked by the generator's own steps (<see cref="CorpusSteps"/>), in the order the
/// design-time analyzer runs them: the validated files with their claims' conflicts (FC4001), the articles evidence
/// is checked against, and every diagnostic. Kept in one small class so that a shared reading method can replace it.
/// </summary>
internal sealed record CorpusReading(ImmutableArray<CheckedFile> Files, ImmutableArray<ArticleText> Articles, ImmutableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The *.facts.yaml files and the *.txt articles under <paramref name="directory"/> (build output folders left out).</summary>
    public static CorpusReading Read(string directory)
    {
        var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(path => !InBuildOutput(directory, path))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();
        var facts = files.Where(CorpusSteps.IsFactFile).Select(path => CorpusSteps.ReadFactFile(new FileText(path), CancellationToken.None)).ToImmutableArray();
        var articleFiles = files.Where(path => path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)).Select(path => new FileText(path)).ToImmutableArray();
        var articles = articleFiles.Select(f => CorpusSteps.ReadArticle(f, CancellationToken.None)).ToImmutableArray();
        var encodings = articleFiles.Select(f => CorpusSteps.CheckArticleEncoding(f, CancellationToken.None)).ToImmutableArray();
        var symbols = CorpusSteps.Link(facts.Select(CorpusSteps.Declare).ToImmutableArray(), articles.Select(a => a.Path).ToImmutableArray(), EquatableArray<string>.Empty);
        var readable = CorpusSteps.Readable(articles, encodings);
        var validated = facts.Select(file => CorpusSteps.Validate(CorpusSteps.Cite(CorpusSteps.Scope(file, symbols), readable))).ToImmutableArray();
        var conflicts = CorpusSteps.FindConflicts(validated.Select(CorpusSteps.ProjectClaims).ToImmutableArray());
        var checkedFiles = validated.Select(file => CorpusSteps.WithConflicts(file, conflicts)).ToImmutableArray();
        var diagnostics = encodings.OfType<DiagnosticInfo>()
            .Concat(conflicts.Problems)
            .Concat(checkedFiles.SelectMany(f => CorpusSteps.Diagnostics(f)))
            .ToImmutableArray();
        return new CorpusReading(checkedFiles, articles.Where(a => readable.TryGet(a.Path, out _)).ToImmutableArray(), diagnostics);
    }

    private static bool InBuildOutput(string root, string path) =>
        Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj");

    /// <summary>A file on disk as the compiler hands AdditionalFiles to the generator.</summary>
    private sealed class FileText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            using var stream = File.OpenRead(Path);
            return SourceText.From(stream, throwIfBinaryDetected: false);
        }
    }
}
