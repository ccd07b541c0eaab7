using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using FactCorpus.Generator.Ahead;
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
    /// What the corpus's checking steps made, each step's value, for <see cref="CorpusGeneration"/> to emit from; and
    /// whether they ran on all cores. <see cref="Files"/> are the files checked, in order; with a last run to reuse,
    /// <see cref="Kept"/> holds, for each fact file in order, what that run made of it when it is still valid, and
    /// then the file was neither read nor checked (null for the others; empty without a last run); and, with one,
    /// the options' hash (<see cref="AheadReuse.SettingsKey"/>) and each fact file's <see cref="ScopedFile.Probes"/>
    /// and <see cref="ScopeKeys.Of"/>, for the next run.
    /// </summary>
    internal sealed record CheckedCorpus(
        ImmutableArray<FileDeclarations> Declarations,
        CorpusSymbols Symbols,
        ImmutableArray<ArticleText> Articles,
        ImmutableArray<DiagnosticInfo?> ArticleEncodings,
        ReadableArticles Readable,
        CorpusConflicts Conflicts,
        ImmutableArray<CheckedFile> Files,
        bool Parallel,
        ImmutableArray<AdditionalText> FactTexts,
        ImmutableArray<CachedFile?> Kept,
        ImmutableArray<FileClaimFacts> Claims,
        string? Settings,
        ImmutableArray<(EquatableArray<string> Probes, string? Key)> Scopes);

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

        /// <summary>
        /// The least number of files worth hashing or reading on all cores without knowing their size: 200 articles
        /// (1.6 MB) took 63 ms one after another in the build's task, hashing 200 fact files 40 ms.
        /// </summary>
        private const int ManyFiles = 32;

        /// <param name="resourceOf">Each fact file's data resource name, as the build targets set it, or null.</param>
        /// <param name="reuse">The build task's last run, whose files are taken where still valid; or null.</param>
        public static CheckedCorpus Check(ImmutableArray<AdditionalText> files, System.Func<AdditionalText, string?> resourceOf, EquatableArray<string> projectTexts, CancellationToken cancellationToken, AheadReuse? reuse = null)
        {
            var factTexts = files.Where(f => CorpusSteps.IsFactFile(f.Path)).ToImmutableArray();
            var articleFiles = files.Where(f => !CorpusSteps.IsFactFile(f.Path)).ToImmutableArray();
            var kept = reuse is null ? ImmutableArray<CachedFile?>.Empty : Each(factTexts, f => reuse.Kept(f, resourceOf(f), cancellationToken), factTexts.Length >= ManyFiles, cancellationToken);
            var facts = Read(factTexts, kept, resourceOf, cancellationToken);
            var articles = Each(articleFiles, f => CorpusSteps.ReadArticle(f, cancellationToken), articleFiles.Length >= ManyFiles, cancellationToken);
            var encodings = articleFiles.Select(f => CorpusSteps.CheckArticleEncoding(f, cancellationToken)).ToImmutableArray();
            var declarations = factTexts.Select((_, i) => IsKept(kept, i) ? kept[i]!.Declarations : CorpusSteps.Declare(facts[i]!)).ToImmutableArray();
            var symbols = CorpusSteps.Link(declarations, articles.Select(a => a.Path).ToImmutableArray(), projectTexts);
            var readable = CorpusSteps.Readable(articles, encodings);
            var settings = reuse?.SettingsKey(declarations);
            using var scopeKeys = reuse is null ? null : new ScopeKeys(symbols, articleFiles, cancellationToken);
            if (kept.Any(k => k is not null))
            {
                // A kept file whose part of the table or cited articles changed, or any when the options did, is read and checked again.
                // The options' hash needs every file's declarations, kept ones included: all are read again when it differs.
                kept = kept.Select(k => k is not null && settings == reuse!.Previous!.Settings && scopeKeys!.Of(k.Path, k.Probes, wholeTable: false) == k.ScopeKey ? k : null).ToImmutableArray();
                facts = Read(factTexts, kept, resourceOf, cancellationToken, facts);
            }

            var toCheck = Enumerable.Range(0, factTexts.Length).Where(i => !IsKept(kept, i)).ToImmutableArray();
            var parallel = toCheck.Length > 1 && toCheck.Sum(i => (long)(factTexts[i].GetText(cancellationToken)?.Length ?? 0)) >= CorpusSteps.ReadAheadFrom;
            var scoped = Each(toCheck, i => CorpusSteps.Scope(facts[i]!, symbols), parallel, cancellationToken);
            var validated = Each(scoped, file => CorpusSteps.Validate(CorpusSteps.Cite(file, readable)), parallel, cancellationToken);
            var claims = new FileClaimFacts[factTexts.Length];
            var scopes = new (EquatableArray<string>, string?)[factTexts.Length];
            for (int i = 0, next = 0; i < claims.Length; i++)
            {
                if (IsKept(kept, i))
                {
                    (claims[i], scopes[i]) = (kept[i]!.Claims, (kept[i]!.Probes, kept[i]!.ScopeKey));
                    continue;
                }

                var scope = scoped[next];
                claims[i] = CorpusSteps.ProjectClaims(validated[next++]);
                scopes[i] = scopeKeys is null ? default : (scope.Probes, scopeKeys.Of(scope.File.Path, scope.Probes, WholeTable(scope, symbols)));
            }

            var conflicts = CorpusSteps.FindConflicts(ImmutableArray.Create(claims));
            var checkedFiles = validated.Select(file => CorpusSteps.WithConflicts(file, conflicts)).ToImmutableArray();
            return new CheckedCorpus(declarations, symbols, articles, encodings, readable, conflicts, checkedFiles, parallel, factTexts, kept, ImmutableArray.Create(claims), settings, ImmutableArray.Create(scopes));
        }

        /// <summary>A file the last run made whose conflicts changed: read and checked now, as <see cref="Check"/> checks a file.</summary>
        public static CheckedFile CheckAgain(CheckedCorpus corpus, int index, string? resource, CancellationToken cancellationToken) =>
            CorpusSteps.WithConflicts(CorpusSteps.Validate(CorpusSteps.Cite(CorpusSteps.Scope(CorpusSteps.ReadFactFile(corpus.FactTexts[index], cancellationToken, resource), corpus.Symbols), corpus.Readable)), corpus.Conflicts);

        /// <summary>Whether the file's part is the whole table: a reference the table did not have, or a file that names every id (or scoping failed).</summary>
        private static bool WholeTable(ScopedFile file, CorpusSymbols symbols) =>
            file.Symbols.Entries.Count == symbols.Entries.Count || file.Symbols.Problems.Any(p => p.Descriptor == Descriptors.InternalError);

        private static bool IsKept(ImmutableArray<CachedFile?> kept, int index) => !kept.IsEmpty && kept[index] is not null;

        /// <summary>Each fact file not kept, read (on all cores when the texts to read are large enough); null where kept, or where <paramref name="read"/> already holds it.</summary>
        private static ImmutableArray<FactFile?> Read(ImmutableArray<AdditionalText> texts, ImmutableArray<CachedFile?> kept, System.Func<AdditionalText, string?> resourceOf, CancellationToken cancellationToken, ImmutableArray<FactFile?> read = default)
        {
            var toRead = texts.Where((_, i) => !IsKept(kept, i) && (read.IsDefault || read[i] is null)).ToImmutableArray();
            CorpusSteps.ReadAhead(toRead, cancellationToken);
            return texts.Select((text, i) => IsKept(kept, i) ? null : !read.IsDefault && read[i] is { } file ? file : CorpusSteps.ReadFactFile(text, cancellationToken, resourceOf(text))).ToImmutableArray();
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
