using System.Collections.Generic;

namespace FactCorpus.Generator.Reading
{
    /// <summary>
    /// The nodes of a file's items, made again from item to item: an item's tree is garbage once its specs are read,
    /// and a file's trees were a fifth of what a full run allocates. That garbage, mixed with the specs the driver
    /// keeps, is what made the workstation GC copy the kept specs in its young collections (one copies what it finds
    /// alive when much of what it looks at is dead, and sweeps it in place otherwise). Kept with a thread's reader workspace.
    /// </summary>
    internal sealed class NodePool
    {
        /// <summary>Arrays of entries or items up to this length are kept by length; longer ones (rare in an item) are not.</summary>
        private const int MaxPooledLength = 32;

        private readonly Stack<YamlScalar> scalars = new();
        private readonly Stack<YamlMapping> mappings = new();
        private readonly Stack<YamlSequence> sequences = new();
        private readonly Stack<YamlEntry[]>?[] entryArrays = new Stack<YamlEntry[]>?[MaxPooledLength + 1];
        private readonly Stack<YamlNode[]>?[] itemArrays = new Stack<YamlNode[]>?[MaxPooledLength + 1];

        /// <summary>The nodes waiting to be made again.</summary>
        public int Held => scalars.Count + mappings.Count + sequences.Count;

        public YamlScalar Scalar(string value, bool isPlain, NodeSpan span) =>
            scalars.Count > 0 ? scalars.Pop().Reuse(value, isPlain, span) : new YamlScalar(value, isPlain, span);

        public YamlMapping Mapping(YamlEntry[] entries, NodeSpan span, bool isFlow) =>
            mappings.Count > 0 ? mappings.Pop().Reuse(entries, span, isFlow) : new YamlMapping(entries, span, isFlow);

        public YamlSequence Sequence(YamlNode[] items, NodeSpan span) =>
            sequences.Count > 0 ? sequences.Pop().Reuse(items, span) : new YamlSequence(items, span);

        /// <summary>An array of exactly <paramref name="length"/> entries, whose contents the caller overwrites.</summary>
        public YamlEntry[] Entries(int length) => Take(entryArrays, length);

        /// <summary>An array of exactly <paramref name="length"/> items, whose contents the caller overwrites.</summary>
        public YamlNode[] Items(int length) => Take(itemArrays, length);

        /// <summary>
        /// Takes back a tree nothing holds any more: an item whose specs are read. Not for a tree that holds a node
        /// an anchor names, which an alias may put in another tree too.
        /// </summary>
        public void Recycle(YamlNode node)
        {
            switch (node)
            {
                case YamlScalar scalar:
                    scalars.Push(scalar);
                    break;
                case YamlMapping mapping:
                    foreach (var entry in mapping.Entries)
                    {
                        Recycle(entry.Value);
                    }

                    Give(entryArrays, mapping.Entries);
                    mappings.Push(mapping);
                    break;
                case YamlSequence sequence:
                    foreach (var item in sequence.Entries)
                    {
                        Recycle(item);
                    }

                    Give(itemArrays, sequence.Entries);
                    sequences.Push(sequence);
                    break;
            }
        }

        private static T[] Take<T>(Stack<T[]>?[] pools, int length) =>
            length <= MaxPooledLength && pools[length] is { Count: > 0 } pool ? pool.Pop() : new T[length];

        private static void Give<T>(Stack<T[]>?[] pools, T[] array)
        {
            // Empty arrays are shared by every node without entries.
            if (array.Length is > 0 and <= MaxPooledLength)
            {
                (pools[array.Length] ??= new Stack<T[]>()).Push(array);
            }
        }
    }
}
