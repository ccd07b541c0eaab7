using System.Collections.Generic;
using FactCorpus.Generator.Model;

namespace FactCorpus.Generator.Reading
{
    /// <summary>
    /// A YAML node with its position. Only lives inside one read of one file: it is never part of a cached
    /// pipeline model (the reader turns it into specs of plain values), and once an item's specs are read its
    /// nodes are made again for the next item (<see cref="NodePool"/>).
    /// </summary>
    internal abstract class YamlNode
    {
        protected YamlNode(NodeSpan span) => Span = span;

        public NodeSpan Span { get; protected set; }

        /// <summary>Located anew at each call: most nodes (keys above all) are never asked.</summary>
        public LocationInfo Location => Span.Locate();

        /// <summary>How a message names this kind of node ("a mapping", "a list", "text").</summary>
        public abstract string Describe { get; }
    }

    internal sealed class YamlScalar : YamlNode
    {
        public YamlScalar(string value, bool isPlain, NodeSpan span)
            : base(span)
        {
            Value = value;
            IsPlain = isPlain;
        }

        public string Value { get; private set; }

        /// <summary>Unquoted: only a plain scalar can be null (`~`, `null` or nothing).</summary>
        public bool IsPlain { get; private set; }

        /// <summary>This node made again for another scalar (<see cref="NodePool"/>).</summary>
        public YamlScalar Reuse(string value, bool isPlain, NodeSpan span)
        {
            Value = value;
            IsPlain = isPlain;
            Span = span;
            return this;
        }

        public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

        public override string Describe => IsNull ? "nothing (null)" : $"'{Value}'";
    }

    internal sealed class YamlMapping : YamlNode
    {
        public YamlMapping(YamlEntry[] entries, NodeSpan span, bool isFlow)
            : base(span)
        {
            Entries = entries;
            IsFlow = isFlow;
        }

        /// <summary>An array, walked without an enumerator object: a file has a mapping an item and more.</summary>
        public YamlEntry[] Entries { get; private set; }

        /// <summary>Written inside { }, where a ', ' ends a plain value.</summary>
        public bool IsFlow { get; private set; }

        /// <summary>This node made again for another mapping (<see cref="NodePool"/>).</summary>
        public YamlMapping Reuse(YamlEntry[] entries, NodeSpan span, bool isFlow)
        {
            Entries = entries;
            IsFlow = isFlow;
            Span = span;
            return this;
        }

        public override string Describe => "a mapping";

        /// <summary>The text of a field when it is a scalar, read ahead of the field checks (an item's id, a value's kind).</summary>
        public string? PeekText(string key)
        {
            foreach (var entry in Entries)
            {
                if (entry.Key == key)
                {
                    return (entry.Value as YamlScalar)?.Value;
                }
            }

            return null;
        }
    }

    internal sealed class YamlSequence : YamlNode
    {
        public YamlSequence(YamlNode[] items, NodeSpan span)
            : base(span) => Entries = items;

        public IReadOnlyList<YamlNode> Items => Entries;

        /// <summary>The items as the array they are held in.</summary>
        public YamlNode[] Entries { get; private set; }

        /// <summary>This node made again for another list (<see cref="NodePool"/>).</summary>
        public YamlSequence Reuse(YamlNode[] items, NodeSpan span)
        {
            Entries = items;
            Span = span;
            return this;
        }

        public override string Describe => "a list";
    }

    /// <summary>
    /// One entry of a mapping: its key as text and place, not as a node (keys are half a file's scalars, and a
    /// node a key would be a sixth of what a read allocates), and its value.
    /// </summary>
    internal readonly struct YamlEntry
    {
        public YamlEntry(string key, NodeSpan keySpan, YamlNode value)
        {
            Key = key;
            KeySpan = keySpan;
            Value = value;
        }

        public string Key { get; }

        public NodeSpan KeySpan { get; }

        public LocationInfo KeyLocation => KeySpan.Locate();

        public YamlNode Value { get; }
    }

    /// <summary>Where a node is written, as offsets into its file; its lines and columns are counted when it is located.</summary>
    internal readonly struct NodeSpan
    {
        private readonly LineMap lines;
        private readonly int start;
        private readonly int end;

        /// <param name="lines">The file's lines, which know its path.</param>
        public NodeSpan(LineMap lines, int start, int end)
        {
            this.lines = lines;
            this.start = start;
            this.end = end;
        }

        public LocationInfo Locate() => lines.Locate(start, end);

        public LocatedText Locate(string text) => lines.Locate(text, start, end);
    }
}
