using System;
using System.Collections.Generic;
using System.Linq;

namespace FactCorpus.Model
{
    /// <summary>
    /// Every item of one corpus and the queries over them. Lookups by id, entity, speaker, source, status and
    /// predicate are answered from tables built once, so they allocate nothing; date ranges are filtered on each
    /// call into a new list. Every result is a plain list that composes with LINQ. docs/api.md lists them all.
    /// </summary>
    public sealed class CorpusIndex
    {
        private readonly Dictionary<string, CorpusItem> byId = new(StringComparer.Ordinal);
        private readonly Dictionary<Entity, Claim[]> claimsBySubject;
        private readonly Dictionary<CorpusItem, Claim[]> claimsBySpeaker;
        private readonly Dictionary<Entity, Quote[]> quotesBySpeaker;
        private readonly Dictionary<Entity, Event[]> eventsByEntity;
        private readonly Dictionary<Source, Claim[]> claimsBySource;
        private readonly Dictionary<Source, Quote[]> quotesBySource;
        private readonly Dictionary<Source, Event[]> eventsBySource;
        private readonly Dictionary<Source, ReportedItem[]> reportedBySource;
        private readonly Dictionary<ClaimStatus, Claim[]> claimsByStatus;
        private readonly Dictionary<string, Claim[]> claimsByPredicate;
        private readonly EntityNames entityNames;
        private readonly Dictionary<Claim, Claim[]> conflictsByClaim = new();

        /// <summary>Indexes the items of a corpus; called by generated code with each list ordered by id.</summary>
        /// <param name="sources">Every source.</param>
        /// <param name="entities">Every entity.</param>
        /// <param name="claims">Every claim.</param>
        /// <param name="quotes">Every quote.</param>
        /// <param name="events">Every event.</param>
        /// <param name="conflicts">
        /// The pairs of conflicting claims as the generator found them, by id, each pair once and ordered by its first
        /// id, then its second: a record of texts (see <see cref="Encoded.ItemDataReader"/>), a count and the ids two by two.
        /// </param>
        public CorpusIndex(
            IReadOnlyList<Source> sources,
            IReadOnlyList<Entity> entities,
            IReadOnlyList<Claim> claims,
            IReadOnlyList<Quote> quotes,
            IReadOnlyList<Event> events,
            string conflicts)
        {
            Sources = sources;
            Entities = entities;
            Claims = claims;
            Quotes = quotes;
            Events = events;
            foreach (var item in sources.Concat<CorpusItem>(entities).Concat(claims).Concat(quotes).Concat(events))
            {
                byId.Add(item.Id, item);
            }

            claimsBySubject = Group(claims, c => new[] { c.Subject });
            claimsBySpeaker = Group(claims, c => new[] { c.SaidBy });
            quotesBySpeaker = Group(quotes, q => new[] { q.Speaker });
            eventsByEntity = Group(events, e => e.Participants.Select(p => p.Entity).Append(e.Location).OfType<Entity>().Distinct());
            claimsBySource = Group(claims, c => new[] { c.Source });
            quotesBySource = Group(quotes, q => new[] { q.Source });
            eventsBySource = Group(events, e => new[] { e.Source });
            reportedBySource = Group(claims.Concat<ReportedItem>(quotes).Concat(events), r => new[] { r.Source });
            claimsByStatus = Group(claims, c => new[] { c.Status });
            claimsByPredicate = Group(claims, c => new[] { c.Predicate }, StringComparer.Ordinal);
            entityNames = new EntityNames(entities);
            Conflicts = PairConflicts(conflicts);
        }

        /// <summary>The pairs, and each claim's conflicts ordered by the other's id, both claims of a pair listing each other.</summary>
        private ConflictingClaims[] PairConflicts(string conflicts)
        {
            var position = 0;
            var ids = Encoded.ItemDataReader.ReadTexts(conflicts, ref position);
            var pairs = new ConflictingClaims[ids.Length / 2];
            var others = new Dictionary<Claim, List<Claim>>();
            for (var i = 0; i < pairs.Length; i++)
            {
                var pair = pairs[i] = new ConflictingClaims(FindById<Claim>(ids[2 * i]), FindById<Claim>(ids[(2 * i) + 1]));
                OthersOf(pair.First).Add(pair.Second);
                OthersOf(pair.Second).Add(pair.First);
            }

            foreach (var claim in others)
            {
                var sorted = claim.Value.ToArray();
                Array.Sort(sorted, (a, b) => string.CompareOrdinal(a.Id, b.Id));
                conflictsByClaim.Add(claim.Key, sorted);
            }

            return pairs;

            List<Claim> OthersOf(Claim claim)
            {
                if (!others.TryGetValue(claim, out var list))
                {
                    others.Add(claim, list = new List<Claim>());
                }

                return list;
            }
        }

        /// <summary>For generated code: the items of a corpus's files as one array ordered by id.</summary>
        [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
        public static T[] Merge<T>(params T[][] parts)
            where T : CorpusItem
        {
            var all = parts.Length == 1 ? parts[0] : parts.SelectMany(p => p).ToArray();
            Array.Sort(all, (a, b) => string.CompareOrdinal(a.Id, b.Id));
            return all;
        }

        /// <summary>Every source, ordered by id.</summary>
        public IReadOnlyList<Source> Sources { get; }

        /// <summary>Every entity, ordered by id.</summary>
        public IReadOnlyList<Entity> Entities { get; }

        /// <summary>Every claim, ordered by id.</summary>
        public IReadOnlyList<Claim> Claims { get; }

        /// <summary>Every quote, ordered by id.</summary>
        public IReadOnlyList<Quote> Quotes { get; }

        /// <summary>Every event, ordered by id.</summary>
        public IReadOnlyList<Event> Events { get; }

        /// <summary>
        /// Every pair of conflicting claims (docs/format.md, "Conflicting claims"), each once, ordered by the first
        /// claim's id, then the second's; a pair both marked disputed with a note is listed too.
        /// </summary>
        public IReadOnlyList<ConflictingClaims> Conflicts { get; }

        /// <summary>Finds an item by its YAML id; false when there is none.</summary>
        public bool TryFindById(string id, out CorpusItem item) => byId.TryGetValue(id, out item!);

        /// <summary>Finds an item of type <typeparamref name="T"/> by its YAML id; false when there is none of that type.</summary>
        public bool TryFindById<T>(string id, out T item)
            where T : CorpusItem
        {
            item = byId.TryGetValue(id, out var found) ? (found as T)! : null!;
            return item is not null;
        }

        /// <summary>Finds an item by its YAML id, or throws <see cref="KeyNotFoundException"/> naming the id.</summary>
        public CorpusItem FindById(string id) =>
            byId.TryGetValue(id, out var item) ? item : throw NotFound(id, "item");

        /// <summary>Finds an item of type <typeparamref name="T"/> by its YAML id, or throws <see cref="KeyNotFoundException"/> naming the id.</summary>
        public T FindById<T>(string id)
            where T : CorpusItem =>
            byId.TryGetValue(id, out var item) && item is T typed ? typed : throw NotFound(id, typeof(T).Name.ToLowerInvariant());

        /// <summary>
        /// The entities whose name or an alias is <paramref name="nameOrAlias"/>, ignoring case and diacritics
        /// ("zelenskyy", "ZELENSKIY", "Zelenský"), ordered by id; an empty list when none is.
        /// </summary>
        public IReadOnlyList<Entity> FindEntities(string nameOrAlias) => entityNames.Find(nameOrAlias);

        /// <summary>The one entity whose name or an alias is <paramref name="nameOrAlias"/> (see <see cref="FindEntities"/>); false when none is, or several share it.</summary>
        public bool TryFindEntity(string nameOrAlias, out Entity entity)
        {
            var found = entityNames.Find(nameOrAlias);
            entity = found.Count == 1 ? found[0] : null!;
            return found.Count == 1;
        }

        /// <summary>The claims whose subject is <paramref name="entity"/>.</summary>
        public IReadOnlyList<Claim> ClaimsAbout(Entity entity) => Lookup(claimsBySubject, entity);

        /// <summary>The claims made by <paramref name="speaker"/>: an entity, or a source speaking in its own voice.</summary>
        public IReadOnlyList<Claim> ClaimsBy(CorpusItem speaker) => Lookup(claimsBySpeaker, speaker);

        /// <summary>The quotes spoken by <paramref name="speaker"/>.</summary>
        public IReadOnlyList<Quote> QuotesBy(Entity speaker) => Lookup(quotesBySpeaker, speaker);

        /// <summary>The events <paramref name="entity"/> took part in, or that happened there.</summary>
        public IReadOnlyList<Event> EventsInvolving(Entity entity) => Lookup(eventsByEntity, entity);

        /// <summary>The claims reported by <paramref name="source"/>.</summary>
        public IReadOnlyList<Claim> ClaimsFrom(Source source) => Lookup(claimsBySource, source);

        /// <summary>The quotes reported by <paramref name="source"/>.</summary>
        public IReadOnlyList<Quote> QuotesFrom(Source source) => Lookup(quotesBySource, source);

        /// <summary>The events reported by <paramref name="source"/>.</summary>
        public IReadOnlyList<Event> EventsFrom(Source source) => Lookup(eventsBySource, source);

        /// <summary>Everything reported by <paramref name="source"/>: its claims, then quotes, then events.</summary>
        public IReadOnlyList<ReportedItem> FromSource(Source source) => Lookup(reportedBySource, source);

        /// <summary>The claims with the given status (disputed, retracted…).</summary>
        public IReadOnlyList<Claim> ClaimsWithStatus(ClaimStatus status) => Lookup(claimsByStatus, status);

        /// <summary>The claims of a predicate ("duration").</summary>
        public IReadOnlyList<Claim> ClaimsWithPredicate(string predicate) => Lookup(claimsByPredicate, predicate);

        /// <summary>The claims <paramref name="claim"/> conflicts with, ordered by id (<see cref="Conflicts"/>).</summary>
        public IReadOnlyList<Claim> ConflictsOf(Claim claim) => Lookup(conflictsByClaim, claim);

        /// <summary>Claims made between two days (inclusive); see <see cref="DateMatch"/> for dates known to a month or year.</summary>
        public IReadOnlyList<Claim> ClaimsBetween(DateTime from, DateTime to, DateMatch match = DateMatch.Within) =>
            Between(Claims, from, to, match);

        /// <summary>Quotes said between two days (inclusive); see <see cref="DateMatch"/>.</summary>
        public IReadOnlyList<Quote> QuotesBetween(DateTime from, DateTime to, DateMatch match = DateMatch.Within) =>
            Between(Quotes, from, to, match);

        /// <summary>Events that happened between two days (inclusive); see <see cref="DateMatch"/>.</summary>
        public IReadOnlyList<Event> EventsBetween(DateTime from, DateTime to, DateMatch match = DateMatch.Within) =>
            Between(Events, from, to, match);

        private static IReadOnlyList<T> Between<T>(IEnumerable<T> items, DateTime from, DateTime to, DateMatch match)
            where T : ReportedItem =>
            items.Where(item => item.Date is { } d && (match == DateMatch.Within ? d.IsWithin(from, to) : d.Overlaps(from, to))).ToArray();

        private static IReadOnlyList<T> Lookup<TKey, T>(Dictionary<TKey, T[]> table, TKey key)
            where TKey : notnull =>
            table.TryGetValue(key, out var items) ? items : Array.Empty<T>();

        private static Dictionary<TKey, T[]> Group<TKey, T>(IEnumerable<T> items, Func<T, IEnumerable<TKey>> keys, IEqualityComparer<TKey>? comparer = null)
            where TKey : notnull =>
            items.SelectMany(item => keys(item).Select(key => (key, item)))
                .GroupBy(pair => pair.key, pair => pair.item, comparer)
                .ToDictionary(group => group.Key, group => group.ToArray(), comparer);

        private static KeyNotFoundException NotFound(string id, string what) =>
            new("The corpus has no " + what + " with id '" + id + "'.");
    }
}
