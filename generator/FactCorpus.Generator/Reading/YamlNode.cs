using System.Collections.Generic;
using FactCorpus.Generator.Model;

namespace FactCorpus.Generator.Reading
{
    /// <summary>
    /// A YAML node with its position. Only lives inside one read of one file: it is never part of a cached
    /// pipeline model (the reader turns it into specs of plain values).
    /// </summary>
    internal abstract class YamlNode
    {
        protected YamlNode(LocationInfo location) => Location = location;

        public LocationInfo Location { get; }

        /// <summary>How a message names this kind of node ("a mapping", "a list", "text").</summary>
        public abstract string Describe { get; }
    }

    internal sealed class YamlScalar : YamlNode
    {
        public YamlScalar(string value, bool isPlain, LocationInfo location)
            : base(location)
        {
            Value = value;
            IsPlain = isPlain;
        }

        public string Value { get; }

        /// <summary>Unquoted: only a plain scalar can be null (`~`, `null` or nothing).</summary>
        public bool IsPlain { get; }

        public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

        public override string Describe => IsNull ? "nothing (null)" : $"'{Value}'";
    }

    internal sealed class YamlMapping : YamlNode
    {
        public YamlMapping(IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> entries, LocationInfo location, bool isFlow)
            : base(location)
        {
            Entries = entries;
            IsFlow = isFlow;
        }

        public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries { get; }

        /// <summary>Written inside { }, where a ', ' ends a plain value.</summary>
        public bool IsFlow { get; }

        public override string Describe => "a mapping";

        /// <summary>The text of a field when it is a scalar, read ahead of the field checks (an item's id, a value's kind).</summary>
        public string? PeekText(string key)
        {
            foreach (var entry in Entries)
            {
                if (entry.Key.Value == key)
                {
                    return (entry.Value as YamlScalar)?.Value;
                }
            }

            return null;
        }
    }

    internal sealed class YamlSequence : YamlNode
    {
        public YamlSequence(IReadOnlyList<YamlNode> items, LocationInfo location)
            : base(location) => Items = items;

        public IReadOnlyList<YamlNode> Items { get; }

        public override string Describe => "a list";
    }
}
