using System;
using System.ComponentModel;
using System.Threading;

namespace FactCorpus.Model.Encoded
{
    /// <summary>
    /// For generated code only: the items of one part of a generated corpus, held as one string of data (see
    /// <see cref="ItemDataReader"/> for its format) and decoded one item at a time on first use. Compiling a string
    /// literal is far cheaper than compiling an object creation per item, which is why generated corpora are data.
    /// </summary>
    /// <remarks>
    /// The constructor only finds where each item starts, so a part's static initialiser never touches another
    /// generated class: no static-initialisation cycle between parts or files can leave a null behind. Items refer to
    /// other items by small numbers into the part's table of references, a generated array of compile-checked members
    /// read once, when the part decodes its first item. (An array compiles several times faster than a switch over
    /// the same members.) No lock is held while decoding, so parts decoding each other's references cannot deadlock;
    /// threads that decode the same item or table at once publish one result, so every caller gets the same instance.
    /// References go from claims, quotes and events to entities and sources, whose parts refer to nothing, so tables
    /// never wait on each other; a cycle would be reported by <see cref="InvalidOperationException"/>, never a null.
    /// </remarks>
    /// <typeparam name="T">The kind of item: <see cref="Source"/>, <see cref="Entity"/>, <see cref="Claim"/>, <see cref="Quote"/> or <see cref="Event"/>.</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class PartReader<T>
        where T : CorpusItem
    {
        private static readonly Func<ItemDataReader, T> Decode = ItemDataReader.DecoderFor<T>();

        private readonly CorpusScope scope;
        private readonly string data;
        private readonly Func<CorpusItem[]> createReferences;
        private readonly int[] starts;
        private readonly T?[] items;
        private CorpusItem[]? references;

        /// <summary>Reads the part's data; called by generated code.</summary>
        /// <param name="scope">The corpus the items belong to.</param>
        /// <param name="data">The items, each a length-prefixed record.</param>
        /// <param name="references">The items this part refers to, indexed by the numbers its data holds.</param>
        public PartReader(CorpusScope scope, string data, Func<CorpusItem[]> references)
        {
            this.scope = scope;
            this.data = data;
            createReferences = references;
            starts = ItemDataReader.RecordStarts(data);
            items = new T?[starts.Length];
        }

        /// <summary>The number of items of the part.</summary>
        public int Count => items.Length;

        /// <summary>The part's item at <paramref name="index"/>, decoded on first use; the same instance every time.</summary>
        public T Item(int index)
        {
            var item = Volatile.Read(ref items[index]);
            if (item is not null)
            {
                return item;
            }

            var decoded = Decode(new ItemDataReader(data, starts[index], scope, References()));
            return Interlocked.CompareExchange(ref items[index], decoded, null) ?? decoded;
        }

        private CorpusItem[] References()
        {
            var table = Volatile.Read(ref references);
            if (table is not null)
            {
                return table;
            }

            ReferenceCycles.Enter(this);
            try
            {
                table = createReferences();
            }
            finally
            {
                ReferenceCycles.Leave(this);
            }

            return Interlocked.CompareExchange(ref references, table, null) ?? table;
        }

        /// <summary>The items of the given parts, in order, as one array.</summary>
        public static T[] All(params PartReader<T>[] parts)
        {
            var length = 0;
            foreach (var part in parts)
            {
                length += part.Count;
            }

            var all = new T[length];
            var next = 0;
            foreach (var part in parts)
            {
                for (var i = 0; i < part.Count; i++)
                {
                    all[next++] = part.Item(i);
                }
            }

            return all;
        }
    }
}
