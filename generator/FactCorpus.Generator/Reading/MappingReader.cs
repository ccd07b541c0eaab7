using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactCorpus.Generator.Diagnostics;
using FactCorpus.Generator.Model;

namespace FactCorpus.Generator.Reading
{
    /// <summary>
    /// Reads the fields of one YAML mapping against the fields the format allows there. Every problem becomes
    /// a diagnostic naming the YAML path (claims.ceasefire.value.unit) and sets <see cref="HasErrors"/>; reading
    /// goes on, so an author sees all the errors of a file at once.
    /// </summary>
    internal sealed class MappingReader
    {
        private readonly Dictionary<string, YamlNode> fields = new(StringComparer.Ordinal);

        /// <summary>Fields an unknown field was taken for ("predicat" → predicate): already reported, so not reported missing too.</summary>
        private readonly HashSet<string> misspelt = new(StringComparer.Ordinal);
        private readonly List<DiagnosticInfo> diagnostics;
        private readonly LocationInfo location;

        private MappingReader(string path, LocationInfo location, List<DiagnosticInfo> diagnostics)
        {
            Path = path;
            this.location = location;
            this.diagnostics = diagnostics;
        }

        /// <summary>The YAML path of this mapping, used in messages; "the file" for the top level.</summary>
        public string Path { get; }

        /// <summary>The YAML path that the top-level mapping of a file has.</summary>
        public const string FileLevel = "the file";

        public bool HasErrors { get; private set; }

        /// <summary>Opens <paramref name="node"/> as a mapping with the given allowed fields; null (and FC1003) when it is not a mapping.</summary>
        public static MappingReader? Open(YamlNode node, string path, IReadOnlyList<string> allowed, List<DiagnosticInfo> diagnostics)
        {
            if (node is not YamlMapping mapping)
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.WrongNodeType, node.Location, path, "a mapping of fields", node.Describe));
                return null;
            }

            var reader = new MappingReader(path, mapping.Location, diagnostics);
            foreach (var entry in mapping.Entries)
            {
                var name = entry.Key.Value;
                if (!allowed.Contains(name))
                {
                    var suggestion = NearestName.Find(name, allowed);
                    if (suggestion is not null)
                    {
                        reader.misspelt.Add(suggestion);
                    }

                    reader.Report(Descriptors.UnknownField, entry.Key.Location, name, path, NearestName.Hint(suggestion), string.Join(", ", allowed));
                }
                else if (reader.fields.ContainsKey(name))
                {
                    reader.Report(Descriptors.DuplicateField, entry.Key.Location, name, path);
                }
                else
                {
                    reader.fields.Add(name, entry.Value);
                }
            }

            return reader;
        }

        public string PathOf(string field) => Path == FileLevel ? field : Path + "." + field;

        /// <summary>The raw node of a field; reports FC1002 when it is required and absent (or null).</summary>
        public YamlNode? Node(string field, bool required)
        {
            if (fields.TryGetValue(field, out var node) && !(node is YamlScalar { IsNull: true }))
            {
                return node;
            }

            if (required && !misspelt.Contains(field))
            {
                Report(Descriptors.MissingField, fields.TryGetValue(field, out var nullNode) ? nullNode.Location : location, Path, field);
            }

            return null;
        }

        public LocatedText? Text(string field, bool required) => Node(field, required) is { } node ? AsText(node, PathOf(field)) : null;

        /// <summary>A reference to another item's id (or an id being declared): checked for form here, for existence later.</summary>
        public LocatedText? Id(string field, bool required)
        {
            var text = Text(field, required);
            if (text is null)
            {
                return null;
            }

            // YAML reads a plain true or false as a boolean, so editors (and the JSON Schema) see no id there.
            return fields[field] is YamlScalar { IsPlain: true, Value: "true" or "True" or "TRUE" or "false" or "False" or "FALSE" }
                ? Invalid(text, PathOf(field))
                : CheckId(text, PathOf(field));
        }

        /// <summary>A snake_case name (predicate, event type, role): the same form as an id.</summary>
        public string Name(string field, bool required) => Id(field, required)?.Text ?? "";

        public string Choice(string field, WordList words, string? defaultWord)
        {
            var text = Text(field, required: defaultWord is null);
            var word = text?.Text ?? defaultWord;
            if (word is null)
            {
                return "";
            }

            if (!words.TryGetMember(word, out var member))
            {
                Report(Descriptors.InvalidChoice, text!.Location, PathOf(field), words.Listing, word, NearestName.Hint(NearestName.Find(word, words.Words)));
            }

            return member;
        }

        public decimal Number(string field)
        {
            var text = Text(field, required: true);
            if (text is null)
            {
                return 0;
            }

            // A quoted "5" is text in YAML (and in the JSON Schema editors check against), not a number.
            if (fields[field] is YamlScalar { IsPlain: true } && decimal.TryParse(text.Text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            Report(Descriptors.InvalidNumber, text.Location, PathOf(field), text.Text);
            return 0;
        }

        /// <summary>A date: a scalar 2025 / 2025-03 / 2025-03-11, or a mapping { on: …, from: "the words" }.</summary>
        public DateSpec? Date(string field, bool required)
        {
            var node = Node(field, required);
            if (node is null)
            {
                return null;
            }

            string? from = null;
            var path = PathOf(field);
            if (node is YamlMapping)
            {
                var mapping = Open(node, path, DateFields, diagnostics)!;
                from = mapping.Text("from", required: false)?.Text;
                node = mapping.Node("on", required: true);
                HasErrors |= mapping.HasErrors;
                path += ".on";
                if (node is null)
                {
                    return null;
                }
            }

            var text = AsText(node, path);
            if (text is null)
            {
                return null;
            }

            if (DateText.TryParse(text.Text, out var year, out var month, out var day))
            {
                return new DateSpec(year, month, day, from);
            }

            Report(Descriptors.InvalidDate, text.Location, path, text.Text);
            return null;
        }

        /// <summary>A list of text (evidence, aliases); <paramref name="minimum"/> 1 reports an empty list.</summary>
        public EquatableArray<LocatedText> TextList(string field, bool required, int minimum = 0) =>
            List(field, required, minimum, (node, path) => AsText(node, path));

        public EquatableArray<LocatedText> IdList(string field) =>
            List(field, required: false, minimum: 0, (node, path) => AsText(node, path) is { } text ? CheckId(text, path) : null);

        /// <summary>A list of mappings, each read by <paramref name="readItem"/> with its YAML path.</summary>
        public EquatableArray<T> List<T>(string field, bool required, int minimum, Func<YamlNode, string, T?> readItem)
            where T : class, IEquatable<T>
        {
            var node = Node(field, required);
            if (node is null)
            {
                return EquatableArray<T>.Empty;
            }

            var path = PathOf(field);
            if (node is not YamlSequence sequence)
            {
                Report(Descriptors.WrongNodeType, node.Location, path, "a list", node.Describe);
                return EquatableArray<T>.Empty;
            }

            if (sequence.Items.Count < minimum)
            {
                Report(Descriptors.EmptyList, sequence.Location, path);
            }

            var items = new List<T>(sequence.Items.Count);
            for (var i = 0; i < sequence.Items.Count; i++)
            {
                var item = readItem(sequence.Items[i], path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]");
                if (item is null)
                {
                    HasErrors = true;
                }
                else
                {
                    items.Add(item);
                }
            }

            return items.ToEquatableArray();
        }

        /// <summary>Opens a nested mapping field; its errors count as this mapping's.</summary>
        public MappingReader? Mapping(string field, IReadOnlyList<string> allowed, bool required)
        {
            var node = Node(field, required);
            if (node is null)
            {
                return null;
            }

            var nested = Open(node, PathOf(field), allowed, diagnostics);
            if (nested is null)
            {
                HasErrors = true;
            }

            return nested;
        }

        /// <summary>Opens a mapping inside one of this mapping's fields (an entry of a list), reporting to the same list.</summary>
        public MappingReader? OpenChild(YamlNode node, string path, IReadOnlyList<string> allowed) => Open(node, path, allowed, diagnostics);

        /// <summary>Folds a nested reader's errors into this one's (call after reading the nested mapping).</summary>
        public void Absorb(MappingReader? nested) => HasErrors |= nested?.HasErrors ?? false;

        public void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo at, params string[] args)
        {
            HasErrors = true;
            diagnostics.Add(DiagnosticInfo.Create(descriptor, at, args));
        }

        public LocationInfo Location => location;

        internal static readonly string[] DateFields = { "on", "from" };

        private LocatedText? AsText(YamlNode node, string path)
        {
            if (node is YamlScalar scalar && !scalar.IsNull)
            {
                return new LocatedText(scalar.Value, scalar.Location);
            }

            Report(Descriptors.WrongNodeType, node.Location, path, "text", node.Describe);
            return null;
        }

        private LocatedText? CheckId(LocatedText text, string path)
        {
            return IdText.IsValid(text.Text) ? text : Invalid(text, path);
        }

        private LocatedText? Invalid(LocatedText text, string path)
        {
            Report(Descriptors.InvalidId, text.Location, path, text.Text);
            return null;
        }
    }
}
