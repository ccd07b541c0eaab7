using System.Collections.Generic;
using FactCorpus.Generator.Model;

namespace FactCorpus.Generator.Validation
{
    /// <summary>One id an item refers to: where it is written, its YAML path for messages, and what it may name.</summary>
    internal sealed record ItemReference(LocatedText Id, string Path, ItemKind Allowed, bool RequireValid = true);

    /// <summary>
    /// Every reference of every kind of item, in one place: the validator resolves them, and the symbol table
    /// gives each file the entries they name.
    /// </summary>
    internal static class ItemReferences
    {
        public static List<ItemReference> Of(ClaimSpec claim)
        {
            var path = "claims." + claim.Id.Text;
            var references = new List<ItemReference>();
            Add(references, claim.Subject, path + ".subject", ItemKind.Entity);
            Add(references, claim.SaidBy, path + ".said_by", ItemKind.Entity | ItemKind.Source);
            Add(references, claim.Source, path + ".source", ItemKind.Source);
            Add(references, claim.Value?.Entity, path + ".value.entity", ItemKind.Entity);
            foreach (var included in claim.Includes)
            {
                Add(references, included, path + ".qualifiers.includes", ItemKind.Entity);
            }

            // A superseded claim names its replacement by id only, so only existence matters.
            Add(references, claim.SupersededBy, path + ".superseded_by", ItemKind.Claim, requireValid: false);
            return references;
        }

        public static List<ItemReference> Of(QuoteSpec quote)
        {
            var path = "quotes." + quote.Id.Text;
            var references = new List<ItemReference>();
            Add(references, quote.Speaker, path + ".speaker", ItemKind.Entity);
            Add(references, quote.Source, path + ".source", ItemKind.Source);
            Add(references, quote.Audience, path + ".audience", ItemKind.Entity);
            return references;
        }

        public static List<ItemReference> Of(EventSpec @event)
        {
            var path = "events." + @event.Id.Text;
            var references = new List<ItemReference>();
            Add(references, @event.Location, path + ".location", ItemKind.Entity);
            Add(references, @event.Source, path + ".source", ItemKind.Source);
            foreach (var participant in @event.Participants)
            {
                Add(references, participant.Entity, path + ".participants", ItemKind.Entity);
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

        private static void Add(List<ItemReference> references, LocatedText? id, string path, ItemKind allowed, bool requireValid = true)
        {
            if (id is not null)
            {
                references.Add(new ItemReference(id, path, allowed, requireValid));
            }
        }
    }
}
