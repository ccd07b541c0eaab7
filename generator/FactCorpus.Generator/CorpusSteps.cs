using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using FactCorpus.Generator.Ahead;
using FactCorpus.Generator.Diagnostics;
using FactCorpus.Generator.Emitting;
using FactCorpus.Generator.Model;
using FactCorpus.Shared;
using FactCorpus.Generator.Reading;
using FactCorpus.Generator.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactCorpus.Generator
{
    /// <summary>
    /// The steps shared by the generator (which builds the code) and the analyzer (which reports the errors to
    /// editors and language servers). Each step catches what it did not expect and turns it into FC0002.
    /// </summary>
    internal static partial class CorpusSteps
    {
        /// <summary>
        /// Files already read, keyed by their immutable text: in an editor the generator and the analyzer see the
        /// same text, and it is parsed once. Weak keys, so nothing outlives the text it was read from.
        /// </summary>
        private static readonly ConditionalWeakTable<Microsoft.CodeAnalysis.Text.SourceText, FactFile> Read = new();

        /// <param name="resource">The name the build targets gave the file's embedded data (<see cref="ReadResourceName"/>), or null.</param>
        public static FactFile ReadFactFile(AdditionalText text, CancellationToken cancellationToken, string? resource = null)
        {
            try
            {
                var content = text.GetText(cancellationToken);
                if (content is null)
                {
                    return FactFileReader.Read(text.Path, "") with { Resource = resource };
                }

                var path = text.Path;
                var file = Read.GetValue(content, c => ReadChecked(path, c));
                file = file.Path == path ? file : ReadChecked(path, content);
                return file.Resource == resource ? file : file with { Resource = resource };
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return new FactFile(text.Path, CorpusItems.Empty, ImmutableArray.Create(InternalError(text.Path, e)).ToEquatableArray(), AllIdsRead: false, TextHash: 0, resource);
            }
        }

        /// <summary>
        /// The least text, in characters, worth reading ahead: below about a megabyte of YAML, starting the workers
        /// cost more than the second core saved (1,000 claims in 200 files, 0.5 MB: a warm run's median 28 → 35–42 ms;
        /// 10,000 claims, 5.2 MB: a cold run's 810 → 750 ms).
        /// </summary>
        public const long ReadAheadFrom = 1 << 20;

        /// <summary>
        /// Reads every fact file not read yet into <see cref="Read"/>, on all cores, where <see cref="ReadFactFile"/>
        /// then finds it. The driver runs the per-file steps one after another, and reading is most of a build's
        /// generator time (10,000 claims in 200 files: about half of a cold compiler's generator run), while the
        /// compiler's other cores wait. Only texts not read yet are read, so this adds no work; which files are
        /// regenerated is still decided by the per-file step. Whatever fails here is left to that step to report.
        /// </summary>
        /// <param name="from">The least unread text, in characters, to read ahead (<see cref="ReadAheadFrom"/>).</param>
        /// <returns>How many texts were not read yet (left to the per-file step when one alone, or less than <paramref name="from"/>).</returns>
        public static int ReadAhead(ImmutableArray<AdditionalText> texts, CancellationToken cancellationToken, long from = ReadAheadFrom)
        {
            var unread = new List<(string Path, Microsoft.CodeAnalysis.Text.SourceText Content)>();
            foreach (var text in texts)
            {
                try
                {
                    if (text.GetText(cancellationToken) is { } content && !Read.TryGetValue(content, out _))
                    {
                        unread.Add((text.Path, content));
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // ReadFactFile asks again and reports what went wrong.
                }
            }

            if (unread.Count < 2 || unread.Sum(f => (long)f.Content.Length) < from)
            {
                return unread.Count;
            }

            System.Threading.Tasks.Parallel.ForEach(
                unread,
                new System.Threading.Tasks.ParallelOptions { CancellationToken = cancellationToken },
                file =>
                {
                    try
                    {
                        Read.GetValue(file.Content, c => ReadChecked(file.Path, c));
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        // ReadFactFile reads it again and reports what went wrong.
                    }
                });
            return unread.Count;
        }

        /// <summary>The file read, with FC0005 at its first character that its bytes, not being UTF-8, made wrong (see <see cref="EncodingCheck"/>).</summary>
        private static FactFile ReadChecked(string path, Microsoft.CodeAnalysis.Text.SourceText content)
        {
            var chars = content.ToString();
            var file = FactFileReader.Read(path, chars);
            return EncodingCheck.Check(file.Path, content, chars) is { } notUtf8
                ? file with { Diagnostics = file.Diagnostics.Append(notUtf8).ToEquatableArray() }
                : file;
        }

        public static ArticleText ReadArticle(AdditionalText text, CancellationToken cancellationToken)
        {
            return Article(ArticlePaths.Normalize(text.Path), text.GetText(cancellationToken)?.ToString() ?? "");
        }

        /// <summary>An article's text as read, normalised and with its paragraph breaks, keyed by its normalised path.</summary>
        public static ArticleText Article(string path, string content)
        {
            var paragraphBreaks = new List<int>();
            var normalized = TextNormalizer.Normalize(content, null, paragraphBreaks);
            return new ArticleText(path, normalized, content, paragraphBreaks.ToEquatableArray());
        }

        /// <summary>FC0005 at the article's first bad character when its bytes were not UTF-8; else null.</summary>
        public static DiagnosticInfo? CheckArticleEncoding(AdditionalText text, CancellationToken cancellationToken)
        {
            try
            {
                return text.GetText(cancellationToken) is { } content ? EncodingCheck.Check(text.Path, content) : null;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return InternalError(text.Path, e);
            }
        }

        /// <summary>
        /// The articles evidence is checked against, by path: not those that failed <see cref="CheckArticleEncoding"/>,
        /// whose text is not what the author wrote, so one FC0005 stands for every excerpt it would make fail.
        /// Their paths stay in the symbol table, so their sources still resolve. Of two files with one path, the
        /// later is kept.
        /// </summary>
        public static ReadableArticles Readable(ImmutableArray<ArticleText> articles, ImmutableArray<DiagnosticInfo?> encodings)
        {
            var skipped = new HashSet<string>(encodings.OfType<DiagnosticInfo>().Select(d => ArticlePaths.Normalize(d.Location.FilePath)), StringComparer.Ordinal);
            var readable = new Dictionary<string, ArticleText>(articles.Length, StringComparer.Ordinal);
            foreach (var article in articles)
            {
                if (!skipped.Contains(article.Path))
                {
                    readable[article.Path] = article;
                }
            }

            return new ReadableArticles(readable);
        }

        /// <summary>An article's FC0005, reported as the file diagnostics are: by the generator in a build, by the analyzer at design time.</summary>
        public static GeneratorOutput ReportArticle(DiagnosticInfo? encoding, CorpusOptions options) =>
            encoding is null ? GeneratorOutput.None : new(null, null, ImmutableArray.Create(encoding).ToEquatableArray(), options.Reporter == DiagnosticsReporter.Generator);

        /// <summary>
        /// The project's *.txt files (full paths) as the package's props list them in FactCorpusProjectTexts, '|'
        /// apart (';' would end an analyzer config value): only to tell an author that an article path names a
        /// file that exists but is not an AdditionalFile. Empty when the props are not used.
        /// </summary>
        public static EquatableArray<string> ReadProjectTexts(AnalyzerConfigOptions options) => ProjectTexts(ReadProjectTextsProperty(options));

        /// <summary>The paths of <see cref="ReadProjectTexts"/> from the property's value.</summary>
        public static EquatableArray<string> ProjectTexts(string property) =>
            property.Split(new[] { '|' }, StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()).Where(p => p.Length > 0)
                .OrderBy(p => p, StringComparer.Ordinal).ToEquatableArray();

        /// <summary>
        /// A file's declarations for the symbol table. Should this ever fail, the file is left out of the table and
        /// its own step (which runs the same code through <see cref="Scope"/>) reports FC0002.
        /// </summary>
        public static FileDeclarations Declare(FactFile file)
        {
            try
            {
                return SymbolTable.Declare(file);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return new FileDeclarations(file.Path, EquatableArray<Declaration>.Empty, AllIdsRead: false);
            }
        }

        public static CorpusSymbols Link(ImmutableArray<FileDeclarations> files, ImmutableArray<string> articlePaths, EquatableArray<string> projectTexts)
        {
            try
            {
                return SymbolTable.Build(files, articlePaths, projectTexts);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var path = files.IsEmpty ? "" : files.Min(f => f.Path)!;
                return Failed(path, e);
            }
        }

        public static ScopedFile Scope(FactFile file, CorpusSymbols symbols)
        {
            try
            {
                return SymbolTable.ScopeTo(file, symbols);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return new ScopedFile(file, Failed(file.Path, e), EquatableArray<string>.Empty);
            }
        }

        /// <summary>The file with the articles it cites; should that fail, FC0002 replaces its symbols, as in <see cref="Scope"/>.</summary>
        public static CitingFile Cite(ScopedFile file, ReadableArticles articles)
        {
            try
            {
                return new CitingFile(file, CitedArticles.Of(file, articles));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return new CitingFile(file with { Symbols = Failed(file.File.Path, e) }, EquatableArray<ArticleText>.Empty);
            }
        }

        /// <summary>The file's valid items and all its diagnostics, with the symbols its code is made from; no article goes further.</summary>
        public static CheckedFile Validate(CitingFile file)
        {
            var scoped = file.Scoped;
            try
            {
                var validated = FileValidator.Validate(scoped.File, scoped.Symbols, file.Articles);
                // Text decoded from bytes that are not UTF-8 is not what the author wrote: its ids, names and
                // excerpts would fail for that reason alone, so FC0005 is the file's one error until it is saved as UTF-8.
                return new CheckedFile(
                    scoped.File.Diagnostics.Any(d => d.Descriptor == Descriptors.NotUtf8)
                        ? validated with { Diagnostics = validated.Diagnostics.Where(d => d.Descriptor == Descriptors.NotUtf8).ToEquatableArray() }
                        : validated,
                    scoped.Symbols);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return new CheckedFile(new ValidatedFile(scoped.File.Path, CorpusItems.Empty, ImmutableArray.Create(InternalError(scoped.File.Path, e)).ToEquatableArray(), scoped.File), scoped.Symbols);
            }
        }

        /// <summary>What the conflict check reads of a validated file; should that fail, nothing, with FC0002 for <see cref="ReportConflictProblems"/>.</summary>
        public static FileClaimFacts ProjectClaims(CheckedFile file)
        {
            try
            {
                return ClaimConflicts.Project(file);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return new FileClaimFacts(file.Validated.Path, EquatableArray<ClaimFacts>.Empty, InternalError(file.Validated.Path, e));
            }
        }

        /// <summary>The conflicts between claims across the corpus; should that fail, none, with FC0002 for <see cref="ReportConflictProblems"/>.</summary>
        public static CorpusConflicts FindConflicts(ImmutableArray<FileClaimFacts> files)
        {
            try
            {
                return ClaimConflicts.Find(files);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var path = files.IsEmpty ? "" : files.Min(f => f.Path)!;
                return new CorpusConflicts(new Dictionary<string, EquatableArray<ClaimConflict>>(), ImmutableArray.Create(InternalError(path, e)).ToEquatableArray());
            }
        }

        /// <summary>The FC0002 of finding conflicts, reported as the file diagnostics are: by the generator in a build, by the analyzer at design time.</summary>
        public static GeneratorOutput ReportConflictProblems(CorpusConflicts conflicts, CorpusOptions options) =>
            conflicts.Problems.Count == 0 ? GeneratorOutput.None : new(null, null, conflicts.Problems, options.Reporter == DiagnosticsReporter.Generator);

        /// <summary>
        /// The fewest items, over the files due, worth validating or emitting ahead on all cores (<see cref="StepAhead{TInput, TOutput}"/>):
        /// about as many as <see cref="ReadAheadFrom"/>'s megabyte of YAML holds.
        /// </summary>
        public const int StepAheadFrom = 3000;

        private static readonly StepAhead<CitingFile, CheckedFile> Validated = new(Validate, static file => file.Scoped.File.Items.Count, StepAheadFrom);

        private static readonly StepAhead<FileToEmit, GeneratorOutput> Generated = new(static file => GenerateFile(file.File, file.Options), static file => file.File.Validated.Items.Count, StepAheadFrom);

        /// <summary>Validates on all cores every file that the validation step will be given and has not been yet; it then takes them (<see cref="TakeValidated"/>).</summary>
        /// <returns>How many files were due.</returns>
        public static int ValidateAhead(ImmutableArray<CitingFile> files, CancellationToken cancellationToken) => Validated.Run(files, cancellationToken);

        /// <summary><see cref="Validate"/>'s result, made ahead or now.</summary>
        public static CheckedFile TakeValidated(CitingFile file) => Validated.Take(file);

        /// <summary>Emits on all cores every file that the emission step will be given and has not been yet; it then takes them (<see cref="TakeGenerated"/>).</summary>
        /// <returns>How many files were due.</returns>
        public static int GenerateAhead(ImmutableArray<FileToEmit> files, CancellationToken cancellationToken) => Generated.Run(files, cancellationToken);

        /// <summary><see cref="GenerateFile"/>'s result, made ahead or now.</summary>
        public static GeneratorOutput TakeGenerated(FileToEmit file) => Generated.Take(file);

        /// <summary>The file with the conflicts located at its claims, and no other file's.</summary>
        public static CheckedFile WithConflicts(CheckedFile file, CorpusConflicts conflicts) =>
            file with { Conflicts = conflicts.For(file.Validated.Path) };

        /// <summary>Every diagnostic of a file: its validation's, then the conflict warnings (FC4001), each at the id of its claim.</summary>
        public static EquatableArray<DiagnosticInfo> Diagnostics(CheckedFile file)
        {
            if (!file.Conflicts.Any(c => c.WarningArgs.Count > 0))
            {
                return file.Validated.Diagnostics;
            }

            var ids = file.Validated.Items.Claims.ToDictionary(c => c.Id.Text, c => c.Id, StringComparer.Ordinal);
            var warnings = file.Conflicts
                .Where(c => c.WarningArgs.Count > 0)
                .Select(c => new DiagnosticInfo(Descriptors.ClaimsConflict, ids[c.ClaimId].Location, c.WarningArgs))
                .OrderBy(w => w.Location.StartOffset);
            return file.Validated.Diagnostics.Concat(warnings).ToEquatableArray();
        }

        /// <summary>A file's diagnostics and C# code; no code when the file declares nothing or the table has no entry for it.</summary>
        public static GeneratorOutput GenerateFile(CheckedFile file, CorpusOptions options)
        {
            var validated = file.Validated;
            var diagnostics = Diagnostics(file);
            var report = options.Reporter == DiagnosticsReporter.Generator;
            var entry = file.Symbols.File(validated.Path);
            if (entry is null || entry.Sections == ItemKind.None || validated.Diagnostics.Any(d => d.Descriptor == Descriptors.InternalError))
            {
                return new GeneratorOutput(null, null, diagnostics, report);
            }

            try
            {
                var (source, literals) = FileEmitter.Emit(validated, file.Symbols, file.Conflicts, entry, options.Namespace, options.Docs, options.InExtensionBlocks);
                return new GeneratorOutput(FileEmitter.HintName(entry), source, diagnostics, report, LiteralBudget.Of(validated.Path, literals));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return new GeneratorOutput(null, null, diagnostics.Append(InternalError(validated.Path, e)).ToEquatableArray(), report);
            }
        }

        /// <summary>Where each kind's members go; the files' declarations are counted, never read again.</summary>
        public static MemberPlacement Place(ImmutableArray<FileDeclarations> files, int languageVersion)
        {
            try
            {
                return MemberPlacement.Decide(files, languageVersion);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return new MemberPlacement(ItemKind.None, ImmutableArray.Create(InternalError(files.IsEmpty ? "" : files[0].Path, e)).ToEquatableArray());
            }
        }

        /// <summary>
        /// The corpus's pairs of conflicting claims by id, each pair once, ordered by its first id, then its second, as
        /// a record of texts: what Corpus.g.cs hands the index, equal while the conflicts are whatever their warnings say.
        /// </summary>
        public static string ConflictPairs(CorpusConflicts conflicts) =>
            Emitting.ItemData.OfThread().TextsRecord(conflicts.All
                .Where(c => string.CompareOrdinal(c.ClaimId, c.OtherId) < 0)
                .OrderBy(c => c.ClaimId, StringComparer.Ordinal)
                .ThenBy(c => c.OtherId, StringComparer.Ordinal)
                .SelectMany(c => new[] { c.ClaimId, c.OtherId })
                .ToList());

        /// <summary>Corpus.g.cs, once the corpus has a file.</summary>
        public static GeneratorOutput GenerateCorpus(CorpusOutline outline, string conflicts, CorpusOptions options)
        {
            if (outline.Files.Count == 0)
            {
                return GeneratorOutput.None;
            }

            try
            {
                var (source, literals) = CorpusEmitter.Emit(outline, conflicts, options.Namespace, options.Docs);
                return new GeneratorOutput(CorpusEmitter.HintName, source, EquatableArray<DiagnosticInfo>.Empty, false, LiteralBudget.Of(outline.Files[0].Path, literals));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return new GeneratorOutput(null, null, ImmutableArray.Create(InternalError(outline.Files[0].Path, e)).ToEquatableArray(), options.Reporter == DiagnosticsReporter.Generator);
            }
        }

        /// <summary>FC0007 when the corpus's string literals overflow what one assembly can hold.</summary>
        public static GeneratorOutput CheckLiteralBudget(ImmutableArray<FileLiterals> files, int? dataSectionThreshold)
        {
            try
            {
                return GeneratorOutput.Report(LiteralBudget.Check(files, dataSectionThreshold));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return GeneratorOutput.Report(InternalError(files.IsEmpty ? "" : files[0].Path, e));
            }
        }

        /// <summary>An empty table whose only content is the FC0002 that emptied it, reported with the file at <paramref name="path"/>.</summary>
        private static CorpusSymbols Failed(string path, Exception e) =>
            new(EquatableArray<SymbolEntry>.Empty, EquatableArray<FactFileEntry>.Empty, ImmutableArray.Create(InternalError(path, e)).ToEquatableArray(), hasUnreadIds: true);

        public static DiagnosticInfo InternalError(string path, Exception e) =>
            DiagnosticInfo.Create(Descriptors.InternalError, LocationInfo.StartOf(path), e.GetType().Name + ": " + e.Message);
    }
}
