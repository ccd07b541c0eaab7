using System;
using System.Collections.Generic;
using System.Linq;
using FactCorpus.Generator.Diagnostics;
using FactCorpus.Generator.Model;

namespace FactCorpus.Generator.Reading
{
    /// <summary>
    /// One *.facts.yaml file → its <see cref="FactFile"/>: the items of its five sections as specs of plain values,
    /// and every syntax and field error found on the way (FC0xxx, FC1xxx). Knows nothing of other files.
    /// </summary>
    internal static class FactFileReader
    {
        // The fields allowed at each place of the format; the JSON Schema (schema/facts.schema.json) is tested against them.
        internal static readonly string[] Sections = { "sources", "entities", "claims", "quotes", "events" };
        internal static readonly string[] SourceFields = { "id", "title", "publisher", "published", "url", "text" };
        internal static readonly string[] EntityFields = { "id", "kind", "name", "aliases", "description" };

        internal static readonly string[] ClaimFields =
        {
            "id", "subject", "predicate", "value", "statement", "said_by", "source", "date", "evidence", "qualifiers",
            "status", "note", "superseded_by",
        };

        internal static readonly string[] QualifierFields = { "as_of", "includes" };
        internal static readonly string[] QuoteFields = { "id", "speaker", "mode", "text", "source", "date", "audience", "evidence" };
        internal static readonly string[] EventFields = { "id", "type", "summary", "date", "location", "participants", "source", "evidence" };
        internal static readonly string[] ParticipantFields = { "entity", "role" };

        /// <summary>The fields each value kind takes, besides `kind`.</summary>
        internal static readonly Dictionary<string, string[]> ValueFields = new(StringComparer.Ordinal)
        {
            ["quantity"] = new[] { "kind", "amount", "unit", "bound" },
            ["duration"] = new[] { "kind", "amount", "unit", "bound" },
            ["date"] = new[] { "kind", "date" },
            ["entity"] = new[] { "kind", "entity" },
            ["text"] = new[] { "kind", "text" },
        };

        internal static readonly string[] AnyValueFields = { "kind", "amount", "unit", "bound", "date", "entity", "text" };

        public static FactFile Read(string path, string text)
        {
            var diagnostics = new List<DiagnosticInfo>();
            var root = YamlTreeReader.Read(path, text, diagnostics, out var readToEnd);
            // An empty document ("---" alone, or only a byte-order mark) is an empty file, not a wrongly typed one.
            var file = root is null or YamlScalar { IsNull: true } ? null : MappingReader.Open(root, MappingReader.FileLevel, Sections, diagnostics);
            var reader = new ItemReader(diagnostics, cut: readToEnd ? null : LastItem(root));
            var items = file is null
                ? CorpusItems.Empty
                : new CorpusItems(
                    Sources: file.List("sources", required: false, minimum: 0, (node, p) => reader.Read(node, p, SourceFields, ReadSource)),
                    Entities: file.List("entities", required: false, minimum: 0, (node, p) => reader.Read(node, p, EntityFields, ReadEntity)),
                    Claims: file.List("claims", required: false, minimum: 0, (node, p) => reader.Read(node, p, ClaimFields, ReadClaim)),
                    Quotes: file.List("quotes", required: false, minimum: 0, (node, p) => reader.Read(node, p, QuoteFields, ReadQuote)),
                    Events: file.List("events", required: false, minimum: 0, (node, p) => reader.Read(node, p, EventFields, ReadEvent)));
            var sectionsAreLists = file is null || Sections.All(section => file.Node(section, required: false) is null or YamlSequence);
            return new FactFile(path, items, diagnostics.ToEquatableArray(), AllIdsRead: readToEnd && sectionsAreLists && reader.AllIdsRead);
        }

        /// <summary>
        /// The item a syntax error cut short: the last one read, in the last section read. It may have been closed
        /// at the break (a line indented too little ends it there), so it is taken as cut even when it looks whole.
        /// </summary>
        private static YamlNode? LastItem(YamlNode? root) =>
            root is YamlMapping { Entries.Count: > 0 } mapping && mapping.Entries[mapping.Entries.Count - 1].Value is YamlSequence { Items.Count: > 0 } section
                ? section.Items[section.Items.Count - 1]
                : null;

        /// <summary>Reads the items of one file, and knows whether every one of them had an id that could be read.</summary>
        private sealed class ItemReader
        {
            private readonly List<DiagnosticInfo> diagnostics;
            private readonly YamlNode? cut;

            public ItemReader(List<DiagnosticInfo> diagnostics, YamlNode? cut)
            {
                this.diagnostics = diagnostics;
                this.cut = cut;
            }

            public bool AllIdsRead { get; private set; } = true;

            /// <summary>
            /// Reads one item with <paramref name="read"/>. Messages name the item by section and id
            /// (claims.talks_length) when the id is readable, else by position (claims[3]). An item without a usable
            /// id is still read, so all its errors are reported at once, but it is not kept: nothing could refer to
            /// it. The item a syntax error cut short is read for its id only (see <see cref="MappingReader.OpenCut"/>).
            /// </summary>
            public T? Read<T>(YamlNode node, string path, string[] fields, Func<MappingReader, LocatedText, T> read)
                where T : class
            {
                if ((node as YamlMapping)?.PeekText("id") is { } idText && IdText.IsValid(idText))
                {
                    path = path.Substring(0, path.IndexOf('[')) + "." + idText;
                }

                var item = ReferenceEquals(node, cut) ? MappingReader.OpenCut(node, path, fields) : MappingReader.Open(node, path, fields, diagnostics);
                var id = item?.Id("id", required: true);
                AllIdsRead &= id is not null;
                if (item is null)
                {
                    return null;
                }

                var spec = read(item, id ?? new LocatedText("", item.Location));
                return id is null ? null : spec;
            }
        }

        private static SourceSpec ReadSource(MappingReader m, LocatedText id) => new(
            Id: id,
            Title: m.Text("title", required: true)?.Text ?? "",
            Publisher: m.Text("publisher", required: false)?.Text,
            Published: m.Date("published", required: false),
            Url: m.Text("url", required: false)?.Text,
            TextPath: m.Text("text", required: true),
            HasErrors: m.HasErrors);

        private static EntitySpec ReadEntity(MappingReader m, LocatedText id) => new(
            Id: id,
            Kind: m.Choice("kind", Vocabulary.EntityKinds, defaultWord: null).GetValueOrDefault(),
            Name: m.Text("name", required: true)?.Text ?? "",
            Aliases: m.TextList("aliases", required: false).Select(a => a.Text).ToEquatableArray(),
            Description: m.Text("description", required: false)?.Text,
            HasErrors: m.HasErrors);

        private static ClaimSpec ReadClaim(MappingReader m, LocatedText id)
        {
            var subject = m.Id("subject", required: true);
            var predicate = m.Name("predicate", required: true);
            var value = ReadValue(m);
            var statement = m.Text("statement", required: true)?.Text ?? "";
            var saidBy = m.Id("said_by", required: true);
            var source = m.Id("source", required: true);
            var date = m.Date("date", required: false);
            var evidence = m.TextList("evidence", required: true, minimum: 1);
            var qualifiers = m.Mapping("qualifiers", QualifierFields, required: false);
            var asOf = qualifiers?.Date("as_of", required: false);
            var includes = qualifiers?.IdList("includes") ?? EquatableArray<LocatedText>.Empty;
            var status = m.Choice("status", Vocabulary.Statuses, defaultWord: "reported");
            var note = m.Text("note", required: false)?.Text;
            var supersededBy = m.Id("superseded_by", required: false);
            if (status is not null && (status == ClaimStatus.Superseded) != (supersededBy is not null))
            {
                m.Report(Descriptors.InconsistentFields, supersededBy?.Location ?? m.Location, m.Path,
                    "status 'superseded' and the field 'superseded_by' go together: give both or neither");
            }

            return new ClaimSpec(
                Id: id,
                Subject: subject,
                Predicate: predicate,
                Value: value,
                Statement: statement,
                SaidBy: saidBy,
                Source: source,
                Date: date,
                Evidence: evidence,
                AsOf: asOf,
                Includes: includes,
                Status: status.GetValueOrDefault(),
                Note: note,
                SupersededBy: supersededBy,
                HasErrors: m.HasErrors);
        }

        private static ValueSpec? ReadValue(MappingReader owner)
        {
            // The kind decides which other fields are allowed, so read it before checking the field names.
            var node = owner.Node("value", required: true);
            var kindWord = (node as YamlMapping)?.PeekText("kind");
            var fields = kindWord is not null && ValueFields.TryGetValue(kindWord, out var known) ? known : AnyValueFields;
            var m = node is null ? null : owner.Mapping("value", fields, required: true);
            return m?.Choice("kind", Vocabulary.ValueKinds, defaultWord: null) switch
            {
                ValueKind.Quantity => Value(ValueKind.Quantity, amount: m.Number("amount"), unit: m.Text("unit", required: true)?.Text ?? "",
                    bound: m.Choice("bound", Vocabulary.Bounds, "exact")),
                ValueKind.Duration => Value(ValueKind.Duration, amount: m.Number("amount"), timeUnit: m.Choice("unit", Vocabulary.TimeUnits, null),
                    bound: m.Choice("bound", Vocabulary.Bounds, "exact")),
                ValueKind.Date => Value(ValueKind.Date, date: m.Date("date", required: true)),
                ValueKind.Entity => Value(ValueKind.Entity, entity: m.Id("entity", required: true)),
                ValueKind.Text => Value(ValueKind.Text, text: m.Text("text", required: true)?.Text ?? ""),
                _ => null,
            };
        }

        /// <summary>A value of <paramref name="kind"/> with the members it has; the others empty.</summary>
        private static ValueSpec Value(
            ValueKind kind, decimal amount = 0, string unit = "", TimeUnit? timeUnit = null, Bound? bound = null, DateSpec? date = null, LocatedText? entity = null, string text = "") =>
            new(Kind: kind, Amount: amount, Unit: unit, TimeUnit: timeUnit.GetValueOrDefault(), Bound: bound.GetValueOrDefault(), Date: date, Entity: entity, Text: text);

        private static QuoteSpec ReadQuote(MappingReader m, LocatedText id)
        {
            var speaker = m.Id("speaker", required: true);
            var mode = m.Choice("mode", Vocabulary.QuoteModes, defaultWord: null);
            var text = m.Text("text", required: true);
            var source = m.Id("source", required: true);
            var date = m.Date("date", required: false);
            var audience = m.Id("audience", required: false);

            // Reported speech is the source's paraphrase, so it needs excerpts to be checked against the text.
            var indirect = mode == QuoteMode.Indirect;
            var evidence = m.TextList("evidence", required: indirect, minimum: indirect ? 1 : 0);
            return new QuoteSpec(
                Id: id,
                Speaker: speaker,
                Mode: mode.GetValueOrDefault(),
                Text: text,
                Source: source,
                Date: date,
                Audience: audience,
                Evidence: evidence,
                HasErrors: m.HasErrors);
        }

        private static EventSpec ReadEvent(MappingReader m, LocatedText id) => new(
            Id: id,
            Type: m.Name("type", required: true),
            Summary: m.Text("summary", required: true)?.Text ?? "",
            Date: m.Date("date", required: false),
            Location: m.Id("location", required: false),
            Participants: m.List("participants", required: false, minimum: 0, (p, path) => ReadParticipant(m.Child(p, path, ParticipantFields))),
            Source: m.Id("source", required: true),
            Evidence: m.TextList("evidence", required: true, minimum: 1),
            HasErrors: m.HasErrors);

        private static ParticipantSpec? ReadParticipant(MappingReader? m)
        {
            var entity = m?.Id("entity", required: true);
            var role = m?.Name("role", required: true);
            return m is null || entity is null || m.HasErrors ? null : new ParticipantSpec(entity, role!);
        }
    }
}
