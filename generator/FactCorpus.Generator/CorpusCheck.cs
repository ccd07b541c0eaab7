using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using FactCorpus.Generator.Diagnostics;
using FactCorpus.Generator.Model;
using Microsoft.CodeAnalysis;

namespace FactCorpus.Generator
{
    /// <summary>
    /// The corpus checked in one go: each file validated with its conflicts, the articles that could be read (what
    /// evidence was checked against), and every FC diagnostic of the corpus.
    /// </summary>
    internal sealed record CorpusCheckResult(ImmutableArray<CheckedFile> Files, ImmutableArray<ArticleText> Articles, ImmutableArray<DiagnosticInfo> Diagnostics);

    /// <summary>
    /// The generator's reading and validation steps run once over the whole corpus, outside the incremental driver:
    /// for the design-time analyzer and the factcorpus tool, so both report exactly what a build reports.
    /// </summary>
    internal static class CorpusCheck
    {
        /// <param name="files">The *.facts.yaml files and the articles, as AdditionalFiles.</param>
        /// <param name="projectTexts">Every *.txt of the project, for FC3003 (see <see cref="CorpusSteps.ReadProjectTexts"/>).</param>
        public static CorpusCheckResult Run(ImmutableArray<AdditionalText> files, EquatableArray<string> projectTexts, CancellationToken cancellationToken)
        {
            var facts = files.Where(f => CorpusSteps.IsFactFile(f.Path)).Select(f => CorpusSteps.ReadFactFile(f, cancellationToken)).ToImmutableArray();
            var articleFiles = files.Where(f => !CorpusSteps.IsFactFile(f.Path)).ToImmutableArray();
            var articles = articleFiles.Select(f => CorpusSteps.ReadArticle(f, cancellationToken)).ToImmutableArray();
            var encodings = articleFiles.Select(f => CorpusSteps.CheckArticleEncoding(f, cancellationToken)).ToImmutableArray();
            var symbols = CorpusSteps.Link(facts.Select(CorpusSteps.Declare).ToImmutableArray(), articles.Select(a => a.Path).ToImmutableArray(), projectTexts);

            var readable = CorpusSteps.Readable(articles, encodings);
            var validated = facts.Select(file => CorpusSteps.Validate(CorpusSteps.Cite(CorpusSteps.Scope(file, symbols), readable))).ToImmutableArray();
            var conflicts = CorpusSteps.FindConflicts(validated.Select(CorpusSteps.ProjectClaims).ToImmutableArray());
            var checkedFiles = validated.Select(file => CorpusSteps.WithConflicts(file, conflicts)).ToImmutableArray();

            var diagnostics = new List<DiagnosticInfo>(encodings.OfType<DiagnosticInfo>());
            diagnostics.AddRange(conflicts.Problems);
            diagnostics.AddRange(checkedFiles.SelectMany(file => CorpusSteps.Diagnostics(file)));
            return new CorpusCheckResult(checkedFiles, articles.Where(a => readable.TryGet(a.Path, out _)).ToImmutableArray(), diagnostics.ToImmutableArray());
        }
    }
}
