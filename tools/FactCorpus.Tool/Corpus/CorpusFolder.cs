using System.Collections.Immutable;
using FactCorpus.Generator;
using FactCorpus.Generator.Model;
using FactCorpus.Generator.Tasks;
using Microsoft.CodeAnalysis;

namespace FactCorpus.Tool.Corpus;

/// <summary>
/// The files of a corpus folder, found as the package's props find them in a project: every `**/*.facts.yaml`, the
/// articles of a pattern (`articles/**/*.txt` by default), and every *.txt for FC3003; never under bin/, obj/ or a
/// folder whose name starts with '.'.
/// </summary>
internal sealed record CorpusFolder(string Root, ImmutableArray<string> FactFiles, ImmutableArray<string> Articles, ImmutableArray<string> ProjectTexts)
{
    public const string DefaultArticles = "articles/**/*.txt";

    /// <summary>The folder's corpus, or the one line that says why there is none.</summary>
    public static (CorpusFolder? Folder, string? Problem) Find(string directory, string articlePattern)
    {
        var root = Path.GetFullPath(directory);
        if (!Directory.Exists(root))
        {
            return (null, $"The folder '{directory}' does not exist.");
        }

        var articles = new Glob(articlePattern);
        var all = Files(root).ToList();
        var facts = all.Where(f => CorpusSteps.IsFactFile(f.Path)).Select(f => f.Path).ToImmutableArray();
        if (facts.IsEmpty)
        {
            return (null, $"The folder '{directory}' has no *.facts.yaml file (in it or its subfolders).");
        }

        return (new CorpusFolder(
            root,
            facts,
            all.Where(f => articles.IsMatch(f.Relative) && !CorpusSteps.IsFactFile(f.Path)).Select(f => f.Path).ToImmutableArray(),
            all.Where(f => f.Path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)).Select(f => f.Path).ToImmutableArray()), null);
    }

    /// <summary>The fact files and the articles, in the order of their paths.</summary>
    public ImmutableArray<AdditionalText> AdditionalFiles() =>
        FactFiles.Concat(Articles).Select(p => (AdditionalText)new FileText(p)).ToImmutableArray();

    /// <summary>As the props pass them to the generator: full paths, in ordinal order.</summary>
    public EquatableArray<string> ProjectTextList() => CorpusSteps.ProjectTexts(string.Join("|", ProjectTexts));

    /// <summary>The severities the folder's analyzer configs give the FC diagnostics, read on first use.</summary>
    public ConfiguredSeverities Severities => severities ??= ConfiguredSeverities.Above(Root);

    private ConfiguredSeverities? severities;

    /// <summary>A path as the output shows it: relative to the corpus folder.</summary>
    public string Relative(string path) => path.Length == 0 ? "" : Path.GetRelativePath(Root, path);

    private static IEnumerable<(string Path, string Relative)> Files(string root)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.None };
        return Directory.EnumerateFiles(root, "*", options)
            .Select(path => (Path: path, Relative: Path.GetRelativePath(root, path).Replace('\\', '/')))
            .Where(f => !f.Relative.Split('/').SkipLast(1).Any(folder => folder is "bin" or "obj" || folder.StartsWith('.')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
    }
}
