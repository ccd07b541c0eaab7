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
    /// data (<see cref="FileData"/>), embedded beside the code (<see cref="DataWriter"/>), read through the file's
    /// data class behind members that are one array element each; every string goes through
    /// <see cref="CSharpLiteral"/> or <see cref="XmlDocText"/>; numbers are written with the invariant culture;
    /// items come sorted by id, so equal input gives byte-equal output.
    /// </summary>
    internal sealed class FileEmitter
    {
        private const string ModelNs = "global::FactCorpus.Model.";
        private const string PartsReader = "global::FactCorpus.Model.Encoded.PartsReader";
        private const string FileResource = "global::FactCorpus.Model.Encoded.FileResource";

        private readonly ValidatedFile file;
        private readonly FactFileEntry entry;
        private readonly string ns;
        private readonly ItemDocs docs;
        private readonly ItemKind inExtensionBlocks;
        private readonly List<string> literals = new();

        /// <summary>By kind, in the order of <see cref="ItemKinds.All"/>: where each kept item is in the file's data, and the items read but left out (<see cref="FileData.Place{TSpec}"/>).</summary>
        private readonly (int[] Positions, int[] LeftOut)[] places;

        private FileEmitter(ValidatedFile file, CorpusSymbols symbols, EquatableArray<ClaimConflict> conflicts, FactFileEntry entry, string ns, ItemKind inExtensionBlocks)
        {
            places = new[]
            {
                FileData.Place(file.Read.Items.Sources, file.Items.Sources, s => s.Id),
                FileData.Place(file.Read.Items.Entities, file.Items.Entities, e => e.Id),
                FileData.Place(file.Read.Items.Claims, file.Items.Claims, c => c.Id),
                FileData.Place(file.Read.Items.Quotes, file.Items.Quotes, q => q.Id),
                FileData.Place(file.Read.Items.Events, file.Items.Events, e => e.Id),
            };
            this.inExtensionBlocks = inExtensionBlocks;
            this.file = file;
            this.entry = entry;
            this.ns = ns;
            // Validity across files is in the table; a claim of this file may still have been left out here.
            var kept = new HashSet<string>(file.Items.Claims.Select(c => c.Id.Text), StringComparer.Ordinal);
            docs = new ItemDocs(symbols, inExtensionBlocks, id => symbols.TryGet(id, out var claim) && claim.IsValid && (claim.FilePath != file.Path || kept.Contains(id)), conflicts.ToLookup(c => c.ClaimId, StringComparer.Ordinal));
        }

        /// <summary>The hint name of the C# file generated for a YAML file.</summary>
        public static string HintName(FactFileEntry entry) => entry.Key + ".facts.g.cs";

        /// <summary>The file's C# code, and the strings its code holds as literals (its data's resource name).</summary>
        /// <param name="symbols">Entries for the file's own items and every id they refer to.</param>
        /// <param name="conflicts">The conflicts of the file's claims with other claims (<see cref="Validation.ClaimConflicts"/>).</param>
        /// <param name="withDocs">Whether to write hover docs: only when the compiler reads them (see <see cref="CodeWriter.Docs"/>).</param>
        /// <param name="inExtensionBlocks">The kinds whose members go in extension blocks (see <see cref="MemberPlacement"/>).</param>
        public static (GeneratedCode Source, EquatableArray<string> Literals) Emit(ValidatedFile file, CorpusSymbols symbols, EquatableArray<ClaimConflict> conflicts, FactFileEntry entry, string ns, bool withDocs, ItemKind inExtensionBlocks)
        {
            var emitter = new FileEmitter(file, symbols, conflicts, entry, ns, inExtensionBlocks);
            var writer = CodeWriter.GeneratedFile(ns, withDocs);
            emitter.Section(writer, ItemKind.Source, file.Items.Sources, s => s.Id, emitter.docs.Source, _ => null);
            emitter.Section(writer, ItemKind.Entity, file.Items.Entities, e => e.Id, emitter.docs.Entity, _ => null);
            emitter.Section(writer, ItemKind.Claim, file.Items.Claims, c => c.Id, emitter.docs.Claim, ObsoleteMessage);
            emitter.Section(writer, ItemKind.Quote, file.Items.Quotes, q => q.Id, emitter.docs.Quote, _ => null);
            emitter.Section(writer, ItemKind.Event, file.Items.Events, e => e.Id, emitter.docs.Event, _ => null);
            if (file.Items.Claims.Any(c => c.Value is { } value && Constant(value) is not null))
            {
                writer.Separate().Open("public static partial class Values");
                emitter.WriteValues(writer);
                writer.Close();
            }

            emitter.WriteData(writer);
            return (writer.Close().Finish(), emitter.literals.ToEquatableArray());
        }

        /// <summary>
        /// The members of one kind of one file, when the file declares items of that kind (valid or not: Corpus.g.cs
        /// reads the kind's field of the file's data class, <see cref="DataClass"/>). Each member is one element of the
        /// array of its part's items (<see cref="PartClass"/>): a compiler binds an array element in about half the
        /// time of a call, and the members of a kind are one class, compiled on one core. For a kind in extension
        /// blocks the members go in an extension block of the class instead, in a static class of this file's own
        /// (Claims_talks: an '_' after a letter, which no member name made from an id has, so it never collides).
        /// </summary>
        private void Section<TSpec>(
            CodeWriter w,
            ItemKind kind,
            IReadOnlyList<TSpec> items,
            Func<TSpec, LocatedText> id,
            Func<TSpec, DocComment, DocComment> doc,
            Func<TSpec, string?> obsoleteMessage)
        {
            if (items.Count == 0)
            {
                return;
            }

            var section = ItemKinds.Of(kind);
            if ((inExtensionBlocks & kind) == 0)
            {
                w.Separate().StartLine().Append("public static partial class ").Append(section.ClassName).OpenStarted();
                WriteMembers(w, section, items, id, doc, obsoleteMessage);
                w.Close();
                return;
            }

            w.Separate()
                .Doc("summary", $"The {section.Section} of {FileName()} as members of {section.ClassName}: C# 14 extension members, as the corpus has more {section.Section} than one class can hold.")
                .Open("public static class " + ExtensionClass(section, entry.Key))
                .Open($"extension({section.ClassName})");
            WriteMembers(w, section, items, id, doc, obsoleteMessage);
            w.Close().Close();
        }

        /// <summary>
        /// The file's data class: the file's embedded data (FactCorpus.Model.Encoded.FileResource, named as the build
        /// targets named it, with the hash of the text this code was generated from, which the data must have), a
        /// reader a kind the file declares (FactCorpus.Model.Encoded.PartsReader, with the positions of the items left
        /// out); then a class a part that members read (<see cref="PartClass"/>). A part's data is its items and a
        /// table of references that names items by id (see <see cref="ItemData"/>), found through the corpus's finder
        /// (<see cref="CorpusEmitter"/>), which calls the readers of referable kinds. The data is not C#: the compiler
        /// embeds it as it is, which costs a build a fraction of compiling it.
        /// </summary>
        private void WriteData(CodeWriter w)
        {
            if (entry.Sections == ItemKind.None)
            {
                return;
            }

            var resource = file.Read.Resource ?? FileName();
            literals.Add(resource);
            AppendDataClass(w.Separate().StartLine().Append("internal static class ")).OpenStarted()
                .StartLine().Append("private static readonly ").Append(FileResource).Append(" Resource = new ").Append(FileResource).Append("(typeof(");
            AppendDataClass(w).Append(").Assembly, ").AppendLiteral(resource)
                .Append(", 0x").Append(file.Read.TextHash.ToString("X16", System.Globalization.CultureInfo.InvariantCulture)).Append("UL);").EndLine();
            foreach (var section in ItemKinds.All)
            {
                if ((entry.Sections & section.Kind) == 0)
                {
                    continue;
                }

                w.Line().StartLine().Append("internal static readonly ");
                AppendReader(w, section).Append(" ").Append(section.ClassName).Append(" = new ");
                AppendReader(w, section).Append("(global::").Append(ns).Append(".Corpus.Scope, Resource, ");
                if ((FileData.Referable & section.Kind) != 0)
                {
                    w.Append("null");
                }
                else
                {
                    w.Append("global::").Append(ns).Append(".Corpus.").Append(CorpusEmitter.FindMethod);
                }

                foreach (var position in PlacesOf(section.Kind).LeftOut)
                {
                    w.Append(", ").Append(position);
                }

                w.Append(");").EndLine();
            }

            w.Close();
            foreach (var section in ItemKinds.All)
            {
                if ((entry.Sections & section.Kind) != 0)
                {
                    WriteParts(w, section);
                }
            }
        }

        /// <summary>FactCorpus.Model.Encoded.PartsReader of a kind's type, appended piece by piece.</summary>
        private static CodeWriter AppendReader(CodeWriter w, ItemKindInfo section) => w.Append(PartsReader).Append("<").Append(ModelNs).Append(section.TypeName).Append(">");

        /// <summary>Where each kept item of a kind is in the file's data, and the items left out.</summary>
        private (int[] Positions, int[] LeftOut) PlacesOf(ItemKind kind)
        {
            for (var i = 0; i < ItemKinds.All.Length; i++)
            {
                if (ItemKinds.All[i].Kind == kind)
                {
                    return places[i];
                }
            }

            throw new ArgumentOutOfRangeException(nameof(kind), kind, "not one kind of item");
        }

        /// <summary>
        /// A class for each part of a kind that members read, holding the part's items, which its static constructor
        /// decodes from the file's reader on first use (FactCorpus.Model.Encoded.PartsReader.PartItems): first use
        /// decodes one part, as before, and no member compiles a call.
        /// </summary>
        private void WriteParts(CodeWriter w, ItemKindInfo section)
        {
            // The parts that hold a kept item, in order: marked, not sorted, as positions come in the order of the YAML.
            var positions = PlacesOf(section.Kind).Positions;
            var read = positions.Length == 0 ? 0 : positions.Max() + 1;
            var partRead = new bool[(read + FileData.PartSize - 1) / FileData.PartSize];
            foreach (var position in positions)
            {
                partRead[position / FileData.PartSize] = true;
            }

            for (var part = 0; part < partRead.Length; part++)
            {
                if (!partRead[part])
                {
                    continue;
                }

                AppendPartClass(w.Separate().StartLine().Append("internal static class "), section, part).OpenStarted()
                    .StartLine().Append("internal static readonly ").Append(ModelNs).Append(section.TypeName).Append("[] Items = ");
                AppendDataClass(w).Append(".").Append(section.ClassName).Append(".PartItems(").Append(part).Append(");").EndLine()
                    .Close();
            }
        }

        /// <summary>Data as a literal, or as pieces concatenated when it is too long for one; the literals written.</summary>
        public static List<string> AppendData(CodeWriter w, string text)
        {
            var pieces = LiteralBudget.Pieces(text);
            if (pieces.Count == 1)
            {
                w.AppendLiteral(text);
                return pieces;
            }

            // A call, not '+': the compiler would fold added literals back into one.
            w.Append("global::System.String.Concat(new string[] { ");
            for (var i = 0; i < pieces.Count; i++)
            {
                w.Append(i == 0 ? "" : ", ").AppendLiteral(pieces[i]);
            }

            w.Append(" })");
            return pieces;
        }

        /// <summary>One public member an item: its docs, [Obsolete] if retracted or superseded, and its element of its part's items.</summary>
        private void WriteMembers<TSpec>(
            CodeWriter w,
            ItemKindInfo section,
            IReadOnlyList<TSpec> items,
            Func<TSpec, LocatedText> id,
            Func<TSpec, DocComment, DocComment> doc,
            Func<TSpec, string?> obsoleteMessage)
        {
            var positions = PlacesOf(section.Kind).Positions;
            for (var i = 0; i < items.Count; i++)
            {
                if (w.Docs)
                {
                    doc(items[i], w.Separate().Summary()).End();
                }
                else
                {
                    w.Separate();
                }

                Obsolete(w, obsoleteMessage(items[i]));
                AppendPartClass(w.StartLine().Append("public static ").Append(ModelNs).Append(section.TypeName).Append(" ").AppendMemberName(id(items[i]).Text).Append(" => "), section, positions[i] / FileData.PartSize)
                    .Append(".Items[").Append(positions[i] % FileData.PartSize).Append("];").EndLine();
            }
        }

        /// <summary>The static class of a file's extension block for a kind: Claims_talks.</summary>
        public static string ExtensionClass(ItemKindInfo section, string fileKey) => section.ClassName + "_" + fileKey;

        private string FileName() => entry.Path.Substring(entry.Path.Replace('\\', '/').LastIndexOf('/') + 1);

        private void WriteValues(CodeWriter w)
        {
            foreach (var claim in file.Items.Claims)
            {
                if (claim.Value is { } value && Constant(value) is { } constant)
                {
                    if (w.Docs)
                    {
                        docs.Constant(claim, w.Separate().Summary()).End();
                    }
                    else
                    {
                        w.Separate();
                    }

                    Obsolete(w, ObsoleteMessage(claim));
                    w.StartLine().Append("public const ").Append(constant.Type).Append(" ").AppendMemberName(claim.Id.Text).Append(" = ").Append(constant.Literal).Append(";").EndLine();
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

        /// <summary>
        /// The internal class reading a file's data: the embedded data, Data_talks.Resource, and a reader a kind named as
        /// its section class, Data_talks.Claims. An '_' after a letter, which no member name made from an id has, and
        /// the file's key keep it from colliding.
        /// </summary>
        public static string DataClass(FactFileEntry entry) => DataClassPrefix + entry.Key;

        private const string DataClassPrefix = "Data_";

        /// <summary><see cref="DataClass"/>, appended without a string for it.</summary>
        private CodeWriter AppendDataClass(CodeWriter w) => w.Append(DataClassPrefix).Append(entry.Key);

        /// <summary>
        /// The internal class holding one part's items of a kind of a file: Part_talks_Claim0.Items[3]. Keys hold no
        /// character but letters, digits and '_', so the text after the last '_' is always the kind and part, and
        /// different files, kinds or parts never share a name; "Part_" keeps it from the data and extension classes.
        /// </summary>
        private CodeWriter AppendPartClass(CodeWriter w, ItemKindInfo section, int part)
            => w.Append("Part_").Append(entry.Key).Append("_").Append(section.TypeName).Append(part);

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
