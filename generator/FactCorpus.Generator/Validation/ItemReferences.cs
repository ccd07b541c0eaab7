using System.Collections.Generic;
using FactCorpus.Generator.Model;

namespace FactCorpus.Generator.Validation
{
    /// <summary>One id an item refers to: where it is written, its YAML path for messages, and what it may name.</summary>
    /// <param name="Section">The referring item's section and <paramref name="Item"/> its id, to which <paramref name="Field"/> adds the field's path.</param>
    internal readonly record struct ItemReference(LocatedText Id, string Section, string Item, string Field, ItemKind Allowed, bool RequireValid = true)
    {
        /// <summary>The YAML path (claims.talks.subject), written out only for a message.</summary>
        public string Path => Section + "." + Item + Field;
    }

    /// <summary>
    /// Every reference of every kind of item, in one place: the validator resolves them, and the symbol table
    /// gives each file the entries they name.
    /// </summary>
    internal static class ItemReferences
    {
        public static List<ItemReference> Of(ClaimSpec claim)
        {
            var id = claim.Id.Text;
            var references = new List<ItemReference>();
            Add(references, claim.Subject, "claims", id, ".subject", ItemKind.Entity);
            Add(references, claim.SaidBy, "claims", id, ".said_by", ItemKind.Entity | ItemKind.Source);
            Add(references, claim.Source, "claims", id, ".source", ItemKind.Source);
            Add(references, claim.Value?.Entity, "claims", id, ".value.entity", ItemKind.Entity);
            foreach (var included in claim.Includes)
            {
                Add(references, included, "claims", id, ".qualifiers.includes", ItemKind.Entity);
            }

            // A superseded claim names its replacement by id only, so only existence matters.
            Add(references, claim.SupersededBy, "claims", id, ".superseded_by", ItemKind.Claim, requireValid: false);
            return references;
        }

        public static List<ItemReference> Of(QuoteSpec quote)
        {
            var id = quote.Id.Text;
            var references = new List<ItemReference>();
            Add(references, quote.Speaker, "quotes", id, ".speaker", ItemKind.Entity);
            Add(references, quote.Source, "quotes", id, ".source", ItemKind.Source);
            Add(references, quote.Audience, "quotes", id, ".audience", ItemKind.Entity);
            return references;
        }

        public static List<ItemReference> Of(EventSpec @event)
        {
            var id = @event.Id.Text;
            var references = new List<ItemReference>();
            Add(references, @event.Location, "events", id, ".location", ItemKind.Entity);
            Add(references, @event.Source, "events", id, ".source", ItemKind.Source);
            foreach (var participant in @event.Participants)
            {
                Add(references, participant.Entity, "events", id, ".participants", ItemKind.Entity);
            }

            return references;
        }

        /// <summary>The references of every item of a file.</summary>
        public static IEnumerable<ItemReference> In(CorpusItems items)
        {
            foreach (var claim in items.Claims)
            {
                foreach (var reference in Of(claim))
                {
                    yield return reference;
                }
            }

            foreach (var quote in items.Quotes)
            {
                foreach (var reference in Of(quote))
                {
                    yield return reference;
                }
            }

            foreach (var @event in items.Events)
            {
                foreach (var reference in Of(@event))
                {
                    yield return reference;
                }
            }
        }

        private static void Add(List<ItemReference> references, LocatedText? id, string section, string item, string field, ItemKind allowed, bool requireValid = true)
        {
            if (id is not null)
            {
                references.Add(new ItemReference(id, section, item, field, allowed, requireValid));
            }
        }
    }
}
