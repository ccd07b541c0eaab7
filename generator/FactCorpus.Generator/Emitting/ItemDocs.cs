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
        private readonly ILookup<string, ClaimConflict> conflictsOf;

        // Words repeat from item to item: each is put in words once a file, not once an item.
        private readonly TextCache<string> words = new TextCache<string>(w => w.Replace('_', ' '), StringComparer.Ordinal);
        private readonly TextCache<string> predicateLabels = new TextCache<string>(PredicateLabel, StringComparer.Ordinal);

        /// <param name="symbols">Entries for every id the documented items refer to: names and titles come from there.</param>
        /// <param name="inExtensionBlocks">The kinds whose members are extension members, which links name by their extension block.</param>
        /// <param name="hasMember">Whether the claim with an id is generated, so a link to it resolves.</param>
        /// <param name="conflictsOf">The claims a claim of the file conflicts with, by its id: each generated, as only valid claims conflict.</param>
        public ItemDocs(CorpusSymbols symbols, ItemKind inExtensionBlocks, Func<string, bool> hasMember, ILookup<string, ClaimConflict> conflictsOf)
        {
            this.conflictsOf = conflictsOf;
            this.symbols = symbols;
            this.inExtensionBlocks = inExtensionBlocks;
            this.hasMember = hasMember;
        }

        // Each method writes an item's summary into the doc it is given, piece by piece (escaping is per character,
        // so pieces read as their concatenation would) and returns it.
        public DocComment Source(SourceSpec source, DocComment doc)
        {
            doc.Text("Source: \"").Text(source.Title).Text("\"");
            if (source.Publisher is not null)
            {
                doc.Text(" by ").Text(source.Publisher);
            }

            if (source.Published is { } published)
            {
                Date(doc.Text(", published "), published);
            }

            doc.Text(".").Paragraph().Text("Text: ").Text(source.TextPath!.Text).Text(".");
            if (source.Url is not null)
            {
                doc.Text(" Online: ").Text(source.Url).Text(".");
            }

            return doc.Paragraph().Text("Id: ").Text(source.Id.Text).Text(".");
        }

        public DocComment Entity(EntitySpec entity, DocComment doc)
        {
            doc.Text(entity.Name).Text(" (").Text(KindNames[(int)entity.Kind]).Text(")");
            if (entity.Description is not null)
            {
                doc.Text(": ").Text(entity.Description.TrimEnd('.'));
            }

            doc.Text(".").Paragraph();
            for (var i = 0; i < entity.Aliases.Count; i++)
            {
                doc.Text(i == 0 ? "Also called: " : ", ").Text(entity.Aliases[i]);
            }

            return doc.Text(entity.Aliases.Count == 0 ? "" : ". ").Text("Id: ").Text(entity.Id.Text).Text(".");
        }

        /// <summary>Entity kinds as the docs show them, by number: Enum.ToString costs reflection (and a box) an item.</summary>
        private static readonly string[] KindNames = Names<EntityKind>(n => n.ToLowerInvariant());

        private static readonly string[] StatusNames = Names<ClaimStatus>(n => n.ToUpperInvariant());

        private static readonly string[] BoundWords = Names<Bound>(ValueText.BoundWords);

        /// <summary>Duration units in words, for an amount of one and for any other.</summary>
        private static readonly string[][] TimeUnitWords = { Names<TimeUnit>(n => ValueText.TimeUnit(n, one: true)), Names<TimeUnit>(n => ValueText.TimeUnit(n, one: false)) };

        private static string[] Names<TEnum>(Func<string, string> form)
            where TEnum : struct, Enum
            => Enum.GetValues(typeof(TEnum)).Cast<TEnum>().OrderBy(k => Convert.ToInt32(k, System.Globalization.CultureInfo.InvariantCulture)).Select(k => form(k.ToString())).ToArray();

        public DocComment Claim(ClaimSpec claim, DocComment doc)
        {
            doc.Text(claim.Statement).Paragraph();
            Value(EntityLink(doc.Text("Subject: "), claim.Subject!).Text(". ").Text(predicateLabels[claim.Predicate]).Text(": "), claim.Value!.Value);
            if (claim.Value!.Value.Entity is { } valueEntity)
            {
                Link(doc.Text(" ("), ItemKind.Entity, valueEntity).Text(")");
            }

            if (claim.AsOf is { } asOf)
            {
                Date(doc.Text(", as of "), asOf);
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
            if (claim.Date is { } date)
            {
                Date(doc.Text("; stated "), date);
            }

            doc.Text(".").Paragraph();
            if (claim.Status != ClaimStatus.Reported)
            {
                doc.Text("Status: ").Text(StatusNames[(int)claim.Status]).Text(".");
                if (claim.SupersededBy is not null)
                {
                    // A replacement left out for its own errors has no member to link to.
                    var replacement = hasMember(claim.SupersededBy.Text) ? Link(doc.Text(" Replaced by "), ItemKind.Claim, claim.SupersededBy)
                        : doc.Text(" Replaced by the claim ").Text(claim.SupersededBy.Text);
                    replacement.Text(".");
                }

                if (claim.Note is not null)
                {
                    doc.Text(" ").Text(claim.Note);
                }

                doc.Paragraph();
            }
            else if (claim.Note is not null)
            {
                doc.Text("Note: ").Text(claim.Note).Paragraph();
            }

            var first = true;
            foreach (var other in conflictsOf[claim.Id.Text])
            {
                Link(doc.Text(first ? "Conflicts with " : ", "), ItemKind.Claim, other.OtherId, (inExtensionBlocks & ItemKind.Claim) == 0 ? null : other.OtherFileKey);
                first = false;
            }

            doc.Text(first ? "" : ".").Paragraph();
            return Evidence(doc, claim.Evidence).Text("Id: ").Text(claim.Id.Text).Text(".");
        }

        public DocComment Quote(QuoteSpec quote, DocComment doc)
        {
            EntityLink(doc, quote.Speaker!).Text(quote.Mode == QuoteMode.Direct ? " said" : " said (reported speech)");
            if (quote.Audience is not null)
            {
                EntityLink(doc.Text(" to "), quote.Audience);
            }

            if (quote.Date is { } date)
            {
                Date(doc.Text(", "), date);
            }

            var quoted = quote.Mode == QuoteMode.Direct ? "\"" : "";
            doc.Text(":").Paragraph().Text(quoted).Text(quote.Text!.Text).Text(quoted).Paragraph();
            SourceLink(doc.Text("Reported by "), quote.Source!).Text(".").Paragraph();
            return Evidence(doc, quote.Evidence).Text("Id: ").Text(quote.Id.Text).Text(".");
        }

        public DocComment Event(EventSpec @event, DocComment doc)
        {
            doc.Text(@event.Summary).Paragraph().Text("Type: ").Text(words[@event.Type]).Text(".");
            if (@event.Date is { } date)
            {
                Date(doc.Text(" Date: "), date).Text(".");
            }

            if (@event.Location is not null)
            {
                EntityLink(doc.Text(" Location: "), @event.Location).Text(".");
            }

            for (var i = 0; i < @event.Participants.Count; i++)
            {
                var participant = @event.Participants[i];
                EntityLink(doc.Text(i == 0 ? " Participants: " : ", "), participant.Entity).Text(" as ").Text(words[participant.Role]);
            }

            doc.Text(@event.Participants.Count > 0 ? "." : "").Paragraph();
            SourceLink(doc.Text("Reported by "), @event.Source!).Text(".").Paragraph();
            return Evidence(doc, @event.Evidence).Text("Id: ").Text(@event.Id.Text).Text(".");
        }

        /// <summary>The doc of a constant in Values: the value in words, then the claim it comes from.</summary>
        public DocComment Constant(ClaimSpec claim, DocComment doc) => Link(Value(doc, claim.Value!.Value).Text(": the value of "), ItemKind.Claim, claim.Id)
            .Text(".")
            .Paragraph()
            .Text(claim.Statement);

        /// <summary>How a value reads in words: "about 5 percent", "more than 8 hours", "2014".</summary>
        private DocComment Value(DocComment doc, ValueSpec value) => value.Kind switch
        {
            ValueKind.Quantity => doc.Text(BoundWords[(int)value.Bound]).Text(ValueText.Amount(value.Amount)).Text(" ").Text(value.Unit),
            ValueKind.Duration => doc.Text(BoundWords[(int)value.Bound]).Text(ValueText.Amount(value.Amount)).Text(" ")
                .Text(TimeUnitWords[ValueText.IsOne(value.Amount) ? 0 : 1][(int)value.TimeUnit]),
            ValueKind.Date => Date(doc, value.Date!.Value),
            ValueKind.Entity => doc.Text(Entry(value.Entity!).Label!),
            _ => doc.Text("\"").Text(value.Text).Text("\""),
        };

        public static string Member(ItemKind kind, LocatedText id) => ItemKinds.Of(kind).ClassName + "." + MemberNames.For(id.Text);

        /// <summary>A link to an item's member: `Claims.X`, or for an extension member `Claims_talks.extension(Claims).X` (C# 14's form).</summary>
        private DocComment Link(DocComment doc, ItemKind kind, LocatedText id) =>
            Link(doc, kind, id.Text, (inExtensionBlocks & kind) == 0 ? null : Entry(id).FileKey);

        /// <param name="fileKey">The key of the item's file, which names its extension block; null when the kind's members are not extension members.</param>
        private DocComment Link(DocComment doc, ItemKind kind, string id, string? fileKey)
        {
            var section = ItemKinds.Of(kind);
            return fileKey is null
                ? doc.Link(section.ClassName, id)
                : doc.Link($"{FileEmitter.ExtensionClass(section, fileKey)}.extension({section.ClassName})", id);
        }

        /// <summary>"ceasefire_duration" as "Ceasefire duration".</summary>
        private static string PredicateLabel(string predicate)
        {
            var words = predicate.Replace('_', ' ');
            return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words.Substring(1);
        }

        /// <summary>
        /// "2025-03-11 ("on Tuesday")"; a curator's date says so, so no reader takes it for the source's. Written
        /// straight into the doc: a string a date would be garbage a file (<see cref="ValueText.Date"/> reads the same).
        /// </summary>
        private static DocComment Date(DocComment doc, DateSpec date)
        {
            doc.Digits(date.Year, 4);
            if (date.Month != 0)
            {
                doc.Text("-").Digits(date.Month, 2);
            }

            if (date.Day != 0)
            {
                doc.Text("-").Digits(date.Day, 2);
            }

            if (date.From is not null)
            {
                doc.Text(" (\"").Text(date.From).Text("\")");
            }

            return date.Origin == DateOrigin.Curator ? doc.Text(", per the curator, not the article") : doc;
        }

        private SymbolEntry Entry(LocatedText id) => symbols.TryGet(id.Text, out var entry) ? entry : throw new InvalidOperationException("no entry for " + id.Text);

        /// <summary>Text followed by a link in parentheses: "Marco Rubio (MarcoRubio)".</summary>
        private DocComment EntityLink(DocComment doc, LocatedText id) => Link(doc.Text(Entry(id).Label!).Text(" ("), ItemKind.Entity, id).Text(")");

        private DocComment SourceLink(DocComment doc, LocatedText id)
        {
            var source = Entry(id);
            Link(doc.Text("\"").Text(source.Label!).Text("\" ("), ItemKind.Source, id).Text(")");
            // A link says when the source was published, not what words the source used for it.
            return source.Published is not { } published ? doc : Date(doc.Text(", "), published with { From = null });
        }

        /// <summary>"Evidence: "a" ... "b".", each excerpt written into the doc as it is, not joined into a string first.</summary>
        private static DocComment Evidence(DocComment doc, EquatableArray<LocatedText> evidence)
        {
            for (var i = 0; i < evidence.Count; i++)
            {
                doc.Text(i == 0 ? "Evidence: \"" : "\" ... \"").Text(evidence[i].Text);
            }

            return evidence.Count == 0 ? doc : doc.Text("\".").Paragraph();
        }
    }
}
