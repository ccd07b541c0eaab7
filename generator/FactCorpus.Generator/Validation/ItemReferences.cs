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
    /// gives each file the entries they name. Each call fills a list the caller reuses, item after item.
    /// </summary>
    internal static class ItemReferences
    {
        public static void Of(ClaimSpec claim, List<ItemReference> references)
        {
            var id = claim.Id.Text;
            references.Clear();
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
        }

        public static void Of(QuoteSpec quote, List<ItemReference> references)
        {
            var id = quote.Id.Text;
            references.Clear();
            Add(references, quote.Speaker, "quotes", id, ".speaker", ItemKind.Entity);
            Add(references, quote.Source, "quotes", id, ".source", ItemKind.Source);
            Add(references, quote.Audience, "quotes", id, ".audience", ItemKind.Entity);
        }

        public static void Of(EventSpec @event, List<ItemReference> references)
        {
            var id = @event.Id.Text;
            references.Clear();
            Add(references, @event.Location, "events", id, ".location", ItemKind.Entity);
            Add(references, @event.Source, "events", id, ".source", ItemKind.Source);
            foreach (var participant in @event.Participants)
            {
                Add(references, participant.Entity, "events", id, ".participants", ItemKind.Entity);
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
