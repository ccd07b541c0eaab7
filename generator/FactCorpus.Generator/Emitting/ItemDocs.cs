using System;
using System.Collections.Generic;
using System.Linq;
using FactCorpus.Generator.Model;
using FactCorpus.Shared;

namespace FactCorpus.Generator.Emitting
{
    /// <summary>
    /// What a tooltip shows for each generated member: the statement in plain words, the typed value with its
    /// bound and unit, who said it, which source reported it and when, the evidence, the status, and links to
    /// the related members. Everything sits in the summary, which every IDE and language server shows.
    /// </summary>
    internal sealed class ItemDocs
    {
        private readonly CorpusSymbols symbols;
        private readonly Func<string, bool> hasMember;
        private readonly ItemKind inExtensionBlocks;

        /// <param name="symbols">Entries for every id the documented items refer to: names and titles come from there.</param>
        /// <param name="inExtensionBlocks">The kinds whose members are extension members, which links name by their extension block.</param>
        /// <param name="hasMember">Whether the claim with an id is generated, so a link to it resolves.</param>
        public ItemDocs(CorpusSymbols symbols, ItemKind inExtensionBlocks, Func<string, bool> hasMember)
        {
            this.symbols = symbols;
            this.inExtensionBlocks = inExtensionBlocks;
            this.hasMember = hasMember;
        }

        public DocComment Source(SourceSpec source) => new DocComment()
            .Text($"Source: \"{source.Title}\"" + (source.Publisher is null ? "" : " by " + source.Publisher)
                + (source.Published is null ? "" : ", published " + DateDisplay(source.Published)) + ".")
            .Paragraph()
            .Text("Text: " + source.TextPath!.Text + "." + (source.Url is null ? "" : " Online: " + source.Url + "."))
            .Paragraph()
            .Text("Id: " + source.Id.Text + ".");

        public DocComment Entity(EntitySpec entity) => new DocComment()
            .Text($"{entity.Name} ({entity.Kind.ToString().ToLowerInvariant()})" + (entity.Description is null ? "" : ": " + entity.Description.TrimEnd('.')) + ".")
            .Paragraph()
            .Text((entity.Aliases.Count == 0 ? "" : "Also called: " + string.Join(", ", entity.Aliases) + ". ") + "Id: " + entity.Id.Text + ".");

        public DocComment Claim(ClaimSpec claim)
        {
            var doc = new DocComment().Text(claim.Statement).Paragraph();
            EntityLink(doc.Text("Subject: "), claim.Subject!).Text(". " + Capitalized(claim.Predicate.Replace('_', ' ')) + ": " + ValueDisplay(claim.Value!));
            if (claim.Value!.Entity is { } valueEntity)
            {
                doc.Text(" (").Link(Cref(ItemKind.Entity, valueEntity)).Text(")");
            }

            if (claim.AsOf is not null)
            {
                doc.Text(", as of " + DateDisplay(claim.AsOf));
            }

            foreach (var included in claim.Includes)
            {
                EntityLink(doc.Text(", including "), included);
            }

            doc.Text(".").Paragraph().Text("Said by ");
            if (Entry(claim.SaidBy!).Kind == ItemKind.Source)
            {
                doc.Text("the source itself, ");
                SourceLink(doc, claim.SaidBy!);
            }
            else
            {
                EntityLink(doc, claim.SaidBy!);
            }

            SourceLink(doc.Text("; reported by "), claim.Source!);
            doc.Text((claim.Date is null ? "" : "; stated " + DateDisplay(claim.Date)) + ".").Paragraph();
            if (claim.Status != ClaimStatus.Reported)
            {
                doc.Text("Status: " + claim.Status.ToString().ToUpperInvariant() + ".");
                if (claim.SupersededBy is not null)
                {
                    // A replacement left out for its own errors has no member to link to.
                    var replacement = hasMember(claim.SupersededBy.Text) ? doc.Text(" Replaced by ").Link(Cref(ItemKind.Claim, claim.SupersededBy))
                        : doc.Text(" Replaced by the claim " + claim.SupersededBy.Text);
                    replacement.Text(".");
                }

                doc.Text(claim.Note is null ? "" : " " + claim.Note).Paragraph();
            }
            else if (claim.Note is not null)
            {
                doc.Text("Note: " + claim.Note).Paragraph();
            }

            return Evidence(doc, claim.Evidence).Text("Id: " + claim.Id.Text + ".");
        }

        public DocComment Quote(QuoteSpec quote)
        {
            var doc = EntityLink(new DocComment(), quote.Speaker!).Text(quote.Mode == QuoteMode.Direct ? " said" : " said (reported speech)");
            if (quote.Audience is not null)
            {
                EntityLink(doc.Text(" to "), quote.Audience);
            }

            doc.Text((quote.Date is null ? "" : ", " + DateDisplay(quote.Date)) + ":").Paragraph()
                .Text(quote.Mode == QuoteMode.Direct ? $"\"{quote.Text!.Text}\"" : quote.Text!.Text).Paragraph();
            SourceLink(doc.Text("Reported by "), quote.Source!).Text(".").Paragraph();
            return Evidence(doc, quote.Evidence).Text("Id: " + quote.Id.Text + ".");
        }

        public DocComment Event(EventSpec @event)
        {
            var doc = new DocComment().Text(@event.Summary).Paragraph()
                .Text("Type: " + @event.Type.Replace('_', ' ') + "." + (@event.Date is null ? "" : " Date: " + DateDisplay(@event.Date) + "."));
            if (@event.Location is not null)
            {
                EntityLink(doc.Text(" Location: "), @event.Location).Text(".");
            }

            for (var i = 0; i < @event.Participants.Count; i++)
            {
                var participant = @event.Participants[i];
                EntityLink(doc.Text(i == 0 ? " Participants: " : ", "), participant.Entity).Text(" as " + participant.Role.Replace('_', ' '));
            }

            doc.Text(@event.Participants.Count > 0 ? "." : "").Paragraph();
            SourceLink(doc.Text("Reported by "), @event.Source!).Text(".").Paragraph();
            return Evidence(doc, @event.Evidence).Text("Id: " + @event.Id.Text + ".");
        }

        /// <summary>The doc of a constant in Values: the value in words, then the claim it comes from.</summary>
        public DocComment Constant(ClaimSpec claim) => new DocComment()
            .Text(ValueDisplay(claim.Value!) + ": the value of ")
            .Link(Cref(ItemKind.Claim, claim.Id))
            .Text(".")
            .Paragraph()
            .Text(claim.Statement);

        /// <summary>How a value reads in words: "about 5 percent", "more than 8 hours", "2014".</summary>
        public string ValueDisplay(ValueSpec value) => value.Kind switch
        {
            ValueKind.Quantity => ValueText.Bounded(value.Bound.ToString(), value.Amount, value.Unit),
            ValueKind.Duration => ValueText.Bounded(value.Bound.ToString(), value.Amount, ValueText.TimeUnit(value.TimeUnit.ToString(), value.Amount)),
            ValueKind.Date => DateDisplay(value.Date!),
            ValueKind.Entity => Entry(value.Entity!).Label!,
            _ => "\"" + value.Text + "\"",
        };

        public static string Member(ItemKind kind, LocatedText id) => ItemKinds.Of(kind).ClassName + "." + MemberNames.For(id.Text);

        /// <summary>A cref to an item's member: `Claims.X`, or for an extension member `Claims_talks.extension(Claims).X` (C# 14's form).</summary>
        private string Cref(ItemKind kind, LocatedText id)
        {
            if ((inExtensionBlocks & kind) == 0)
            {
                return Member(kind, id);
            }

            var section = ItemKinds.Of(kind);
            return $"{FileEmitter.ExtensionClass(section, Entry(id).FileKey)}.extension({section.ClassName}).{MemberNames.For(id.Text)}";
        }

        private static string Capitalized(string text) =>
            text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

        private static string DateDisplay(DateSpec date)
        {
            var text = ValueText.Date(date.Year, date.Month, date.Day);
            return date.From is null ? text : $"{text} (\"{date.From}\")";
        }

        private SymbolEntry Entry(LocatedText id) => symbols.TryGet(id.Text, out var entry) ? entry : throw new InvalidOperationException("no entry for " + id.Text);

        private DocComment EntityLink(DocComment doc, LocatedText id) => doc.Named(Entry(id).Label!, Cref(ItemKind.Entity, id));

        private DocComment SourceLink(DocComment doc, LocatedText id)
        {
            var source = Entry(id);
            doc.Named("\"" + source.Label + "\"", Cref(ItemKind.Source, id));
            return source.Published is null ? doc : doc.Text(", " + ValueText.Date(source.Published.Year, source.Published.Month, source.Published.Day));
        }

        private static DocComment Evidence(DocComment doc, EquatableArray<LocatedText> evidence) =>
            evidence.Count == 0
                ? doc
                : doc.Text("Evidence: " + string.Join(" ... ", evidence.Select(e => "\"" + e.Text + "\"")) + ".").Paragraph();
    }
}
