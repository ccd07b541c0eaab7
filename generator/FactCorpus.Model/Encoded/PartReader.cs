using System;
using System.ComponentModel;
using System.Threading;

namespace FactCorpus.Model.Encoded
{
    /// <summary>
    /// For generated code only: the items of one part of a generated corpus (up to 64 items of one kind of one
    /// generated file, see <see cref="PartsReader{T}"/>), held as one string of data (see <see cref="ItemDataReader"/>
    /// for its format) and decoded one item at a time on first use. Compiling a string literal is far cheaper than
    /// compiling an object creation per item, which is why generated corpora are data.
    /// </summary>
    /// <remarks>
    /// The constructor only finds where each record starts, so a part's static initialiser never touches another
    /// generated class: no static-initialisation cycle between parts or files can leave a null behind. Items refer to
    /// other items by small numbers into the part's table of references, the data's last record, which names each
    /// item by its id; each is found through the corpus's generated finder when first used. (Names as data compile far faster than a compiled member access a
    /// reference.) No lock is held while decoding, so parts decoding each other's references cannot deadlock;
    /// threads that decode the same item or reference at once publish one result, so every caller gets the same
    /// instance. References go from claims, quotes and events to entities and sources, whose parts refer to nothing,
    /// so finding never waits on itself; a cycle would be reported by <see cref="InvalidOperationException"/>, never a null.
    /// </remarks>
    /// <typeparam name="T">The kind of item: <see cref="Source"/>, <see cref="Entity"/>, <see cref="Claim"/>, <see cref="Quote"/> or <see cref="Event"/>.</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class PartReader<T>
        where T : CorpusItem
    {
        private static readonly Func<ItemDataReader, T> Decode = ItemDataReader.DecoderFor<T>();

        private readonly CorpusScope scope;
        private readonly string data;
        private readonly Func<string, CorpusItem?>? find;
        private readonly int[] starts;
        private readonly T?[] items;
        private int[]? referenceStarts;
        private CorpusItem?[]? references;

        /// <summary>Reads the part's data; called by generated code.</summary>
        /// <param name="scope">The corpus the items belong to.</param>
        /// <param name="data">The items, then the table of references, each a length-prefixed record.</param>
        /// <param name="find">Finds an item by its id, as the table of references names it; null for a part that refers to nothing.</param>
        public PartReader(CorpusScope scope, string data, Func<string, CorpusItem?>? find)
        {
            this.scope = scope;
            this.data = data;
            this.find = find;
            starts = ItemDataReader.RecordStarts(data);
            items = new T?[starts.Length - 1];
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

            var decoded = Decode(new ItemDataReader(data, starts[index], scope, Reference));
            return Interlocked.CompareExchange(ref items[index], decoded, null) ?? decoded;
        }

        /// <summary>The item a number in the data refers to, found on first use; null when the table has no such number.</summary>
        private CorpusItem? Reference(int number)
        {
            var found = Volatile.Read(ref references);
            if (found is null)
            {
                var tableStarts = ItemDataReader.TableStarts(data, starts[starts.Length - 1]);
                Interlocked.CompareExchange(ref referenceStarts, tableStarts, null);
                var fresh = new CorpusItem?[tableStarts.Length];
                found = Interlocked.CompareExchange(ref references, fresh, null) ?? fresh;
            }

            if ((uint)number >= (uint)found.Length || find is null)
            {
                return null;
            }

            var item = Volatile.Read(ref found[number]);
            if (item is not null)
            {
                return item;
            }

            var id = ItemDataReader.TableEntry(data, referenceStarts![number]);
            ReferenceCycles.Enter(this);
            try
            {
                item = find(id) ?? throw new InvalidOperationException(
                    "The generated FactCorpus data refers to '" + id + "', which the corpus does not have: "
                    + "regenerate the corpus with the same version of FactCorpus.Generator and FactCorpus.Model.");
            }
            finally
            {
                ReferenceCycles.Leave(this);
            }

            return Interlocked.CompareExchange(ref found[number], item, null) ?? item;
        }

        /// <summary>The part's item with the id, or null.</summary>
        public T? Find(string id)
        {
            var index = IndexOf(id);
            return index < 0 ? null : Item(index);
        }

        /// <summary>
        /// Where the item with the id is in this part, by a binary search over the ids its records start with (items
        /// come in ordinal id order), through the table of where records start that the constructor built.
        /// </summary>
        private int IndexOf(string id)
        {
            var low = 0;
            var high = items.Length - 1;
            while (low <= high)
            {
                var middle = low + ((high - low) >> 1);
                var order = ItemDataReader.CompareId(data, starts[middle], id);
                if (order == 0)
                {
                    return middle;
                }

                if (order < 0)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return -1;
        }
    }
}
