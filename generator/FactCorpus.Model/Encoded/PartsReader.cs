using System;
using System.ComponentModel;
using System.Threading;

namespace FactCorpus.Model.Encoded
{
    /// <summary>
    /// For generated code only: the items of one kind of one generated file, in parts of <see cref="PartSize"/> items,
    /// each part one string of data read by a <see cref="PartReader{T}"/> made on first use. Only the part a member or
    /// a reference needs is loaded: a file's whole data, loaded at once, made the first fact of a 10,000-claim file
    /// twice as slow. The parts' data comes from one generated method (a switch over literals), so a file and kind
    /// costs the compiler one field and one method, not a class a part.
    /// </summary>
    /// <typeparam name="T">The kind of item: <see cref="Source"/>, <see cref="Entity"/>, <see cref="Claim"/>, <see cref="Quote"/> or <see cref="Event"/>.</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class PartsReader<T>
        where T : CorpusItem
    {
        /// <summary>The items a part holds (its last may hold fewer): small enough that first use decodes little.</summary>
        public const int PartSize = 64;

        private readonly CorpusScope scope;
        private readonly Func<int, string>? data;
        private readonly Func<string, CorpusItem?>? find;
        private readonly string[] firstIds;
        private readonly PartReader<T>?[] parts;

        /// <summary>Reads nothing yet; called by generated code.</summary>
        /// <param name="scope">The corpus the items belong to.</param>
        /// <param name="count">The number of items.</param>
        /// <param name="data">The data of each part, by number (see <see cref="PartReader{T}"/>); null when there are no items.</param>
        /// <param name="find">Finds an item by its id; null when no part refers to anything.</param>
        /// <param name="firstIds">The first id of each part, in ordinal order as the items are.</param>
        public PartsReader(CorpusScope scope, int count, Func<int, string>? data, Func<string, CorpusItem?>? find, params string[] firstIds)
        {
            this.scope = scope;
            Count = count;
            this.data = data;
            this.find = find;
            this.firstIds = firstIds;
            parts = new PartReader<T>?[firstIds.Length];
        }

        /// <summary>The number of items.</summary>
        public int Count { get; }

        /// <summary>The item at <paramref name="index"/>, decoded on first use; the same instance every time.</summary>
        public T Item(int index) => Part(index / PartSize).Item(index % PartSize);

        /// <summary>The item with the id, or null: a binary search over the parts' first ids, then in that part alone.</summary>
        public T? Find(string id)
        {
            var low = 0;
            var high = firstIds.Length - 1;
            var found = -1;
            while (low <= high)
            {
                var middle = low + ((high - low) >> 1);
                if (string.CompareOrdinal(firstIds[middle], id) <= 0)
                {
                    found = middle;
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return found < 0 ? null : Part(found).Find(id);
        }

        /// <summary>The items of the given readers, in order, as one array: every file's items of a kind, for the index.</summary>
        public static T[] All(params PartsReader<T>[] readers)
        {
            var length = 0;
            foreach (var reader in readers)
            {
                length += reader.Count;
            }

            var all = new T[length];
            var next = 0;
            foreach (var reader in readers)
            {
                for (var i = 0; i < reader.Count; i++)
                {
                    all[next++] = reader.Item(i);
                }
            }

            return all;
        }

        /// <summary>A part, made on first use; threads that make it at once publish one.</summary>
        private PartReader<T> Part(int number)
        {
            var part = Volatile.Read(ref parts[number]);
            if (part is not null)
            {
                return part;
            }

            var fresh = new PartReader<T>(scope, data!(number), find);
            return Interlocked.CompareExchange(ref parts[number], fresh, null) ?? fresh;
        }
    }
}
