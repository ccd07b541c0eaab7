using System;
using System.Collections.Generic;
using System.Linq;

namespace FactCorpus.Model
{
    /// <summary>Query helpers over one corpus; generated code builds one per corpus.</summary>
    public sealed class CorpusIndex
    {
        private readonly Dictionary<string, CorpusItem> byId;

        /// <summary>Indexes the items of a corpus; called by generated code.</summary>
        public CorpusIndex(
            IReadOnlyList<Source> sources,
            IReadOnlyList<Entity> entities,
            IReadOnlyList<Claim> claims,
            IReadOnlyList<Quote> quotes,
            IReadOnlyList<Event> events)
        {
            Sources = sources;
            Entities = entities;
            Claims = claims;
            Quotes = quotes;
            Events = events;
            byId = new Dictionary<string, CorpusItem>(StringComparer.Ordinal);
            foreach (var item in sources.Concat<CorpusItem>(entities).Concat(claims).Concat(quotes).Concat(events))
            {
                byId.Add(item.Id, item);
            }
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

        /// <summary>Finds an item by its YAML id.</summary>
        public bool TryFindById(string id, out CorpusItem item) => byId.TryGetValue(id, out item!);

        /// <summary>Finds an item by its YAML id, or throws <see cref="KeyNotFoundException"/> naming the id.</summary>
        public CorpusItem FindById(string id) =>
            byId.TryGetValue(id, out var item)
                ? item
                : throw new KeyNotFoundException("The corpus has no item with id '" + id + "'.");

        /// <summary>Claims whose subject is <paramref name="entity"/>.</summary>
        public IEnumerable<Claim> ClaimsAbout(Entity entity) => Claims.Where(c => c.Subject == entity);

        /// <summary>Quotes spoken by <paramref name="speaker"/>.</summary>
        public IEnumerable<Quote> QuotesBy(Entity speaker) => Quotes.Where(q => q.Speaker == speaker);

        /// <summary>Claims, quotes and events reported by <paramref name="source"/>.</summary>
        public IEnumerable<CorpusItem> FromSource(Source source) =>
            Claims.Where(c => c.Source == source).Cast<CorpusItem>()
                .Concat(Quotes.Where(q => q.Source == source))
                .Concat(Events.Where(e => e.Source == source));
    }
}
