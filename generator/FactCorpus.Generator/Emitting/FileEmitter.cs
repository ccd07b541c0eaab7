using System;
using System.Collections.Generic;
using System.Linq;
using FactCorpus.Generator.Model;
using FactCorpus.Shared;

namespace FactCorpus.Generator.Emitting
{
    /// <summary>
    /// One validated *.facts.yaml file → one C# file of partial classes (Sources, Entities, Claims, Quotes,
    /// Events, Values) holding that file's items, so editing one YAML file regenerates one C# file. Items are
    /// data (<see cref="ItemData"/>) behind members that are one call each; every string goes through
    /// <see cref="CSharpLiteral"/> or <see cref="XmlDocText"/>; numbers are written with the invariant culture;
    /// items come sorted by id, so equal input gives byte-equal output.
    /// </summary>
    internal sealed class FileEmitter
    {
        private const string ModelNs = "global::FactCorpus.Model.";
        private const string PartReader = "global::FactCorpus.Model.Encoded.PartReader";

        /// <summary>Items a part holds: one data literal and one reference method each; small enough that first use decodes little.</summary>
        private const int PartSize = 64;

        private readonly ValidatedFile file;
        private readonly CorpusSymbols symbols;
        private readonly FactFileEntry entry;
        private readonly string ns;
        private readonly ItemDocs docs;
        private readonly ItemKind inExtensionBlocks;
        private readonly ItemData data = ItemData.OfThread();
        private readonly Dictionary<(ItemKind, string), string> places = new();
        private readonly List<string> literals = new();

        private FileEmitter(ValidatedFile file, CorpusSymbols symbols, FactFileEntry entry, string ns, ItemKind inExtensionBlocks)
        {
            this.inExtensionBlocks = inExtensionBlocks;
            this.file = file;
            this.symbols = symbols;
            this.entry = entry;
            this.ns = ns;
            // Validity across files is in the table; a claim of this file may still have been left out here.
            var kept = new HashSet<string>(file.Items.Claims.Select(c => c.Id.Text), StringComparer.Ordinal);
            docs = new ItemDocs(symbols, inExtensionBlocks, id => symbols.TryGet(id, out var claim) && claim.IsValid && (claim.FilePath != file.Path || kept.Contains(id)));
        }

        /// <summary>The hint name of the C# file generated for a YAML file.</summary>
        public static string HintName(FactFileEntry entry) => entry.Key + ".facts.g.cs";

        /// <summary>The file's C# code, and the strings its code holds as literals (each part's data).</summary>
        /// <param name="symbols">Entries for the file's own items and every id they refer to.</param>
        /// <param name="withDocs">Whether to write hover docs: only when the compiler reads them (see <see cref="CodeWriter.Docs"/>).</param>
        /// <param name="inExtensionBlocks">The kinds whose members go in extension blocks (see <see cref="MemberPlacement"/>).</param>
        public static (string Source, EquatableArray<string> Literals) Emit(ValidatedFile file, CorpusSymbols symbols, FactFileEntry entry, string ns, bool withDocs, ItemKind inExtensionBlocks)
        {
            var emitter = new FileEmitter(file, symbols, entry, ns, inExtensionBlocks);
            var writer = CodeWriter.GeneratedFile(ns, withDocs, EstimatedSize(file.Items, withDocs));
            emitter.Section(writer, ItemKind.Source, file.Items.Sources, s => s.Id, emitter.docs.Source, _ => null, emitter.WriteSource);
            emitter.Section(writer, ItemKind.Entity, file.Items.Entities, e => e.Id, emitter.docs.Entity, _ => null, emitter.WriteEntity);
            emitter.Section(writer, ItemKind.Claim, file.Items.Claims, c => c.Id, emitter.docs.Claim, ObsoleteMessage, emitter.WriteClaim);
            emitter.Section(writer, ItemKind.Quote, file.Items.Quotes, q => q.Id, emitter.docs.Quote, _ => null, emitter.WriteQuote);
            emitter.Section(writer, ItemKind.Event, file.Items.Events, e => e.Id, emitter.docs.Event, _ => null, emitter.WriteEvent);
            if (file.Items.Claims.Any(c => Constant(c.Value!) is not null))
            {
                writer.Separate().Open("public static partial class Values");
                emitter.WriteValues(writer);
                writer.Close();
            }

            return (writer.Close().Finish(), emitter.literals.ToEquatableArray());
        }

        /// <summary>Room for a file's code, so its builder grows rarely: measured sizes an item, with and without docs.</summary>
        private static int EstimatedSize(CorpusItems items, bool withDocs)
        {
            var count = items.Sources.Count + items.Entities.Count + items.Claims.Count + items.Quotes.Count + items.Events.Count;
            return 2048 + (count * (withDocs ? 1600 : 700));
        }

        /// <summary>
        /// The members of one kind of one file: the section's part of its class, written when the file declares items
        /// of that kind (valid or not: Corpus.g.cs calls its Items_ method). Each member is one call with an index into
        /// a nested part class of at most <see cref="PartSize"/> items, whose items are one string of data decoded on
        /// first use (FactCorpus.Model.Encoded.PartReader): a literal compiles far faster than an object creation an
        /// item. Part and Items_ names hold an '_' after a letter, which no member name made from an id has, and the
        /// file's key, so they never collide. Items_ lists the file's items for Corpus.CreateIndex. For a kind in
        /// extension blocks the members go in an extension block of the class instead, in a static class of this
        /// file's own (Claims_talks: again an '_' after a letter), and the parts they call are internal.
        /// </summary>
        private void Section<TSpec>(
            CodeWriter w,
            ItemKind kind,
            IReadOnlyList<TSpec> items,
            Func<TSpec, LocatedText> id,
            Func<TSpec, DocComment, DocComment> doc,
            Func<TSpec, string?> obsoleteMessage,
            Action<TSpec, ItemData> write)
        {
            if ((entry.Sections & kind) == 0)
            {
                return;
            }

            var section = ItemKinds.Of(kind);
            var type = ModelNs + section.TypeName;
            var extension = (inExtensionBlocks & kind) != 0;
            w.Separate().Open("public static partial class " + section.ClassName);
            if (!extension)
            {
                WriteMembers(w, type, items, id, doc, obsoleteMessage, partPrefix: "");
            }

            for (var part = 0; part * PartSize < items.Count; part++)
            {
                data.Clear();
                for (var i = part * PartSize; i < Math.Min(items.Count, (part + 1) * PartSize); i++)
                {
                    write(items[i], data.Text(id(items[i]).Text));
                    data.EndItem();
                }

                WritePart(w, type, PartName(part), extension ? "internal" : "private");
            }

            WriteItems(w, type, items.Count);
            if ((Referable & kind) != 0)
            {
                WriteFind(w, section, type, items, id);
            }

            w.Close();
            if (extension)
            {
                w.Separate()
                    .Doc("summary", $"The {section.Section} of {FileName()} as members of {section.ClassName}: C# 14 extension members, as the corpus has more {section.Section} than one class can hold.")
                    .Open("public static class " + ExtensionClass(section, entry.Key))
                    .Open($"extension({section.ClassName})");
                WriteMembers(w, type, items, id, doc, obsoleteMessage, partPrefix: section.ClassName + ".");
                w.Close().Close();
            }
        }

        /// <summary>The method of the section class that lists the file's items, from every part (none when every item was left out).</summary>
        private void WriteItems(CodeWriter w, string type, int count)
        {
            w.Separate().StartLine().Append("internal static ").Append(type).Append("[] ").Append(ItemsMethod(entry)).Append("() => ")
                .Append(PartReader).Append("<").Append(type).Append(">.All(");
            for (var part = 0; part * PartSize < count; part++)
            {
                w.Append(part == 0 ? "" : ", ").Append(PartName(part)).Append(".Items");
            }

            w.Append(");").EndLine();
        }

        /// <summary>
        /// The file's finder for a kind, which Corpus.Find_ calls: the part that would hold the id, from each part's
        /// first id, then a binary search in that part alone, so a reference initialises one part of its file. The
        /// first ids, and the place name that Corpus.g.cs's switch compares with, are string literals counted with this
        /// file's (FC0007).
        /// </summary>
        private void WriteFind<TSpec>(CodeWriter w, ItemKindInfo section, string type, IReadOnlyList<TSpec> items, Func<TSpec, LocatedText> id)
        {
            literals.Add(Where(section, entry.Key));
            w.Separate().StartLine().Append("internal static ").Append(type).Append("? ").Append(FindMethod(entry)).Append("(string id) => ")
                .Append(PartReader).Append("<").Append(type).Append(">.PartOf(id");
            for (var part = 0; part * PartSize < items.Count; part++)
            {
                var first = id(items[part * PartSize]).Text;
                literals.Add(first);
                w.Append(", ").AppendLiteral(first);
            }

            w.Append(") switch").EndLine().Line("{").Indent();
            for (var part = 0; part * PartSize < items.Count; part++)
            {
                w.StartLine().Append(part).Append(" => ").Append(PartName(part)).Append(".Items.Find(id),").EndLine();
            }

            w.Line("_ => null,").Unindent().Line("};");
        }

        /// <summary>One public member an item: its docs, [Obsolete] if retracted or superseded, and one call into its part.</summary>
        private void WriteMembers<TSpec>(
            CodeWriter w,
            string type,
            IReadOnlyList<TSpec> items,
            Func<TSpec, LocatedText> id,
            Func<TSpec, DocComment, DocComment> doc,
            Func<TSpec, string?> obsoleteMessage,
            string partPrefix)
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (w.Docs)
                {
                    doc(items[i], new DocComment(w.Separate())).End();
                }
                else
                {
                    w.Separate();
                }

                Obsolete(w, obsoleteMessage(items[i]));
                w.StartLine().Append("public static ").Append(type).Append(" ").Append(Name(id(items[i])))
                    .Append(" => ").Append(partPrefix).Append(PartName(i / PartSize)).Append(".Item(").Append(i % PartSize).Append(");").EndLine();
            }
        }

        /// <summary>The static class of a file's extension block for a kind: Claims_talks.</summary>
        public static string ExtensionClass(ItemKindInfo section, string fileKey) => section.ClassName + "_" + fileKey;

        private string FileName() => entry.Path.Substring(entry.Path.Replace('\\', '/').LastIndexOf('/') + 1);

        /// <summary>
        /// A part: its items as one literal of data, whose references name items by where they are generated and
        /// their id (see <see cref="ItemData"/>), found through the corpus's finder (<see cref="CorpusEmitter"/>).
        /// </summary>
        private void WritePart(CodeWriter w, string type, string name, string access)
        {
            var text = data.Finish();
            literals.Add(text);
            w.Separate().Open(access + " static class " + name)
                .StartLine().Append("internal static readonly ").Append(PartReader).Append("<").Append(type).Append("> Items = new ")
                .Append(PartReader).Append("<").Append(type).Append(">(global::").Append(ns).Append(".Corpus.Scope, ").AppendLiteral(text).Append(", ");
            if (data.HasReferences)
            {
                w.Append("global::").Append(ns).Append(".Corpus.").Append(CorpusEmitter.FindMethod);
            }
            else
            {
                w.Append("null");
            }

            w.Append(");").EndLine()
                .Line()
                .StartLine().Append("internal static ").Append(type).Append(" Item(int index) => Items.Item(index);").EndLine()
                .Close();
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
            d.Reference(Reference(ItemKind.Entity, claim.Subject!)).Text(claim.Predicate);
            Value(claim.Value!, d);
            d.Text(claim.Statement)
                .Reference(Reference(symbols.TryGet(claim.SaidBy!.Text, out var saidBy) && saidBy.Kind == ItemKind.Source ? ItemKind.Source : ItemKind.Entity, claim.SaidBy))
                .Reference(Reference(ItemKind.Source, claim.Source!))
                .Date(claim.Date)
                .Texts(claim.Evidence)
                .Date(claim.AsOf)
                .Int(claim.Includes.Count);
            foreach (var included in claim.Includes)
            {
                d.Reference(Reference(ItemKind.Entity, included));
            }

            d.Enum(claim.Status).Text(claim.Note).Text(claim.SupersededBy?.Text);
        }

        private void WriteQuote(QuoteSpec quote, ItemData d) => d
            .Reference(Reference(ItemKind.Entity, quote.Speaker!))
            .Text(quote.Text!.Text)
            .Enum(quote.Mode)
            .Date(quote.Date)
            .Reference(Reference(ItemKind.Source, quote.Source!))
            .Reference(quote.Audience is null ? null : Reference(ItemKind.Entity, quote.Audience))
            .Texts(quote.Evidence);

        private void WriteEvent(EventSpec @event, ItemData d)
        {
            d.Text(@event.Type)
                .Text(@event.Summary)
                .Date(@event.Date)
                .Reference(@event.Location is null ? null : Reference(ItemKind.Entity, @event.Location))
                .Int(@event.Participants.Count);
            foreach (var participant in @event.Participants)
            {
                d.Reference(Reference(ItemKind.Entity, participant.Entity)).Text(participant.Role);
            }

            d.Reference(Reference(ItemKind.Source, @event.Source!)).Texts(@event.Evidence);
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
                    d.Text("e").Reference(Reference(ItemKind.Entity, value.Entity!));
                    break;
                default:
                    d.Text("x").Text(value.Text);
                    break;
            }
        }

        private void WriteValues(CodeWriter w)
        {
            foreach (var claim in file.Items.Claims)
            {
                if (Constant(claim.Value!) is { } constant)
                {
                    if (w.Docs)
                    {
                        docs.Constant(claim, new DocComment(w.Separate())).End();
                    }
                    else
                    {
                        w.Separate();
                    }

                    Obsolete(w, ObsoleteMessage(claim));
                    w.StartLine().Append("public const ").Append(constant.Type).Append(" ").Append(Name(claim.Id)).Append(" = ").Append(constant.Literal).Append(";").EndLine();
                }
            }
        }

        /// <summary>A retracted or superseded claim warns where it is used, naming its replacement.</summary>
        private static string? ObsoleteMessage(ClaimSpec claim) => claim.Status switch
        {
            ClaimStatus.Retracted => $"The claim '{claim.Id.Text}' was retracted" + (claim.Note is null ? "." : ": " + claim.Note),
            ClaimStatus.Superseded => $"The claim '{claim.Id.Text}' is superseded by {ItemDocs.Member(ItemKind.Claim, claim.SupersededBy!)} ('{claim.SupersededBy!.Text}')"
                + (claim.Note is null ? "." : ": " + claim.Note),
            _ => null,
        };

        private static void Obsolete(CodeWriter w, string? message)
        {
            if (message is not null)
            {
                w.Line($"[global::System.Obsolete({CSharpLiteral.String(message)})]");
            }
        }

        /// <summary>The method of each section class that lists a file's items.</summary>
        public static string ItemsMethod(FactFileEntry entry) => "Items_" + entry.Key;

        /// <summary>The kinds items refer to (claims, quotes and events refer to entities and sources): a file's section of these kinds has a <see cref="FindMethod"/>.</summary>
        public const ItemKind Referable = ItemKind.Entity | ItemKind.Source;

        /// <summary>The method of a section class that finds one of a file's items by id, for the corpus's finder.</summary>
        public static string FindMethod(FactFileEntry entry) => "Find_" + entry.Key;

        /// <summary>Where an item is generated, as the data's references and the corpus's finder name it: its section class and file key.</summary>
        public static string Where(ItemKindInfo section, string fileKey) => section.ClassName + "." + fileKey;

        private string PartName(int part) => "Part_" + entry.Key + "_" + part.ToString(System.Globalization.CultureInfo.InvariantCulture);

        private static string Name(LocatedText id) => MemberNames.For(id.Text);

        /// <summary>A reference in the data: where the item is generated, and its id.</summary>
        private (string Where, string Id) Reference(ItemKind kind, LocatedText id)
        {
            if (!symbols.TryGet(id.Text, out var target))
            {
                throw new InvalidOperationException("no entry for the reference " + id.Text);
            }

            // A file refers to items of a few files, many times each: each place's name is made once.
            if (!places.TryGetValue((kind, target.FileKey), out var where))
            {
                where = Where(ItemKinds.Of(kind), target.FileKey);
                places.Add((kind, target.FileKey), where);
            }

            return (where, id.Text);
        }

        /// <summary>The C# constant for a value, when C# has one: whole amounts as int, others as decimal, text as string.</summary>
        private static (string Type, string Literal)? Constant(ValueSpec value)
        {
            switch (value.Kind)
            {
                case ValueKind.Quantity or ValueKind.Duration:
                    return value.Amount == decimal.Truncate(value.Amount) && value.Amount is >= int.MinValue and <= int.MaxValue
                        ? ("int", CSharpLiteral.Int((int)value.Amount))
                        : ("decimal", CSharpLiteral.Decimal(value.Amount));
                case ValueKind.Text:
                    return ("string", CSharpLiteral.String(value.Text));
                default:
                    return null;
            }
        }
    }
}
