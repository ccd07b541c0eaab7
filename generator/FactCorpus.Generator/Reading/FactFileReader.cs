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
            var root = YamlTreeReader.Read(path, text, diagnostics);
            // An empty document ("---" alone, or only a byte-order mark) is an empty file, not a wrongly typed one.
            var file = root is null or YamlScalar { IsNull: true } ? null : MappingReader.Open(root, MappingReader.FileLevel, Sections, diagnostics);
            var items = file is null
                ? CorpusItems.Empty
                : new CorpusItems(
                    file.List("sources", required: false, minimum: 0, (node, p) => ReadSource(node, p, diagnostics)),
                    file.List("entities", required: false, minimum: 0, (node, p) => ReadEntity(node, p, diagnostics)),
                    file.List("claims", required: false, minimum: 0, (node, p) => ReadClaim(node, p, diagnostics)),
                    file.List("quotes", required: false, minimum: 0, (node, p) => ReadQuote(node, p, diagnostics)),
                    file.List("events", required: false, minimum: 0, (node, p) => ReadEvent(node, p, diagnostics)));
            return new FactFile(path, items, diagnostics.ToEquatableArray());
        }

        /// <summary>
        /// Reads one item with <paramref name="read"/>. Messages name the item by section and id
        /// (claims.talks_length) when the id is readable, else by position (claims[3]). An item without a usable id
        /// is still read, so all its errors are reported at once, but it is not kept: nothing could refer to it.
        /// </summary>
        private static T? ReadItem<T>(YamlNode node, string path, string[] fields, List<DiagnosticInfo> diagnostics, Func<MappingReader, LocatedText, T> read)
            where T : class
        {
            if ((node as YamlMapping)?.PeekText("id") is { } idText && IdText.IsValid(idText))
            {
                path = path.Substring(0, path.IndexOf('[')) + "." + idText;
            }

            var item = MappingReader.Open(node, path, fields, diagnostics);
            if (item is null)
            {
                return null;
            }

            var id = item.Id("id", required: true);
            var spec = read(item, id ?? new LocatedText("", item.Location));
            return id is null ? null : spec;
        }

        private static SourceSpec? ReadSource(YamlNode node, string path, List<DiagnosticInfo> diagnostics) =>
            ReadItem(node, path, SourceFields, diagnostics, ReadSource);

        private static SourceSpec ReadSource(MappingReader m, LocatedText id)
        {
            return new SourceSpec(
                id,
                m.Text("title", required: true)?.Text ?? "",
                m.Text("publisher", required: false)?.Text,
                m.Date("published", required: false),
                m.Text("url", required: false)?.Text,
                m.Text("text", required: true),
                m.HasErrors);
        }

        private static EntitySpec? ReadEntity(YamlNode node, string path, List<DiagnosticInfo> diagnostics) =>
            ReadItem(node, path, EntityFields, diagnostics, ReadEntity);

        private static EntitySpec ReadEntity(MappingReader m, LocatedText id)
        {
            return new EntitySpec(
                id,
                m.Choice("kind", Vocabulary.EntityKinds, defaultWord: null),
                m.Text("name", required: true)?.Text ?? "",
                m.TextList("aliases", required: false).Select(a => a.Text).ToEquatableArray(),
                m.Text("description", required: false)?.Text,
                m.HasErrors);
        }

        private static ClaimSpec? ReadClaim(YamlNode node, string path, List<DiagnosticInfo> diagnostics) =>
            ReadItem(node, path, ClaimFields, diagnostics, ReadClaim);

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
            m.Absorb(qualifiers);
            var status = m.Choice("status", Vocabulary.Statuses, defaultWord: "reported");
            var note = m.Text("note", required: false)?.Text;
            var supersededBy = m.Id("superseded_by", required: false);
            if ((status == "Superseded") != (supersededBy is not null))
            {
                m.Report(Descriptors.InconsistentFields, supersededBy?.Location ?? m.Location, m.Path,
                    "status 'superseded' and the field 'superseded_by' go together: give both or neither");
            }

            return new ClaimSpec(id, subject, predicate, value, statement, saidBy, source, date, evidence, asOf, includes, status, note, supersededBy, m.HasErrors);
        }

        private static ValueSpec? ReadValue(MappingReader owner)
        {
            // The kind decides which other fields are allowed, so read it before checking the field names.
            var node = owner.Node("value", required: true);
            var kindWord = (node as YamlMapping)?.PeekText("kind");
            var fields = kindWord is not null && ValueFields.TryGetValue(kindWord, out var known) ? known : AnyValueFields;
            var m = node is null ? null : owner.Mapping("value", fields, required: true);
            if (m is null)
            {
                return null;
            }

            var kind = m.Choice("kind", Vocabulary.ValueKinds, defaultWord: null);
            ValueSpec? value = kind switch
            {
                "Quantity" => new ValueSpec(ValueKind.Quantity, m.Number("amount"), m.Text("unit", required: true)?.Text ?? "",
                    m.Choice("bound", Vocabulary.Bounds, "exact"), null, null, ""),
                "Duration" => new ValueSpec(ValueKind.Duration, m.Number("amount"), m.Choice("unit", Vocabulary.TimeUnits, null),
                    m.Choice("bound", Vocabulary.Bounds, "exact"), null, null, ""),
                "Date" => new ValueSpec(ValueKind.Date, 0, "", "", m.Date("date", required: true), null, ""),
                "Entity" => new ValueSpec(ValueKind.Entity, 0, "", "", null, m.Id("entity", required: true), ""),
                "Text" => new ValueSpec(ValueKind.Text, 0, "", "", null, null, m.Text("text", required: true)?.Text ?? ""),
                _ => null,
            };
            owner.Absorb(m);
            return value;
        }

        private static QuoteSpec? ReadQuote(YamlNode node, string path, List<DiagnosticInfo> diagnostics) =>
            ReadItem(node, path, QuoteFields, diagnostics, ReadQuote);

        private static QuoteSpec ReadQuote(MappingReader m, LocatedText id)
        {
            var speaker = m.Id("speaker", required: true);
            var mode = m.Choice("mode", Vocabulary.QuoteModes, defaultWord: null);
            var text = m.Text("text", required: true);
            var source = m.Id("source", required: true);
            var date = m.Date("date", required: false);
            var audience = m.Id("audience", required: false);

            // Reported speech is the source's paraphrase, so it needs excerpts to be checked against the text.
            var evidence = m.TextList("evidence", required: mode == "Indirect", minimum: mode == "Indirect" ? 1 : 0);
            return new QuoteSpec(id, speaker, mode, text, source, date, audience, evidence, m.HasErrors);
        }

        private static EventSpec? ReadEvent(YamlNode node, string path, List<DiagnosticInfo> diagnostics) =>
            ReadItem(node, path, EventFields, diagnostics, ReadEvent);

        private static EventSpec ReadEvent(MappingReader m, LocatedText id)
        {
            return new EventSpec(
                id,
                m.Name("type", required: true),
                m.Text("summary", required: true)?.Text ?? "",
                m.Date("date", required: false),
                m.Id("location", required: false),
                m.List("participants", required: false, minimum: 0, (p, pPath) => ReadParticipant(m.OpenChild(p, pPath, ParticipantFields))),
                m.Id("source", required: true),
                m.TextList("evidence", required: true, minimum: 1),
                m.HasErrors);
        }

        private static ParticipantSpec? ReadParticipant(MappingReader? m)
        {
            var entity = m?.Id("entity", required: true);
            var role = m?.Name("role", required: true);
            return m is null || entity is null || m.HasErrors ? null : new ParticipantSpec(entity, role!);
        }
    }
}
