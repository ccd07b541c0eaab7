using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using FactCorpus.Generator.Diagnostics;
using FactCorpus.Generator.Model;

namespace FactCorpus.Generator.Reading
{
    /// <summary>
    /// Reads the fields of one YAML mapping against the fields the format allows there. Every problem becomes
    /// a diagnostic naming the YAML path (claims.ceasefire.value.unit) and sets <see cref="HasErrors"/>; reading
    /// goes on, so an author sees all the errors of a file at once. A reader for a mapping inside this one (a
    /// field's value, an entry of a list) is made by this one (<see cref="Mapping"/>, <see cref="Child"/>) and
    /// reports through it: an error anywhere inside an item is an error of the item, with nothing to forget.
    /// </summary>
    internal sealed class MappingReader
    {
        /// <summary>
        /// The mapping's entries. A field is looked up by a scan for the first entry of its name (a few entries, so
        /// cheaper than a dictionary for every mapping of a file); the fields asked for are allowed ones, so an
        /// unknown field, reported as such, is never taken for one, and a duplicate never comes first.
        /// </summary>
        private YamlEntry[] entries = Array.Empty<YamlEntry>();

        /// <summary>Fields an unknown field was taken for ("predicat" → predicate): already reported, so not reported missing too.</summary>
        private HashSet<string>? misspelt;
        private List<DiagnosticInfo> diagnostics;
        private MappingReader? parent;
        private NodeSpan span;
        private YamlPath path;
        private string? pathText;

        /// <summary>Where this reader and the readers of the mappings inside it come from; null for a reader made for one use.</summary>
        private Pool? pool;

        private MappingReader(YamlPath path, NodeSpan span, List<DiagnosticInfo> diagnostics, MappingReader? parent, Pool? pool)
        {
            this.path = path;
            this.span = span;
            this.diagnostics = diagnostics;
            this.parent = parent;
            this.pool = pool;
        }

        /// <summary>The YAML path of this mapping, used in messages; "the file" for the top level. Built when a message needs it.</summary>
        public string Path => pathText ??= path.ToString();

        /// <summary>The YAML path that the top-level mapping of a file has.</summary>
        public const string FileLevel = "the file";

        /// <summary>True once this mapping, or one read inside it, has reported an error.</summary>
        public bool HasErrors { get; private set; }

        /// <summary>Opens <paramref name="node"/>, the file or one item, as a mapping with the given allowed fields; null (and FC1003) when it is not a mapping.</summary>
        /// <param name="pool">Where the readers of an item come from, to be given back once it is read (<see cref="Pool.GiveBackAll"/>).</param>
        public static MappingReader? Open(YamlNode node, YamlPath path, IReadOnlyList<string> allowed, List<DiagnosticInfo> diagnostics, Pool? pool = null)
        {
            if (node is not YamlMapping mapping)
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.WrongNodeType, node.Location, path.ToString(), "a mapping of fields", node.Describe));
                return null;
            }

            return Make(path, mapping.Span, diagnostics, parent: null, pool).Read(mapping, allowed);
        }

        private static MappingReader Make(YamlPath path, NodeSpan span, List<DiagnosticInfo> diagnostics, MappingReader? parent, Pool? pool) =>
            pool?.Take(path, span, diagnostics, parent) ?? new MappingReader(path, span, diagnostics, parent, pool: null);

        /// <summary>
        /// Opens an item that a syntax error cut short: it is incomplete rather than wrong, so none of its problems
        /// is reported, and it counts as having errors, so nothing is generated from it.
        /// </summary>
        public static MappingReader? OpenCut(YamlNode node, YamlPath path, IReadOnlyList<string> allowed)
        {
            var reader = node is YamlMapping ? Open(node, path, allowed, new List<DiagnosticInfo>()) : null;
            if (reader is not null)
            {
                reader.HasErrors = true;
            }

            return reader;
        }

        /// <summary>Opens a mapping inside this one (an entry of one of its lists); its errors are this mapping's too.</summary>
        public MappingReader? Child(YamlNode node, YamlPath path, IReadOnlyList<string> allowed)
        {
            if (node is not YamlMapping mapping)
            {
                Report(Descriptors.WrongNodeType, node.Location, path.ToString(), "a mapping of fields", node.Describe);
                return null;
            }

            return Make(path, mapping.Span, diagnostics, this, pool).Read(mapping, allowed);
        }

        private MappingReader Read(YamlMapping mapping, IReadOnlyList<string> allowed)
        {
            YamlEntry? previous = null;
            var merged = false;
            entries = mapping.Entries;
            for (var i = 0; i < entries.Length; i++)
            {
                var entry = entries[i];
                var name = entry.Key;
                if (!allowed.Contains(name))
                {
                    var suggestion = NearestName.Find(name, allowed);
                    if (suggestion is not null)
                    {
                        (misspelt ??= new HashSet<string>(StringComparer.Ordinal)).Add(suggestion);
                    }

                    var splitText = suggestion is null || name.IndexOf(' ') >= 0 ? SplitByComma(mapping, previous, entry) : null;
                    var hint = splitText ?? NearestName.Hint(suggestion);
                    Report(Descriptors.UnknownField, entry.KeyLocation, name, Path, hint, string.Join(", ", allowed));
                }
                else if (IndexOf(name) < i)
                {
                    // A second id is a new item whose "- " is missing: one error for it, not one per field it repeats.
                    if (!merged)
                    {
                        merged = name == "id";
                        Report(Descriptors.DuplicateField, entry.KeyLocation, name, Path, merged ? "; a second 'id' starts a new item: begin it with '- '" : "");
                    }
                }

                previous = entry;
            }

            return this;
        }

        /// <summary>
        /// In `{ text: cheaper, safer over thirty years }` the ', ' ends the text, and YAML reads the rest as a field
        /// with no value: the hint for that unknown "field", which follows a text on the same line. (A name close to
        /// a field, such as `{ kind: text, text: x, txt }`, is taken as that field misspelt instead, unless it has a space.)
        /// </summary>
        private static string? SplitByComma(YamlMapping mapping, YamlEntry? previous, YamlEntry entry) =>
            mapping.IsFlow && entry.Value is YamlScalar { IsNull: true }
                && previous?.Value is YamlScalar { IsNull: false } text && text.Location.EndLine == entry.KeyLocation.StartLine
                ? $" (a ', ' inside {{ }} ends the text of '{previous.Value.Key}': put text that holds a comma in quotes)"
                : null;

        /// <summary>Where the first entry named <paramref name="name"/> is; -1 if there is none.</summary>
        private int IndexOf(string name)
        {
            for (var i = 0; i < entries.Length; i++)
            {
                if (string.Equals(entries[i].Key, name, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return -1;
        }

        private bool TryGetField(string name, out YamlNode? node)
        {
            var at = IndexOf(name);
            node = at < 0 ? null : entries[at].Value;
            return at >= 0;
        }

        public string PathOf(string field) => Path == FileLevel ? field : Path + "." + field;

        /// <summary>The raw node of a field; reports FC1002 when it is required and absent (or null).</summary>
        public YamlNode? Node(string field, bool required)
        {
            if (TryGetField(field, out var node) && !(node is YamlScalar { IsNull: true }))
            {
                return node;
            }

            if (required && misspelt?.Contains(field) != true)
            {
                Report(Descriptors.MissingField, node?.Location ?? Location, Path, field);
            }

            return null;
        }

        public LocatedText? Text(string field, bool required) => Scalar(field, required, TextExpected);

        /// <summary>The text of a field whose place in the file is not kept (a title, a statement).</summary>
        public string? TextOnly(string field, bool required) =>
            Node(field, required) is { } node ? AsString(node, new YamlPath(this, field), TextExpected) : null;

        /// <summary>A reference to another item's id (or an id being declared): checked for form here, for existence later.</summary>
        public LocatedText? Id(string field, bool required) => IdScalar(field, required, IdExpected) is { } id ? id.Span.Locate(id.Value) : null;

        /// <summary>A snake_case name (predicate, event type, role): the same form as an id, its place not kept.</summary>
        public string Name(string field, bool required) => IdScalar(field, required, NameExpected)?.Value ?? "";

        /// <summary>The scalar of an id-shaped field; null, reported, when it is missing, not text, or not of an id's form.</summary>
        private YamlScalar? IdScalar(string field, bool required, string expected)
        {
            if (Node(field, required) is not { } node || AsString(node, new YamlPath(this, field), expected) is not { } text)
            {
                return null;
            }

            // YAML reads a plain true or false as a boolean, so editors (and the JSON Schema) see no id there.
            var scalar = (YamlScalar)node;
            if (scalar is { IsPlain: true, Value: "true" or "True" or "TRUE" or "false" or "False" or "FALSE" } || !IdText.IsValid(text))
            {
                Report(Descriptors.InvalidId, node.Location, PathOf(field), text);
                return null;
            }

            return scalar;
        }

        /// <summary>A word of a closed list, as its enum member; null (reported) when it is missing or not in the list.</summary>
        public T? Choice<T>(string field, WordList<T> words, string? defaultWord)
            where T : struct, Enum
        {
            var node = Node(field, required: defaultWord is null);
            var text = node is null ? null : AsString(node, new YamlPath(this, field), words.Expected);
            var word = text ?? defaultWord;
            if (word is null)
            {
                return null;
            }

            if (!words.TryGetMember(word, out var member))
            {
                Report(Descriptors.InvalidChoice, node!.Location, PathOf(field), words.Listing, word, NearestName.Hint(NearestName.Find(word, words.Words)));
                return null;
            }

            return member;
        }

        public decimal Number(string field)
        {
            var node = Node(field, required: true);
            var text = node is null ? null : AsString(node, new YamlPath(this, field), NumberExpected);
            if (text is null)
            {
                return 0;
            }

            var isNumber = decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number);
            if (isNumber && node is YamlScalar { IsPlain: true })
            {
                return number;
            }

            // A quoted "5" is text in YAML (and in the JSON Schema editors check against), not a number.
            Report(Descriptors.InvalidNumber, node!.Location, PathOf(field),
                isNumber ? $"'{text}' in quotes, which YAML reads as text; write the number without quotes" : $"'{text}'");
            return 0;
        }

        /// <summary>
        /// A date: a scalar 2025 / 2025-03 / 2025-03-11, or a mapping { on: …, from: "the words" }, with `by: curator`
        /// for a date from outside the source, which must say why in `from` (FC1010 at `by` without it).
        /// </summary>
        public DateSpec? Date(string field, bool required)
        {
            var node = Node(field, required);
            if (node is null)
            {
                return null;
            }

            string? from = null;
            DateOrigin? origin = DateOrigin.Source;
            var path = new YamlPath(this, field);
            if (node is YamlMapping)
            {
                var mapping = Child(node, path, DateFields)!;
                origin = mapping.Choice("by", Vocabulary.DateOrigins, defaultWord: "source");
                from = mapping.TextOnly("from", required: false);
                if (origin == DateOrigin.Curator && string.IsNullOrWhiteSpace(from))
                {
                    // A date from outside the article is only as good as its reason, which hover shows the reader.
                    mapping.Report(Descriptors.InconsistentFields, mapping.Node("by", required: false)!.Location, path.ToString(),
                        "'by: curator' marks a date the article does not give, so say in 'from' how you know it (from: \"on Tuesday; the talks were on 11 March 2025\")");
                }

                node = mapping.Node("on", required: true);
                path = new YamlPath(mapping, "on");
                if (node is null)
                {
                    return null;
                }
            }

            // Read into numbers: the text's place is only needed for a message.
            var text = AsString(node, path, DateExpected);
            if (text is null)
            {
                return null;
            }

            if (DateText.Check(text, out var year, out var month, out var day) is { } problem)
            {
                Report(Descriptors.InvalidDate, node.Location, path.ToString(), problem);
                return null;
            }

            return origin is null ? null : new DateSpec(year, month, day, from, origin.Value);
        }

        /// <summary>A list of text (evidence, aliases); <paramref name="minimum"/> 1 reports an empty list.</summary>
        public EquatableArray<LocatedText> TextList(string field, bool required, int minimum = 0) =>
            List(field, required, minimum, (node, path) => path.Owner!.AsText(node, path, TextExpected));

        public EquatableArray<LocatedText> IdList(string field) =>
            List(field, required: false, minimum: 0, (node, path) => path.Owner!.AsText(node, path, IdExpected) is { } text ? path.Owner.CheckId(text, path) : null);

        /// <summary>A list of mappings, each read by <paramref name="readItem"/> with its YAML path.</summary>
        public EquatableArray<T> List<T>(string field, bool required, int minimum, Func<YamlNode, YamlPath, T?> readItem)
            where T : class, IEquatable<T>
        {
            var node = Node(field, required);
            if (node is null)
            {
                return EquatableArray<T>.Empty;
            }

            if (node is not YamlSequence sequence)
            {
                Report(Descriptors.WrongNodeType, node.Location, PathOf(field), "a list", node.Describe);
                return EquatableArray<T>.Empty;
            }

            if (sequence.Items.Count < minimum)
            {
                Report(Descriptors.EmptyList, sequence.Location, PathOf(field));
            }

            var items = ImmutableArray.CreateBuilder<T>(sequence.Items.Count);
            for (var i = 0; i < sequence.Items.Count; i++)
            {
                // An entry that could not be read has reported why, through this reader or a child of it.
                if (readItem(sequence.Items[i], new YamlPath(this, field, i)) is { } item)
                {
                    items.Add(item);
                }
            }

            return new EquatableArray<T>(items.Count == items.Capacity ? items.MoveToImmutable() : items.ToImmutable());
        }

        /// <summary>Opens a nested mapping field; its errors are this mapping's too.</summary>
        public MappingReader? Mapping(string field, IReadOnlyList<string> allowed, bool required) =>
            Node(field, required) is { } node ? Child(node, new YamlPath(this, field), allowed) : null;

        /// <summary>Reports an error of this mapping, which is an error of every mapping it is read inside.</summary>
        public void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo at, params string[] args)
        {
            for (var reader = this; reader is not null; reader = reader.parent)
            {
                reader.HasErrors = true;
            }

            diagnostics.Add(DiagnosticInfo.Create(descriptor, at, args));
        }

        public LocationInfo Location => span.Locate();

        internal static readonly string[] DateFields = { "on", "by", "from" };

        // What a field was expected to be, for FC1003.
        private static readonly string TextExpected = "text";
        private static readonly string IdExpected = "an id";
        private static readonly string NameExpected = "a snake_case name";
        private static readonly string NumberExpected = "a number";
        private static readonly string DateExpected = "a date";

        private LocatedText? Scalar(string field, bool required, string expected) =>
            Node(field, required) is { } node ? AsText(node, new YamlPath(this, field), expected) : null;

        /// <summary>The text of a scalar with where it is written; see <see cref="AsString"/>.</summary>
        private LocatedText? AsText(YamlNode node, YamlPath path, string expected) =>
            AsString(node, path, expected) is { } text ? node.Span.Locate(text) : null;

        /// <summary>The text of a scalar; FC1003 naming <paramref name="expected"/> (text, a number, an id…) for a list or mapping.</summary>
        private string? AsString(YamlNode node, YamlPath path, string expected)
        {
            if (node is YamlScalar scalar && !scalar.IsNull)
            {
                return scalar.Value;
            }

            Report(Descriptors.WrongNodeType, node.Location, path.ToString(), expected, node.Describe);
            return null;
        }

        private LocatedText? CheckId(LocatedText text, YamlPath path)
        {
            return IdText.IsValid(text.Text) ? text : Invalid(text, path);
        }

        private LocatedText? Invalid(LocatedText text, YamlPath path)
        {
            Report(Descriptors.InvalidId, text.Location, path.ToString(), text.Text);
            return null;
        }

        /// <summary>
        /// The readers of one item's mappings, made again for the next item's: a file reads a reader a mapping, and
        /// they were 5 of a full run's 96 MB at 10,000 claims, garbage among the specs the driver keeps. One pool a file.
        /// </summary>
        internal sealed class Pool
        {
            private readonly Stack<MappingReader> free = new();
            private readonly List<MappingReader> lent = new();

            public MappingReader Take(YamlPath path, NodeSpan span, List<DiagnosticInfo> diagnostics, MappingReader? parent)
            {
                var reader = free.Count > 0 ? free.Pop() : new MappingReader(path, span, diagnostics, parent, this);
                reader.path = path;
                reader.span = span;
                reader.diagnostics = diagnostics;
                reader.parent = parent;
                reader.pool = this;
                reader.entries = Array.Empty<YamlEntry>();
                reader.misspelt = null;
                reader.pathText = null;
                reader.HasErrors = false;
                lent.Add(reader);
                return reader;
            }

            /// <summary>Takes back every reader lent since the last call: the item they read is read, and none of them is used again.</summary>
            public void GiveBackAll()
            {
                foreach (var reader in lent)
                {
                    free.Push(reader);
                }

                lent.Clear();
            }
        }
    }
}
