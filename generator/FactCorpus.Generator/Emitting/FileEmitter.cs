using System;
using System.Collections.Generic;
using System.Linq;
using FactCorpus.Generator.Model;
using FactCorpus.Shared;

namespace FactCorpus.Generator.Emitting
{
    /// <summary>
    /// One validated *.facts.yaml file → one C# file of partial classes (Sources, Entities, Claims, Quotes,
    /// Events, Values) holding that file's items, so editing one YAML file regenerates one C# file. Every
    /// string goes through <see cref="CSharpLiteral"/> or <see cref="XmlDocText"/>; numbers are written with the
    /// invariant culture; items come sorted by id, so equal input gives byte-equal output.
    /// </summary>
    internal sealed class FileEmitter
    {
        private const string ModelNs = "global::FactCorpus.Model.";

        private readonly ValidatedFile file;
        private readonly CorpusSymbols symbols;
        private readonly FactFileEntry entry;
        private readonly string ns;
        private readonly ItemDocs docs;
        private readonly ItemKind inExtensionBlocks;
        private readonly HashSet<string> literals = new(StringComparer.Ordinal);

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

        /// <summary>The file's C# code, and the distinct strings its code holds as literals.</summary>
        /// <param name="symbols">Entries for the file's own items and every id they refer to.</param>
        /// <param name="inExtensionBlocks">The kinds whose members go in extension blocks (see <see cref="MemberPlacement"/>).</param>
        public static (string Source, EquatableArray<string> Literals) Emit(ValidatedFile file, CorpusSymbols symbols, FactFileEntry entry, string ns, ItemKind inExtensionBlocks)
        {
            var emitter = new FileEmitter(file, symbols, entry, ns, inExtensionBlocks);
            var writer = CodeWriter.GeneratedFile(ns);
            emitter.Section(writer, ItemKind.Source, emitter.Sources);
            emitter.Section(writer, ItemKind.Entity, emitter.Entities);
            emitter.Section(writer, ItemKind.Claim, emitter.Claims);
            emitter.Section(writer, ItemKind.Quote, emitter.Quotes);
            emitter.Section(writer, ItemKind.Event, emitter.Events);
            if (file.Items.Claims.Any(c => Constant(c.Value!) is not null))
            {
                writer.Separate().Open("public static partial class Values");
                emitter.WriteValues(writer);
                writer.Close();
            }

            return (writer.Close().ToString(), emitter.literals.ToEquatableArray());
        }

        /// <summary>
        /// A section's part of its class, written when the file declares items of that kind (valid or not: Corpus.g.cs
        /// calls its Items_ method). The public members go in the class, or for a kind in extension blocks in an
        /// extension block of the class, in a static class of this file's own (Claims_talks), whose name has the
        /// '_' after a letter that no name made from an id has.
        /// </summary>
        private void Section(CodeWriter w, ItemKind kind, Func<List<GeneratedMember>> items)
        {
            if ((entry.Sections & kind) == 0)
            {
                return;
            }

            var section = ItemKinds.Of(kind);
            var members = items();
            var extension = (inExtensionBlocks & kind) != 0;
            w.Separate().Open("public static partial class " + section.ClassName);
            if (!extension)
            {
                WriteMembers(w, section, members, partPrefix: "");
            }

            WriteParts(w, section, members, extension ? "internal" : "private");
            w.Close();
            if (extension)
            {
                w.Separate()
                    .Doc("summary", $"The {section.Section} of {FileName()} as members of {section.ClassName}: C# 14 extension members, as the corpus has more {section.Section} than one class can hold.")
                    .Open("public static class " + ExtensionClass(section, entry.Key))
                    .Open($"extension({section.ClassName})");
                WriteMembers(w, section, members, partPrefix: section.ClassName + ".");
                w.Close().Close();
            }
        }

        /// <summary>The static class of a file's extension block for a kind: Claims_talks.</summary>
        public static string ExtensionClass(ItemKindInfo section, string fileKey) => section.ClassName + "_" + fileKey;

        private string FileName() => entry.Path.Substring(entry.Path.Replace('\\', '/').LastIndexOf('/') + 1);

        private List<GeneratedMember> Sources()
        {
            var members = new List<GeneratedMember>();
            foreach (var source in file.Items.Sources)
            {
                members.Add(new GeneratedMember(source.Id, docs.Source(source), null, new[]
                {
                    ("title", Literal(source.Title)),
                    ("publisher", NullableLiteral(source.Publisher)),
                    ("published", Date(source.Published)),
                    ("textPath", Literal(source.TextPath!.Text)),
                    ("url", NullableLiteral(source.Url)),
                }));
            }

            return members;
        }

        private List<GeneratedMember> Entities()
        {
            var members = new List<GeneratedMember>();
            foreach (var entity in file.Items.Entities)
            {
                members.Add(new GeneratedMember(entity.Id, docs.Entity(entity), null, new[]
                {
                    ("kind", $"{ModelNs}EntityKind.{entity.Kind}"),
                    ("name", Literal(entity.Name)),
                    ("aliases", StringArray(entity.Aliases)),
                    ("description", NullableLiteral(entity.Description)),
                }));
            }

            return members;
        }

        private List<GeneratedMember> Claims()
        {
            var members = new List<GeneratedMember>();
            foreach (var claim in file.Items.Claims)
            {
                members.Add(new GeneratedMember(claim.Id, docs.Claim(claim), ObsoleteMessage(claim), new[]
                {
                    ("subject", Reference(ItemKind.Entity, claim.Subject!)),
                    ("predicate", Literal(claim.Predicate)),
                    ("value", Value(claim.Value!)),
                    ("statement", Literal(claim.Statement)),
                    ("saidBy", Reference(symbols.TryGet(claim.SaidBy!.Text, out var saidBy) && saidBy.Kind == ItemKind.Source ? ItemKind.Source : ItemKind.Entity, claim.SaidBy)),
                    ("source", Reference(ItemKind.Source, claim.Source!)),
                    ("date", Date(claim.Date)),
                    ("evidence", StringArray(claim.Evidence.Select(e => e.Text))),
                    ("qualifiers", Qualifiers(claim)),
                    ("status", $"{ModelNs}ClaimStatus.{claim.Status}"),
                    ("note", NullableLiteral(claim.Note)),
                    ("supersededById", NullableLiteral(claim.SupersededBy?.Text)),
                }));
            }

            return members;
        }

        private List<GeneratedMember> Quotes()
        {
            var members = new List<GeneratedMember>();
            foreach (var quote in file.Items.Quotes)
            {
                members.Add(new GeneratedMember(quote.Id, docs.Quote(quote), null, new[]
                {
                    ("speaker", Reference(ItemKind.Entity, quote.Speaker!)),
                    ("text", Literal(quote.Text!.Text)),
                    ("mode", $"{ModelNs}QuoteMode.{quote.Mode}"),
                    ("date", Date(quote.Date)),
                    ("source", Reference(ItemKind.Source, quote.Source!)),
                    ("audience", quote.Audience is null ? "null" : Reference(ItemKind.Entity, quote.Audience)),
                    ("evidence", StringArray(quote.Evidence.Select(e => e.Text))),
                }));
            }

            return members;
        }

        private List<GeneratedMember> Events()
        {
            var members = new List<GeneratedMember>();
            foreach (var @event in file.Items.Events)
            {
                members.Add(new GeneratedMember(@event.Id, docs.Event(@event), null, new[]
                {
                    ("type", Literal(@event.Type)),
                    ("summary", Literal(@event.Summary)),
                    ("date", Date(@event.Date)),
                    ("location", @event.Location is null ? "null" : Reference(ItemKind.Entity, @event.Location)),
                    ("participants", ArrayOf(ModelNs + "Participant", @event.Participants.Select(p =>
                        $"new {ModelNs}Participant({Reference(ItemKind.Entity, p.Entity)}, {Literal(p.Role)})"))),
                    ("source", Reference(ItemKind.Source, @event.Source!)),
                    ("evidence", StringArray(@event.Evidence.Select(e => e.Text))),
                }));
            }

            return members;
        }

        private void WriteValues(CodeWriter w)
        {
            foreach (var claim in file.Items.Claims)
            {
                if (Constant(claim.Value!) is { } constant)
                {
                    docs.Constant(claim).WriteTo(w.Separate());
                    Obsolete(w, ObsoleteMessage(claim));
                    w.Line($"public const {constant.Type} {Name(claim.Id)} = {constant.Literal};");
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
        /// Each member is a property over a field of a nested part class of at most <see cref="PartSize"/> members.
        /// A part is created on first use, so there is no giant static constructor to compile or JIT, and reading
        /// one fact creates only the items of its part (and of the parts those refer to). Part and Items_ names
        /// hold an '_' after a letter, which no member name made from an id has, and the file's key, so they never
        /// collide. Items_ lists the file's items for Corpus.CreateIndex.
        /// </summary>
        private void WriteMembers(CodeWriter w, ItemKindInfo section, List<GeneratedMember> members, string partPrefix)
        {
            for (var i = 0; i < members.Count; i++)
            {
                members[i].Doc.WriteTo(w.Separate());
                Obsolete(w, members[i].ObsoleteMessage);
                w.Line($"public static {ModelNs}{section.TypeName} {Name(members[i].Id)} => {partPrefix}{PartName(i / PartSize)}.{Name(members[i].Id)};");
            }
        }

        /// <summary>The part classes that hold the items, and the Items_ method that lists them.</summary>
        private void WriteParts(CodeWriter w, ItemKindInfo section, List<GeneratedMember> members, string partAccess)
        {
            var type = section.TypeName;
            for (var part = 0; part * PartSize < members.Count; part++)
            {
                w.Separate().Open($"{partAccess} static class {PartName(part)}");
                foreach (var member in members.GetRange(part * PartSize, Math.Min(PartSize, members.Count - (part * PartSize))))
                {
                    w.Separate().Line($"internal static readonly {ModelNs}{type} {Name(member.Id)} = new {ModelNs}{type}(")
                        .Indent()
                        .Line($"scope: global::{ns}.Corpus.Scope,")
                        .Line("id: " + Literal(member.Id.Text) + ",");
                    for (var a = 0; a < member.Arguments.Length; a++)
                    {
                        w.Line(member.Arguments[a].Name + ": " + member.Arguments[a].Value + (a == member.Arguments.Length - 1 ? ");" : ","));
                    }

                    w.Unindent();
                }

                w.Close();
            }

            w.Separate().Line($"internal static {ModelNs}{type}[] {ItemsMethod(entry)}() => new {ModelNs}{type}[]").Line("{").Indent();
            for (var i = 0; i < members.Count; i++)
            {
                w.Line($"{PartName(i / PartSize)}.{Name(members[i].Id)},");
            }

            w.Unindent().Line("};");
        }

        /// <summary>The method of each section class that lists a file's items.</summary>
        public static string ItemsMethod(FactFileEntry entry) => "Items_" + entry.Key;

        private string PartName(int part) => "Part_" + entry.Key + "_" + part.ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>Items a part class holds: small enough for a quick static constructor, large enough to keep the type count low.</summary>
        private const int PartSize = 64;

        /// <summary>
        /// One generated item: its id, hover docs, [Obsolete] message if any, and its constructor arguments after the
        /// scope and id, named as the runtime type's parameters so the generated code reads without the signature.
        /// </summary>
        private sealed record GeneratedMember(LocatedText Id, DocComment Doc, string? ObsoleteMessage, (string Name, string Value)[] Arguments);

        /// <summary>A string literal of the code, remembered: the C# strings of one assembly have a size limit (see <see cref="LiteralBudget"/>).</summary>
        private string Literal(string value)
        {
            literals.Add(value);
            return CSharpLiteral.String(value);
        }

        private string NullableLiteral(string? value) => value is null ? "null" : Literal(value);

        private static string Name(LocatedText id) => MemberNames.For(id.Text);

        private string Reference(ItemKind kind, LocatedText id) => $"global::{ns}.{ItemKinds.Of(kind).ClassName}.{Name(id)}";

        private string StringArray(IEnumerable<string> values) => ArrayOf("string", values.Select(Literal));

        private static string ArrayOf(string elementType, IEnumerable<string> elements)
        {
            var list = elements.ToList();
            return list.Count == 0
                ? $"global::System.Array.Empty<{elementType}>()"
                : $"new {elementType}[] {{ {string.Join(", ", list)} }}";
        }

        private string Date(DateSpec? date) => date is null
            ? "null"
            : $"new {ModelNs}PartialDate(year: {CSharpLiteral.Int(date.Year)}, month: {CSharpLiteral.Int(date.Month)}, day: {CSharpLiteral.Int(date.Day)}, resolvedFrom: {NullableLiteral(date.From)})";

        private string Qualifiers(ClaimSpec claim) => claim.AsOf is null && claim.Includes.Count == 0
            ? ModelNs + "ClaimQualifiers.None"
            : $"new {ModelNs}ClaimQualifiers(asOf: {Date(claim.AsOf)}, includes: {ArrayOf(ModelNs + "Entity", claim.Includes.Select(i => Reference(ItemKind.Entity, i)))})";

        private string Value(ValueSpec value) => value.Kind switch
        {
            ValueKind.Quantity => $"new {ModelNs}QuantityValue({CSharpLiteral.Decimal(value.Amount)}, {Literal(value.Unit)}, {ModelNs}Bound.{value.Bound})",
            ValueKind.Duration => $"new {ModelNs}DurationValue({CSharpLiteral.Decimal(value.Amount)}, {ModelNs}TimeUnit.{value.TimeUnit}, {ModelNs}Bound.{value.Bound})",
            ValueKind.Date => $"new {ModelNs}DateValue({Date(value.Date)})",
            ValueKind.Entity => $"new {ModelNs}EntityValue({Reference(ItemKind.Entity, value.Entity!)})",
            _ => $"new {ModelNs}TextValue({Literal(value.Text)})",
        };

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
