using System;
using System.Collections.Generic;
using FactCorpus.Generator.Model;

namespace FactCorpus.Generator.Emitting
{
    /// <summary>
    /// The items of one validated file as data: for each kind the file declares, its parts (<see cref="PartSize"/>
    /// items each, one string of <see cref="ItemData"/> a part) and each part's first id. What the generated code
    /// holds as literals (<see cref="FileEmitter"/>) and what `factcorpus export` decodes without compiling it, through
    /// the same FactCorpus.Model.Encoded readers: one encoding of the items, so the two cannot disagree. It depends on
    /// the file alone: references name ids, which the corpus's finder places, and conflicts across files are listed
    /// by the corpus (Corpus.g.cs).
    /// </summary>
    internal sealed class FileData
    {
        /// <summary>Items a part holds, as FactCorpus.Model.Encoded.PartsReader's PartSize: one literal of data each, so first use decodes little.</summary>
        public const int PartSize = 64;

        /// <summary>The kinds items refer to (claims, quotes and events refer to entities and sources), which the corpus's finder searches.</summary>
        public const ItemKind Referable = ItemKind.Entity | ItemKind.Source;

        private readonly ItemData data = ItemData.OfThread();

        /// <summary>
        /// Each kind the file declares (<see cref="FactFileEntry.Sections"/>, valid items or not), in the order of the
        /// format's sections, with its valid items' data; a kind whose items were all left out has no part.
        /// </summary>
        public List<KindData> Kinds(ValidatedFile file, FactFileEntry entry)
        {
            var kinds = new List<KindData>();
            Kind(kinds, entry, ItemKind.Source, file.Items.Sources, s => s.Id, WriteSource);
            Kind(kinds, entry, ItemKind.Entity, file.Items.Entities, e => e.Id, WriteEntity);
            Kind(kinds, entry, ItemKind.Claim, file.Items.Claims, c => c.Id, WriteClaim);
            Kind(kinds, entry, ItemKind.Quote, file.Items.Quotes, q => q.Id, WriteQuote);
            Kind(kinds, entry, ItemKind.Event, file.Items.Events, e => e.Id, WriteEvent);
            return kinds;
        }

        private void Kind<TSpec>(List<KindData> kinds, FactFileEntry entry, ItemKind kind, IReadOnlyList<TSpec> items, Func<TSpec, LocatedText> id, Action<TSpec, ItemData> write)
        {
            if ((entry.Sections & kind) == 0)
            {
                return;
            }

            var parts = new List<string>();
            var firstIds = new List<string>();
            var hasReferences = false;
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
                hasReferences |= data.HasReferences;
            }

            kinds.Add(new KindData(ItemKinds.Of(kind), items.Count, parts, firstIds, hasReferences));
        }

        private void WriteSource(SourceSpec source, ItemData d) => d
            .Text(source.Title)
            .Text(source.Publisher)
            .Date(source.Published)
            .Text(source.TextPath!.Text)
            .Text(source.Url);

        private void WriteEntity(EntitySpec entity, ItemData d) => d
            .Enum(entity.Kind)
            .Text(entity.Name)
            .Texts(entity.Aliases)
            .Text(entity.Description);

        private void WriteClaim(ClaimSpec claim, ItemData d)
        {
            d.Reference(claim.Subject?.Text).Text(claim.Predicate);
            Value(claim.Value!, d);
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
            .Text(quote.Text!.Text)
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
        private void Value(ValueSpec value, ItemData d)
        {
            switch (value.Kind)
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
                    d.Text("x").Text(value.Text);
                    break;
            }
        }
    }

    /// <summary>A kind's items in a file, as the data class holds them: each part's data, and each part's first id.</summary>
    internal sealed record KindData(ItemKindInfo Section, int Count, List<string> Parts, List<string> FirstIds, bool HasReferences);
}
