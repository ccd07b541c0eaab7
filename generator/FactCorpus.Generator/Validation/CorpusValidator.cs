using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FactCorpus.Generator.Diagnostics;
using FactCorpus.Generator.Emitting;
using FactCorpus.Generator.Model;
using FactCorpus.Generator.Reading;

namespace FactCorpus.Generator.Validation
{
    /// <summary>
    /// Cross-file checks over the whole corpus: unique ids and C# names, references that resolve to the right
    /// kind of item, and evidence found in the article texts. Uses dictionaries keyed by id and by path, so the
    /// work grows linearly with the corpus. Keeps only items that are valid and whose references are valid.
    /// </summary>
    internal sealed class CorpusValidator
    {
        private readonly Dictionary<string, IdEntry> ids = new(StringComparer.Ordinal);
        private readonly Dictionary<string, LocatedText> memberNames = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ArticleText> articles;
        /// <summary>Each source's text path as written, and its article's normalised text (null when not found).</summary>
        private readonly Dictionary<string, (string Written, string? Text)> sourceTexts = new(StringComparer.Ordinal);
        private readonly List<DiagnosticInfo> diagnostics = new();

        private CorpusValidator(ImmutableArray<ArticleText> articles)
        {
            this.articles = new Dictionary<string, ArticleText>(StringComparer.Ordinal);
            foreach (var article in articles)
            {
                this.articles[article.Path] = article;
            }
        }

        public static ValidatedCorpus Validate(ImmutableArray<FactFile> files, ImmutableArray<ArticleText> articles, CorpusOptions options) =>
            new CorpusValidator(articles).Run(files.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray(), options);

        private ValidatedCorpus Run(FactFile[] files, CorpusOptions options)
        {
            foreach (var file in files)
            {
                diagnostics.AddRange(file.Diagnostics);
                Declare(file.Items.Sources, s => s.Id, s => s.HasErrors, ItemKind.Source);
                Declare(file.Items.Entities, e => e.Id, e => e.HasErrors, ItemKind.Entity);
                Declare(file.Items.Claims, c => c.Id, c => c.HasErrors, ItemKind.Claim);
                Declare(file.Items.Quotes, q => q.Id, q => q.HasErrors, ItemKind.Quote);
                Declare(file.Items.Events, e => e.Id, e => e.HasErrors, ItemKind.Event);
            }

            // Sources and entities reference nothing, so their validity is known before the items that use them.
            var sources = Keep(files.SelectMany(f => f.Items.Sources), s => s.Id, s => !s.HasErrors & CheckSourceText(s));
            var entities = Keep(files.SelectMany(f => f.Items.Entities), e => e.Id, e => !e.HasErrors);
            var claims = Keep(files.SelectMany(f => f.Items.Claims), c => c.Id, CheckClaim);
            var quotes = Keep(files.SelectMany(f => f.Items.Quotes), q => q.Id, CheckQuote);
            var events = Keep(files.SelectMany(f => f.Items.Events), e => e.Id, CheckEvent);

            return new ValidatedCorpus(
                options,
                files.Length > 0,
                new CorpusItems(sources, entities, claims, quotes, events),
                Bounded(diagnostics
                    .OrderBy(d => d.Location.FilePath, StringComparer.Ordinal)
                    .ThenBy(d => d.Location.StartOffset)
                    .ThenBy(d => d.Descriptor.Id, StringComparer.Ordinal)
                    .ThenBy(d => string.Join("\u0000", d.MessageArgs), StringComparer.Ordinal)).ToEquatableArray());
        }

        /// <summary>At most <see cref="ReadLimits.MaxDiagnosticsPerFile"/> diagnostics a file, then one FC0006 counting the rest.</summary>
        private static IEnumerable<DiagnosticInfo> Bounded(IEnumerable<DiagnosticInfo> sorted)
        {
            foreach (var file in sorted.GroupBy(d => d.Location.FilePath))
            {
                var all = file.ToList();
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

        private void Declare<T>(EquatableArray<T> items, Func<T, LocatedText> id, Func<T, bool> hasErrors, ItemKind kind)
            where T : IEquatable<T>
        {
            foreach (var item in items)
            {
                var itemId = id(item);
                if (ids.TryGetValue(itemId.Text, out var first))
                {
                    Report(Descriptors.DuplicateId, itemId.Location, itemId.Text, first.Id.Location.Display);
                    continue;
                }

                ids.Add(itemId.Text, new IdEntry(kind, itemId, hasErrors(item)));
                var memberName = MemberNames.For(itemId.Text);
                if (MemberNames.Reserved.Contains(memberName))
                {
                    Report(Descriptors.ReservedName, itemId.Location, itemId.Text, memberName);
                    ids[itemId.Text] = ids[itemId.Text] with { IsValid = false };
                }
                else if (memberNames.TryGetValue(memberName, out var other))
                {
                    Report(Descriptors.MemberNameCollision, itemId.Location, itemId.Text, memberName, other.Text, other.Location.Display);
                    ids[itemId.Text] = ids[itemId.Text] with { IsValid = false };
                }
                else
                {
                    memberNames.Add(memberName, itemId);
                }
            }
        }

        /// <summary>
        /// Keeps the items that pass <paramref name="check"/> and are the declaration their id resolves to (not a
        /// duplicate), sorted by id; marks the others invalid so items that reference them are dropped too.
        /// </summary>
        private EquatableArray<T> Keep<T>(IEnumerable<T> items, Func<T, LocatedText> id, Func<T, bool> check)
            where T : IEquatable<T>
        {
            var kept = new List<T>();
            foreach (var item in items)
            {
                var itemId = id(item);
                var entry = ids[itemId.Text];
                if (!ReferenceEquals(entry.Id, itemId))
                {
                    continue;
                }

                var valid = check(item) & entry.IsValid;
                if (valid)
                {
                    kept.Add(item);
                }
                else
                {
                    ids[itemId.Text] = entry with { IsValid = false };
                }
            }

            return kept.OrderBy(i => id(i).Text, StringComparer.Ordinal).ToEquatableArray();
        }

        private bool CheckClaim(ClaimSpec claim)
        {
            var path = "claims." + claim.Id.Text;
            var valid = !claim.HasErrors;
            valid &= Resolve(claim.Subject, path + ".subject", ItemKind.Entity);
            valid &= Resolve(claim.SaidBy, path + ".said_by", ItemKind.Entity | ItemKind.Source);
            valid &= Resolve(claim.Source, path + ".source", ItemKind.Source);
            valid &= Resolve(claim.Value?.Entity, path + ".value.entity", ItemKind.Entity);
            foreach (var included in claim.Includes)
            {
                valid &= Resolve(included, path + ".qualifiers.includes", ItemKind.Entity);
            }

            // A superseded claim names its replacement by id only, so only existence matters here.
            valid &= Resolve(claim.SupersededBy, path + ".superseded_by", ItemKind.Claim, requireValid: false);
            return valid & CheckEvidence(claim.Evidence, claim.Source, path + ".evidence");
        }

        private bool CheckQuote(QuoteSpec quote)
        {
            var path = "quotes." + quote.Id.Text;
            var valid = !quote.HasErrors;
            valid &= Resolve(quote.Speaker, path + ".speaker", ItemKind.Entity);
            valid &= Resolve(quote.Source, path + ".source", ItemKind.Source);
            valid &= Resolve(quote.Audience, path + ".audience", ItemKind.Entity);
            valid &= CheckEvidence(quote.Evidence, quote.Source, path + ".evidence");
            if (quote.Mode == "Direct" && quote.Text is not null)
            {
                valid &= CheckExcerpt(quote.Text, quote.Source, path + ".text", Descriptors.QuoteNotFound);
            }

            return valid;
        }

        private bool CheckEvent(EventSpec @event)
        {
            var path = "events." + @event.Id.Text;
            var valid = !@event.HasErrors;
            valid &= Resolve(@event.Location, path + ".location", ItemKind.Entity);
            valid &= Resolve(@event.Source, path + ".source", ItemKind.Source);
            foreach (var participant in @event.Participants)
            {
                valid &= Resolve(participant.Entity, path + ".participants", ItemKind.Entity);
            }

            return valid & CheckEvidence(@event.Evidence, @event.Source, path + ".evidence");
        }

        /// <summary>
        /// True when <paramref name="reference"/> is absent or names an item of an allowed kind. A reference to an
        /// item that exists but is itself invalid fails silently: that item's own error is what the author fixes.
        /// </summary>
        private bool Resolve(LocatedText? reference, string path, ItemKind allowed, bool requireValid = true)
        {
            if (reference is null)
            {
                return true;
            }

            if (!ids.TryGetValue(reference.Text, out var target))
            {
                var suggestion = NearestName.Find(reference.Text, ids.Where(e => (e.Value.Kind & allowed) != 0).Select(e => e.Key));
                Report(Descriptors.UnknownReference, reference.Location, path, reference.Text, NearestName.Hint(suggestion));
                return false;
            }

            if ((target.Kind & allowed) == 0)
            {
                Report(Descriptors.WrongReferenceKind, reference.Location, path, Describe(allowed), reference.Text, Describe(target.Kind));
                return false;
            }

            return target.IsValid || !requireValid;
        }

        private bool CheckEvidence(EquatableArray<LocatedText> evidence, LocatedText? source, string path)
        {
            var valid = true;
            for (var i = 0; i < evidence.Count; i++)
            {
                valid &= CheckExcerpt(evidence[i], source, path + "[" + i + "]", Descriptors.EvidenceNotFound);
            }

            return valid;
        }

        private bool CheckExcerpt(LocatedText excerpt, LocatedText? source, string path, Microsoft.CodeAnalysis.DiagnosticDescriptor notFound)
        {
            // Without a resolvable source text there is nothing to compare with; that error is reported on the source.
            if (source is null || !sourceTexts.TryGetValue(source.Text, out var article) || article.Text is null)
            {
                return true;
            }

            var normalized = TextNormalizer.Normalize(excerpt.Text);
            if (normalized.Length > 0 && article.Text.IndexOf(normalized, StringComparison.Ordinal) >= 0)
            {
                return true;
            }

            Report(notFound, excerpt.Location, path, source.Text, article.Written);
            return false;
        }

        /// <summary>Finds the source's article among the AdditionalFiles and remembers its normalised text.</summary>
        private bool CheckSourceText(SourceSpec source)
        {
            if (source.TextPath is null)
            {
                return false;
            }

            var full = ArticlePaths.Resolve(source.Id.Location.FilePath, source.TextPath.Text);
            articles.TryGetValue(full, out var article);
            sourceTexts[source.Id.Text] = (source.TextPath.Text, article?.NormalizedText);
            if (article is not null)
            {
                return true;
            }

            Report(Descriptors.ArticleNotFound, source.TextPath.Location, "sources." + source.Id.Text + ".text", source.TextPath.Text, full);
            return false;
        }

        private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params string[] args) =>
            diagnostics.Add(DiagnosticInfo.Create(descriptor, location, args));

        private static string Describe(ItemKind kind) => kind switch
        {
            ItemKind.Source => "a source",
            ItemKind.Entity => "an entity",
            ItemKind.Claim => "a claim",
            ItemKind.Quote => "a quote",
            ItemKind.Event => "an event",
            _ => "an entity or a source",
        };

        [Flags]
        private enum ItemKind
        {
            Source = 1,
            Entity = 2,
            Claim = 4,
            Quote = 8,
            Event = 16,
        }

        /// <summary>Where an id is declared, what it names, and whether that item is (still) valid.</summary>
        private sealed record IdEntry(ItemKind Kind, LocatedText Id, bool HasErrors)
        {
            public bool IsValid { get; init; } = !HasErrors;
        }
    }
}
