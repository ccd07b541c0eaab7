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

    /// <summary>What the corpus's checking steps made, each step's value, for <see cref="CorpusGeneration"/> to emit from; and whether they ran on all cores.</summary>
    internal sealed record CheckedCorpus(
        ImmutableArray<FileDeclarations> Declarations,
        CorpusSymbols Symbols,
        ImmutableArray<ArticleText> Articles,
        ImmutableArray<DiagnosticInfo?> ArticleEncodings,
        ReadableArticles Readable,
        CorpusConflicts Conflicts,
        ImmutableArray<CheckedFile> Files,
        bool Parallel);

    /// <summary>
    /// The generator's reading and validation steps run once over the whole corpus, outside the incremental driver:
    /// for the design-time analyzer and the factcorpus tool, so both report exactly what a build reports, and for
    /// the build's task that generates ahead of the compiler (<see cref="CorpusGeneration"/>).
    /// </summary>
    internal static class CorpusCheck
    {
        /// <param name="files">The *.facts.yaml files and the articles, as AdditionalFiles.</param>
        /// <param name="projectTexts">Every *.txt of the project, for FC3003 (see <see cref="CorpusSteps.ReadProjectTexts"/>).</param>
        public static CorpusCheckResult Run(ImmutableArray<AdditionalText> files, EquatableArray<string> projectTexts, CancellationToken cancellationToken)
        {
            var corpus = Check(files, _ => null, projectTexts, cancellationToken);
            var diagnostics = new List<DiagnosticInfo>(corpus.ArticleEncodings.OfType<DiagnosticInfo>());
            diagnostics.AddRange(corpus.Conflicts.Problems);
            diagnostics.AddRange(corpus.Files.SelectMany(file => CorpusSteps.Diagnostics(file)));
            return new CorpusCheckResult(corpus.Files, corpus.Articles.Where(a => corpus.Readable.TryGet(a.Path, out _)).ToImmutableArray(), diagnostics.ToImmutableArray());
        }

        /// <param name="resourceOf">Each fact file's data resource name, as the build targets set it, or null.</param>
        public static CheckedCorpus Check(ImmutableArray<AdditionalText> files, System.Func<AdditionalText, string?> resourceOf, EquatableArray<string> projectTexts, CancellationToken cancellationToken)
        {
            var factTexts = files.Where(f => CorpusSteps.IsFactFile(f.Path)).ToImmutableArray();
            CorpusSteps.ReadAhead(factTexts, cancellationToken);
            var facts = factTexts.Select(f => CorpusSteps.ReadFactFile(f, cancellationToken, resourceOf(f))).ToImmutableArray();
            var articleFiles = files.Where(f => !CorpusSteps.IsFactFile(f.Path)).ToImmutableArray();
            var articles = articleFiles.Select(f => CorpusSteps.ReadArticle(f, cancellationToken)).ToImmutableArray();
            var encodings = articleFiles.Select(f => CorpusSteps.CheckArticleEncoding(f, cancellationToken)).ToImmutableArray();
            var declarations = facts.Select(CorpusSteps.Declare).ToImmutableArray();
            var symbols = CorpusSteps.Link(declarations, articles.Select(a => a.Path).ToImmutableArray(), projectTexts);

            var readable = CorpusSteps.Readable(articles, encodings);
            var parallel = factTexts.Length > 1 && factTexts.Sum(f => (long)(f.GetText(cancellationToken)?.Length ?? 0)) >= CorpusSteps.ReadAheadFrom;
            var validated = Each(facts, file => CorpusSteps.Validate(CorpusSteps.Cite(CorpusSteps.Scope(file, symbols), readable)), parallel, cancellationToken);
            var conflicts = CorpusSteps.FindConflicts(validated.Select(CorpusSteps.ProjectClaims).ToImmutableArray());
            var checkedFiles = validated.Select(file => CorpusSteps.WithConflicts(file, conflicts)).ToImmutableArray();
            return new CheckedCorpus(declarations, symbols, articles, encodings, readable, conflicts, checkedFiles, parallel);
        }

        /// <summary>
        /// <paramref name="step"/> over each file, in order; on all cores when <paramref name="parallel"/> (a corpus as
        /// large as <see cref="CorpusSteps.ReadAheadFrom"/>, below which starting workers costs more than it saves):
        /// validating and emitting were most of the build task's run after reading, one file after another.
        /// </summary>
        public static ImmutableArray<TOut> Each<TIn, TOut>(ImmutableArray<TIn> files, System.Func<TIn, TOut> step, bool parallel, CancellationToken cancellationToken)
        {
            if (!parallel)
            {
                return files.Select(step).ToImmutableArray();
            }

            var results = new TOut[files.Length];
            System.Threading.Tasks.Parallel.For(0, files.Length, new System.Threading.Tasks.ParallelOptions { CancellationToken = cancellationToken }, i => results[i] = step(files[i]));
            return ImmutableArray.Create(results);
        }
    }
}
