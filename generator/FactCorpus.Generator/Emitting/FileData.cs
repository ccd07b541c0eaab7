using System;
using System.Collections.Generic;
using FactCorpus.Generator.Model;

namespace FactCorpus.Generator.Emitting
{
    /// <summary>
    /// The items of one file as read, as data: for each kind the file declares, its parts (<see cref="PartSize"/>
    /// items each, one string of <see cref="ItemData"/> a part) and each part's first id. What the build targets embed
    /// beside the generated code (<see cref="DataWriter"/>), what the generated code's hash is of, and what
    /// `factcorpus export` decodes without compiling, through the same FactCorpus.Model.Encoded readers: one encoding
    /// of the items, so they cannot disagree. It depends on the file alone, so it can be written outside the compiler:
    /// references name ids, which the corpus's finder places, and conflicts across files are listed by the corpus
    /// (Corpus.g.cs).
    /// </summary>
    internal sealed class FileData
    {
        /// <summary>Items a part holds, as FactCorpus.Model.Encoded.PartsReader's PartSize: small, so first use decodes little.</summary>
        public const int PartSize = 64;

        /// <summary>The kinds items refer to (claims, quotes and events refer to entities and sources), which the corpus's finder searches.</summary>
        public const ItemKind Referable = ItemKind.Entity | ItemKind.Source;

        private readonly ItemData data = ItemData.OfThread();

        /// <summary>
        /// Each kind the file holds items of, in the order of the format's sections, with the data of every item read,
        /// valid or not (<see cref="ReadOrder{TSpec}"/>): the data is made from the file alone, outside the compiler,
        /// and the generated members name the valid items by their position in it (<see cref="Place{TSpec}"/>).
        /// </summary>
        public List<KindData> Kinds(CorpusItems read)
        {
            var kinds = new List<KindData>();
            Kind(kinds, ItemKind.Source, ReadOrder(read.Sources, s => s.Id), s => s.Id, WriteSource);
            Kind(kinds, ItemKind.Entity, ReadOrder(read.Entities, e => e.Id), e => e.Id, WriteEntity);
            Kind(kinds, ItemKind.Claim, ReadOrder(read.Claims, c => c.Id), c => c.Id, WriteClaim);
            Kind(kinds, ItemKind.Quote, ReadOrder(read.Quotes, q => q.Id), q => q.Id, WriteQuote);
            Kind(kinds, ItemKind.Event, ReadOrder(read.Events, e => e.Id), e => e.Id, WriteEvent);
            return kinds;
        }

        /// <summary>The items of a kind as the data holds them: ordered by id, ordinally, items of equal ids in the order read.</summary>
        public static List<TSpec> ReadOrder<TSpec>(EquatableArray<TSpec> read, Func<TSpec, LocatedText> id)
            where TSpec : IEquatable<TSpec>
        {
            // Keys sorted with their place read as the tie-break, not LINQ's buffers and iterators: a file's emission asks this of every kind.
            var keys = new (string Id, int At)[read.Count];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = (id(read[i]).Text, i);
            }

            Array.Sort(keys, IdThenPlace.Instance);
            var ordered = new List<TSpec>(keys.Length);
            foreach (var key in keys)
            {
                ordered.Add(read[key.At]);
            }

            return ordered;
        }

        /// <summary>
        /// Where each kept (valid) item of a kind is in the data, and the positions of the items read but left out,
        /// ascending: none unless a project turned an error's diagnostic off.
        /// </summary>
        public static (int[] Positions, int[] LeftOut) Place<TSpec>(EquatableArray<TSpec> read, EquatableArray<TSpec> kept, Func<TSpec, LocatedText> id)
            where TSpec : IEquatable<TSpec>
        {
            var ordered = ReadOrder(read, id);
            var positions = new int[kept.Count];
            var placed = new bool[ordered.Count];
            for (var k = 0; k < kept.Count; k++)
            {
                // The first item of the id in the data, then on past items of the same id (read elsewhere) to this one.
                var keptId = id(kept[k]);
                var at = FirstOf(ordered, keptId.Text, id);
                while (!id(ordered[at]).Equals(keptId))
                {
                    at++;
                }

                positions[k] = at;
                placed[at] = true;
            }

            if (kept.Count == ordered.Count)
            {
                return (positions, Array.Empty<int>());
            }

            var leftOut = new List<int>(ordered.Count - kept.Count);
            for (var i = 0; i < placed.Length; i++)
            {
                if (!placed[i])
                {
                    leftOut.Add(i);
                }
            }

            return (positions, leftOut.ToArray());
        }

        /// <summary>The position of the first item with the id in items ordered by <see cref="ReadOrder{TSpec}"/>.</summary>
        private static int FirstOf<TSpec>(List<TSpec> ordered, string text, Func<TSpec, LocatedText> id)
        {
            var (low, high) = (0, ordered.Count);
            while (low < high)
            {
                var middle = low + ((high - low) / 2);
                if (string.CompareOrdinal(id(ordered[middle]).Text, text) < 0)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }

        private sealed class IdThenPlace : IComparer<(string Id, int At)>
        {
            public static readonly IdThenPlace Instance = new();

            public int Compare((string Id, int At) x, (string Id, int At) y)
            {
                var byId = string.CompareOrdinal(x.Id, y.Id);
                return byId != 0 ? byId : x.At.CompareTo(y.At);
            }
        }

        private void Kind<TSpec>(List<KindData> kinds, ItemKind kind, IReadOnlyList<TSpec> items, Func<TSpec, LocatedText> id, Action<TSpec, ItemData> write)
        {
            if (items.Count == 0)
            {
                return;
            }

            var parts = new List<string>();
            var firstIds = new List<string>();
            for (var part = 0; part * PartSize < items.Count; part++)
            {
                data.Clear();
                firstIds.Add(id(items[part * PartSize]).Text);
                for (var i = part * PartSize; i < Math.Min(items.Count, (part + 1) * PartSize); i++)
                {
                    write(items[i], data.Text(id(items[i]).Text));
                    data.EndItem();
                }

                parts.Add(data.Finish());
            }

            kinds.Add(new KindData(ItemKinds.Of(kind), items.Count, parts, firstIds));
        }

        private void WriteSource(SourceSpec source, ItemData d) => d
            .Text(source.Title)
            .Text(source.Publisher)
            .Date(source.Published)
            .Text(source.TextPath?.Text)
            .Text(source.Url);

        private void WriteEntity(EntitySpec entity, ItemData d) => d
            .Enum(entity.Kind)
            .Text(entity.Name)
            .Texts(entity.Aliases)
            .Text(entity.Description);

        private void WriteClaim(ClaimSpec claim, ItemData d)
        {
            d.Reference(claim.Subject?.Text).Text(claim.Predicate);
            Value(claim.Value, d);
            d.Text(claim.Statement)
                .Reference(claim.SaidBy?.Text)
                .Reference(claim.Source?.Text)
                .Date(claim.Date)
                .Texts(claim.Evidence)
                .Date(claim.AsOf)
                .Int(claim.Includes.Count);
            foreach (var included in claim.Includes)
            {
                d.Reference(included.Text);
            }

            d.Enum(claim.Status).Text(claim.Note).Text(claim.SupersededBy?.Text);
        }

        private void WriteQuote(QuoteSpec quote, ItemData d) => d
            .Reference(quote.Speaker?.Text)
            .Text(quote.Text?.Text)
            .Enum(quote.Mode)
            .Date(quote.Date)
            .Reference(quote.Source?.Text)
            .Reference(quote.Audience?.Text)
            .Texts(quote.Evidence);

        private void WriteEvent(EventSpec @event, ItemData d)
        {
            d.Text(@event.Type)
                .Text(@event.Summary)
                .Date(@event.Date)
                .Reference(@event.Location?.Text)
                .Int(@event.Participants.Count);
            foreach (var participant in @event.Participants)
            {
                d.Reference(participant.Entity?.Text).Text(participant.Role);
            }

            d.Reference(@event.Source?.Text).Texts(@event.Evidence);
        }

        /// <summary>A value is its kind's letter and its fields, as ItemDataReader reads them.</summary>
        private void Value(ValueSpec? spec, ItemData d)
        {
            var value = spec.GetValueOrDefault();
            switch (spec?.Kind)
            {
                case ValueKind.Quantity:
                    d.Text("q").Decimal(value.Amount).Text(value.Unit).Enum(value.Bound);
                    break;
                case ValueKind.Duration:
                    d.Text("d").Decimal(value.Amount).Enum(value.TimeUnit).Enum(value.Bound);
                    break;
                case ValueKind.Date:
                    d.Text("t").Date(value.Date);
                    break;
                case ValueKind.Entity:
                    d.Text("e").Reference(value.Entity?.Text);
                    break;
                default:
                    d.Text("x").Text(spec?.Text);
                    break;
            }
        }
    }

    /// <summary>A kind's items in a file, as the data class holds them: each part's data, and each part's first id.</summary>
    internal sealed record KindData(ItemKindInfo Section, int Count, List<string> Parts, List<string> FirstIds);
}
