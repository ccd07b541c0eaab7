using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FactCorpus.Generator.Diagnostics;
using FactCorpus.Generator.Model;
using FactCorpus.Generator.Reading;

namespace FactCorpus.Generator.Validation
{
    /// <summary>
    /// Checks one file against the symbol table: each item must be the declaration its id resolves to, valid
    /// across files, with references that name existing items of the right kind, and evidence found in its
    /// source's article. Keeps the items that pass; an item that fails is left out, and so is every item of
    /// another file that refers to it (the table marks it invalid), so nothing generated refers to a missing member.
    /// </summary>
    internal sealed class FileValidator
    {
        private readonly FactFile file;
        private readonly CorpusSymbols symbols;
        private readonly Dictionary<string, ArticleText> articles;
        private readonly List<DiagnosticInfo> diagnostics;

        /// <summary>The references of the item being checked, one list for all of them.</summary>
        private readonly List<ItemReference> references = new();

        private FileValidator(FactFile file, CorpusSymbols symbols, EquatableArray<ArticleText> articles)
        {
            this.file = file;
            this.symbols = symbols;
            this.articles = new Dictionary<string, ArticleText>(articles.Count, StringComparer.Ordinal);
            foreach (var article in articles)
            {
                this.articles[article.Path] = article;
            }

            diagnostics = new List<DiagnosticInfo>(file.Diagnostics);
            diagnostics.AddRange(symbols.Problems);
        }

        /// <param name="symbols">The table scoped to this file (<see cref="SymbolTable.ScopeTo"/>), or the whole table.</param>
        /// <param name="articles">The articles the file cites (<see cref="CitedArticles"/>), or more.</param>
        public static ValidatedFile Validate(FactFile file, CorpusSymbols symbols, EquatableArray<ArticleText> articles) =>
            new FileValidator(file, symbols, articles).Run();

        private ValidatedFile Run()
        {
            var items = new CorpusItems(
                Keep(ItemKind.Source, file.Items.Sources, s => s.Id, _ => true),
                Keep(ItemKind.Entity, file.Items.Entities, e => e.Id, _ => true),
                Keep(ItemKind.Claim, file.Items.Claims, c => c.Id, CheckClaim),
                Keep(ItemKind.Quote, file.Items.Quotes, q => q.Id, CheckQuote),
                Keep(ItemKind.Event, file.Items.Events, e => e.Id, CheckEvent));
            return new ValidatedFile(file.Path, items, diagnostics.Count == 0 ? EquatableArray<DiagnosticInfo>.Empty : Ordered(diagnostics).ToEquatableArray(), file);
        }

        /// <summary>
        /// Keeps the items that are the declaration their id resolves to, valid across files, and pass
        /// <paramref name="check"/>; sorted by id, so output never depends on the order items are written in.
        /// </summary>
        private EquatableArray<T> Keep<T>(ItemKind kind, EquatableArray<T> items, Func<T, LocatedText> id, Func<T, bool> check)
            where T : IEquatable<T>
        {
            var kept = new List<T>(items.Count);
            for (var index = 0; index < items.Count; index++)
            {
                var item = items[index];
                // The entry names the declaration by file, kind and position in its section, as SymbolTable.Declare counts them.
                var isDeclaration = symbols.TryGet(id(item).Text, out var entry) && entry.FilePath == file.Path && entry.Kind == kind && entry.Index == index;
                // A duplicate's error is already reported; an item invalid across files still reports its own errors.
                if (isDeclaration && check(item) & entry.IsValid)
                {
                    kept.Add(item);
                }
            }

            // Ids of kept items are unique (each is its id's one declaration), so an unstable sort is deterministic.
            kept.Sort((a, b) => string.CompareOrdinal(id(a).Text, id(b).Text));
            return kept.ToEquatableArray();
        }

        private bool CheckClaim(ClaimSpec claim)
        {
            ItemReferences.Of(claim, references);
            var valid = Check() & CheckEvidence(claim.Evidence, claim.Source, "claims", claim.Id);
            if (valid && !claim.HasErrors)
            {
                CheckAttribution("claims", claim.Id, claim.SaidBy, claim.Source, claim.Evidence, null, "its evidence");
            }

            return valid;
        }

        private bool CheckEvent(EventSpec @event)
        {
            ItemReferences.Of(@event, references);
            return Check() & CheckEvidence(@event.Evidence, @event.Source, "events", @event.Id);
        }

        private bool CheckQuote(QuoteSpec quote)
        {
            ItemReferences.Of(quote, references);
            var valid = Check() & CheckEvidence(quote.Evidence, quote.Source, "quotes", quote.Id);
            if (quote.Mode == QuoteMode.Direct && quote.Text is not null)
            {
                valid &= CheckExcerpt(quote.Text, quote.Source, new ExcerptPath("quotes", quote.Id, ".text", -1), Descriptors.QuoteNotFound, "the quote");
            }

            if (valid && !quote.HasErrors)
            {
                var direct = quote.Mode == QuoteMode.Direct && quote.Text is not null;
                CheckAttribution("quotes", quote.Id, quote.Speaker, quote.Source, quote.Evidence, direct ? quote.Text : null, direct ? "its text or its evidence" : "its evidence");
            }

            return valid;
        }

        /// <summary>
        /// FC3004 (a warning: the item is still generated) when no excerpt's sentence names who said it. Only for an item
        /// with no error, so every excerpt is known to occur and the speaker to resolve; one mistake, one diagnostic.
        /// </summary>
        private void CheckAttribution(string section, LocatedText id, LocatedText? speaker, LocatedText? source, EquatableArray<LocatedText> evidence, LocatedText? quoted, string held)
        {
            if (speaker is not null && symbols.TryGet(speaker.Text, out var entry)
                && CitedArticles.SourceOf(source, symbols) is { } cited && articles.TryGetValue(cited.ArticlePath!, out var article)
                && AttributionCheck.Check(section, id, speaker, entry, article, evidence, quoted, held) is { } warning)
            {
                diagnostics.Add(warning);
            }
        }

        /// <summary>Resolves every reference of the item whose references were last listed.</summary>
        private bool Check()
        {
            var valid = true;
            foreach (var reference in references)
            {
                valid &= Resolve(reference);
            }

            return valid;
        }

        /// <summary>
        /// True when the reference names an item of an allowed kind. A reference to an item that exists but is
        /// itself invalid fails silently: that item's own error is what the author fixes. So does one to an id
        /// that no file declares while some ids could not be read (a syntax error, a malformed id): it may be one
        /// of them, and that error, at its place, is the one to fix.
        /// </summary>
        private bool Resolve(ItemReference reference)
        {
            var id = reference.Id;
            if (!symbols.TryGet(id.Text, out var target))
            {
                if (symbols.HasUnreadIds)
                {
                    return false;
                }

                ReportUnknown(reference);
                return false;
            }

            if ((target.Kind & reference.Allowed) == 0)
            {
                Report(Descriptors.WrongReferenceKind, id.Location, reference.Path, ItemKinds.Describe(reference.Allowed), id.Text, ItemKinds.Describe(target.Kind));
                return false;
            }

            return target.IsValid || !reference.RequireValid;
        }

        /// <summary>
        /// FC2003 with the nearest id of an allowed kind. Apart from <see cref="Resolve"/>: its lambda would otherwise
        /// make Resolve copy the reference into a closure object on every call, an object for every reference of a corpus.
        /// </summary>
        private void ReportUnknown(ItemReference reference)
        {
            var suggestion = NearestName.Find(reference.Id.Text, symbols.Entries.Where(e => (e.Kind & reference.Allowed) != 0).Select(e => e.Id));
            Report(Descriptors.UnknownReference, reference.Id.Location, reference.Path, reference.Id.Text, NearestName.Hint(suggestion));
        }

        private bool CheckEvidence(EquatableArray<LocatedText> evidence, LocatedText? source, string section, LocatedText id)
        {
            var valid = true;
            for (var i = 0; i < evidence.Count; i++)
            {
                valid &= CheckExcerpt(evidence[i], source, new ExcerptPath(section, id, ".evidence", i), Descriptors.EvidenceNotFound, "the evidence");
            }

            return valid;
        }

        /// <summary>An excerpt's YAML path (claims.talks.evidence[0]), written out only for a message.</summary>
        private readonly record struct ExcerptPath(string Section, LocatedText Id, string Field, int Index)
        {
            public override string ToString() =>
                Section + "." + Id.Text + Field + (Index < 0 ? "" : "[" + Index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]");
        }

        /// <summary>True when the excerpt occurs in the source's article; else the error shows the closest passage and how it differs.</summary>
        private bool CheckExcerpt(LocatedText excerpt, LocatedText? source, ExcerptPath path, Microsoft.CodeAnalysis.DiagnosticDescriptor notFound, string excerptName)
        {
            // Without a resolvable article there is nothing to compare with; that error is reported on the source.
            if (CitedArticles.SourceOf(source, symbols) is not { } entry || !articles.TryGetValue(entry.ArticlePath!, out var article))
            {
                return true;
            }

            var normalized = TextNormalizer.Normalize(excerpt.Text);
            if (normalized.Length > 0 && article.NormalizedText.IndexOf(normalized, StringComparison.Ordinal) >= 0)
            {
                return true;
            }

            var (hint, passage) = ClosestPassage.Describe(ArticleIndex.Of(article), normalized, excerptName);
            diagnostics.Add(DiagnosticInfo.Create(notFound, excerpt.Location, path.ToString(), entry.Id, entry.ArticleWritten!, hint) with
            {
                AdditionalLocations = passage is null ? EquatableArray<LocationInfo>.Empty : ImmutableArray.Create(passage).ToEquatableArray(),
            });
            return false;
        }

        private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params string[] args) =>
            diagnostics.Add(DiagnosticInfo.Create(descriptor, location, args));

        /// <summary>In file order, then bounded: at most <see cref="ReadLimits.MaxDiagnosticsPerFile"/>, then one FC0006 counting the rest.</summary>
        private static IEnumerable<DiagnosticInfo> Ordered(List<DiagnosticInfo> diagnostics)
        {
            var all = diagnostics
                .OrderBy(d => d.Location.StartOffset)
                .ThenBy(d => d.Descriptor.Id, StringComparer.Ordinal)
                .ThenBy(d => string.Join("\u0000", d.MessageArgs), StringComparer.Ordinal)
                .ToList();
            foreach (var diagnostic in all.Take(ReadLimits.MaxDiagnosticsPerFile))
            {
                yield return diagnostic;
            }

            if (all.Count > ReadLimits.MaxDiagnosticsPerFile)
            {
                yield return DiagnosticInfo.Create(
                    Descriptors.TooManyDiagnostics, all[ReadLimits.MaxDiagnosticsPerFile].Location, (all.Count - ReadLimits.MaxDiagnosticsPerFile).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }
}
