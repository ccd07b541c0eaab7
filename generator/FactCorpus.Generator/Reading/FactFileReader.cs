using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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

        /// <summary>
        /// FNV-1a (64 bits) over the text's UTF-16 code units, every line break counted as '\n': the data is made from
        /// the text alone, and YAML reads "\r\n", "\r" and "\n" alike, so equal hashes mean equal data. One pass over
        /// the text: hashing the data instead meant encoding every file's data in every build, a fifth of the
        /// generator's run in a cold compiler at 10,000 claims.
        /// </summary>
        public static ulong TextHash(string text)
        {
            var hash = 14695981039346656037UL;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\r')
                {
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        continue;
                    }

                    c = '\n';
                }

                hash = (hash ^ c) * 1099511628211UL;
            }

            return hash;
        }

        public static FactFile Read(string path, string text)
        {
            var diagnostics = new List<DiagnosticInfo>();
            // The items' errors apart: they are read while the YAML is, and a file that turns out to have no
            // document to read (two documents) reports none of them.
            var itemDiagnostics = new List<DiagnosticInfo>();
            var reader = new ItemReader(itemDiagnostics);
            var sources = new Section<SourceSpec>("sources", SourceFields, ReadSource, reader);
            var entities = new Section<EntitySpec>("entities", EntityFields, ReadEntity, reader);
            var claims = new Section<ClaimSpec>("claims", ClaimFields, ReadClaim, reader);
            var quotes = new Section<QuoteSpec>("quotes", QuoteFields, ReadQuote, reader);
            var events = new Section<EventSpec>("events", EventFields, ReadEvent, reader);
            var sink = new SectionSink(sources, entities, claims, quotes, events);
            var root = YamlTreeReader.Read(path, text, diagnostics, out var readToEnd, sink);
            // An empty document ("---" alone, or only a byte-order mark) is an empty file, not a wrongly typed one.
            var file = root is null or YamlScalar { IsNull: true } ? null : MappingReader.Open(root, new YamlPath(MappingReader.FileLevel), Sections, diagnostics);
            reader.Cut = readToEnd ? null : LastItem(root) ?? sink.Cut;
            var items = file is null
                ? CorpusItems.Empty
                : new CorpusItems(sources.Items(file), entities.Items(file), claims.Items(file), quotes.Items(file), events.Items(file));
            if (file is not null)
            {
                diagnostics.AddRange(itemDiagnostics);
            }

            var sectionsAreLists = file is null || Sections.All(section => file.Node(section, required: false) is null or YamlSequence);
            return new FactFile(path, items, diagnostics.ToEquatableArray(), AllIdsRead: readToEnd && sectionsAreLists && reader.AllIdsRead, TextHash(text));
        }

        /// <summary>Routes the streamed entries of each section's list to its <see cref="Section{T}"/>; the first list of each section name only, as <see cref="MappingReader"/> keeps the first.</summary>
        private sealed class SectionSink : IItemSink
        {
            private readonly ISection[] sections;
            private readonly HashSet<string> seen = new(StringComparer.Ordinal);

            public SectionSink(params ISection[] sections) => this.sections = sections;

            /// <summary>The streamed entry a syntax error cut short, if it was one.</summary>
            public YamlNode? Cut { get; private set; }

            public bool Streams(string key, bool isList)
            {
                if (!seen.Add(key) || !isList)
                {
                    return false;
                }

                foreach (var section in sections)
                {
                    if (section.Name == key)
                    {
                        section.IsStreamed = true;
                        return true;
                    }
                }

                return false;
            }

            public void Item(string key, int index, YamlNode node, bool cut, bool shared)
            {
                Cut = cut ? node : Cut;
                foreach (var section in sections)
                {
                    if (section.Name == key)
                    {
                        section.Add(node, index, cut, shared);
                    }
                }
            }
        }

        private interface ISection
        {
            string Name { get; }

            bool IsStreamed { get; set; }

            void Add(YamlNode node, int index, bool cut, bool shared);
        }

        /// <summary>
        /// The items of one section: read as the YAML reader streams them, or, when it did not (the section is not a
        /// list, or an alias), read from the tree as every other field is.
        /// </summary>
        private sealed class Section<T> : ISection
            where T : class, IEquatable<T>
        {
            private readonly string[] fields;
            private readonly Func<MappingReader, LocatedText, T> read;
            private readonly ItemReader reader;

            /// <summary>Read items, or (<see cref="Entry.Node"/>) entries left to read once the cut item is known.</summary>
            private readonly List<Entry> entries = new();
            private int count;

            public Section(string name, string[] fields, Func<MappingReader, LocatedText, T> read, ItemReader reader)
            {
                Name = name;
                this.fields = fields;
                this.read = read;
                this.reader = reader;
            }

            public string Name { get; }

            public bool IsStreamed { get; set; }

            public void Add(YamlNode node, int index, bool cut, bool shared)
            {
                count = index + 1;
                // A node that occurs twice (an anchor and its aliases) is read as cut everywhere if it is the one cut short.
                if (shared && !cut)
                {
                    entries.Add(new Entry(null, node, index));
                }
                else if (reader.Read(node, Name, index, fields, read, cut) is { } item)
                {
                    entries.Add(new Entry(item, null, index));
                }
            }

            /// <summary>The section's items; a streamed list's tree holds at most the entry a syntax error broke off inside, after those streamed.</summary>
            public EquatableArray<T> Items(MappingReader file)
            {
                if (!IsStreamed)
                {
                    return file.List(Name, required: false, minimum: 0, (node, p) => reader.Read(node, Name, p.Index, fields, read));
                }

                if (file.Node(Name, required: false) is YamlSequence rest)
                {
                    foreach (var node in rest.Items)
                    {
                        Add(node, count, cut: false, shared: false);
                    }
                }

                var items = ImmutableArray.CreateBuilder<T>(entries.Count);
                foreach (var entry in entries)
                {
                    if ((entry.Item ?? (entry.Node is null ? null : reader.Read(entry.Node, Name, entry.Index, fields, read))) is { } item)
                    {
                        items.Add(item);
                    }
                }

                return new EquatableArray<T>(items.ToImmutable());
            }

            private readonly struct Entry
            {
                public Entry(T? item, YamlNode? node, int index)
                {
                    Item = item;
                    Node = node;
                    Index = index;
                }

                public T? Item { get; }

                public YamlNode? Node { get; }

                public int Index { get; }
            }
        }

        /// <summary>
        /// The item a syntax error cut short: the last one read, in the last section read. It may have been closed
        /// at the break (a line indented too little ends it there), so it is taken as cut even when it looks whole.
        /// </summary>
        private static YamlNode? LastItem(YamlNode? root) =>
            root is YamlMapping { Entries.Length: > 0 } mapping && mapping.Entries[mapping.Entries.Length - 1].Value is YamlSequence { Items.Count: > 0 } section
                ? section.Items[section.Items.Count - 1]
                : null;

        /// <summary>Reads the items of one file, and knows whether every one of them had an id that could be read.</summary>
        private sealed class ItemReader
        {
            private readonly List<DiagnosticInfo> diagnostics;

            /// <summary>The readers of an item's mappings, given back once its spec is made.</summary>
            private readonly MappingReader.Pool readers = new();

            public ItemReader(List<DiagnosticInfo> diagnostics) => this.diagnostics = diagnostics;

            /// <summary>The item of the tree a syntax error cut short, once the YAML has been read (streamed items say so themselves).</summary>
            public YamlNode? Cut { get; set; }

            public bool AllIdsRead { get; private set; } = true;

            /// <summary>
            /// Reads one item with <paramref name="read"/>. Messages name the item by section and id
            /// (claims.talks_length) when the id is readable, else by position (claims[3]). An item without a usable
            /// id is still read, so all its errors are reported at once, but it is not kept: nothing could refer to
            /// it. The item a syntax error cut short is read for its id only (see <see cref="MappingReader.OpenCut"/>).
            /// </summary>
            public T? Read<T>(YamlNode node, string section, int index, string[] fields, Func<MappingReader, LocatedText, T> read, bool cut = false)
                where T : class
            {
                var idText = (node as YamlMapping)?.PeekText("id");
                var path = new YamlPath(section, idText is not null && IdText.IsValid(idText) ? idText : null, index);

                var item = cut || ReferenceEquals(node, Cut) ? MappingReader.OpenCut(node, path, fields) : MappingReader.Open(node, path, fields, diagnostics, readers);
                var id = item?.Id("id", required: true);
                AllIdsRead &= id is not null;
                if (item is null)
                {
                    return null;
                }

                var spec = read(item, id ?? new LocatedText("", item.Location));
                readers.GiveBackAll();
                return id is null ? null : spec;
            }
        }

        private static SourceSpec ReadSource(MappingReader m, LocatedText id) => new(
            Id: id,
            Title: m.TextOnly("title", required: true) ?? "",
            Publisher: m.TextOnly("publisher", required: false),
            Published: m.Date("published", required: false),
            Url: m.TextOnly("url", required: false),
            TextPath: m.Text("text", required: true),
            HasErrors: m.HasErrors);

        private static EntitySpec ReadEntity(MappingReader m, LocatedText id) => new(
            Id: id,
            Kind: m.Choice("kind", Vocabulary.EntityKinds, defaultWord: null).GetValueOrDefault(),
            Name: m.TextOnly("name", required: true) ?? "",
            Aliases: m.TextList("aliases", required: false).Select(a => a.Text).ToEquatableArray(),
            Description: m.TextOnly("description", required: false),
            HasErrors: m.HasErrors);

        private static ClaimSpec ReadClaim(MappingReader m, LocatedText id)
        {
            var subject = m.Id("subject", required: true);
            var predicate = m.Name("predicate", required: true);
            var value = ReadValue(m);
            var statement = m.TextOnly("statement", required: true) ?? "";
            var saidBy = m.Id("said_by", required: true);
            var source = m.Id("source", required: true);
            var date = m.Date("date", required: false);
            var evidence = m.TextList("evidence", required: true, minimum: 1);
            var qualifiers = m.Mapping("qualifiers", QualifierFields, required: false);
            var asOf = qualifiers?.Date("as_of", required: false);
            var includes = qualifiers?.IdList("includes") ?? EquatableArray<LocatedText>.Empty;
            var status = m.Choice("status", Vocabulary.Statuses, defaultWord: "reported");
            var note = m.TextOnly("note", required: false);
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
                ValueKind.Quantity => Value(ValueKind.Quantity, amount: m.Number("amount"), unit: m.TextOnly("unit", required: true) ?? "",
                    bound: m.Choice("bound", Vocabulary.Bounds, "exact")),
                ValueKind.Duration => Value(ValueKind.Duration, amount: m.Number("amount"), timeUnit: m.Choice("unit", Vocabulary.TimeUnits, null),
                    bound: m.Choice("bound", Vocabulary.Bounds, "exact")),
                ValueKind.Date => Value(ValueKind.Date, date: m.Date("date", required: true)),
                ValueKind.Entity => Value(ValueKind.Entity, entity: m.Id("entity", required: true)),
                ValueKind.Text => Value(ValueKind.Text, text: m.TextOnly("text", required: true) ?? ""),
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
            Summary: m.TextOnly("summary", required: true) ?? "",
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
