using System;
using System.ComponentModel;
using System.Threading;

namespace FactCorpus.Model.Encoded
{
    /// <summary>
    /// For generated code only: the items of one kind of one generated file, in parts of <see cref="PartSize"/> items,
    /// each part one string of data read from the file's embedded data (<see cref="FileResource"/>) by a
    /// <see cref="PartReader{T}"/> made on first use. Only the part a member or a reference needs is loaded: a file's
    /// whole data, loaded at once, made the first fact of a 10,000-claim file twice as slow.
    /// </summary>
    /// <typeparam name="T">The kind of item: <see cref="Source"/>, <see cref="Entity"/>, <see cref="Claim"/>, <see cref="Quote"/> or <see cref="Event"/>.</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class PartsReader<T>
        where T : CorpusItem
    {
        /// <summary>The items a part holds (its last may hold fewer): small enough that first use decodes little.</summary>
        public const int PartSize = 64;

        /// <summary>The kind's number in the data: source, entity, claim, quote, event.</summary>
        private static readonly int Kind =
            typeof(T) == typeof(Source) ? 0
            : typeof(T) == typeof(Entity) ? 1
            : typeof(T) == typeof(Claim) ? 2
            : typeof(T) == typeof(Quote) ? 3
            : typeof(T) == typeof(Event) ? 4
            : throw new NotSupportedException("Generated corpora hold no items of type " + typeof(T).Name + ".");

        private readonly CorpusScope scope;
        private readonly FileResource file;
        private readonly Func<string, CorpusItem?>? find;
        private readonly int[] leftOut;
        private PartReader<T>?[]? parts;

        /// <summary>Reads nothing yet; called by generated code.</summary>
        /// <param name="scope">The corpus the items belong to.</param>
        /// <param name="file">The data of the file.</param>
        /// <param name="find">Finds an item by its id; null when no part refers to anything.</param>
        /// <param name="leftOut">
        /// The positions of the items of the data that the generator left out (items with errors whose diagnostics a
        /// project turned off), in ascending order: no member refers to them, and <see cref="All"/> skips them.
        /// </param>
        public PartsReader(CorpusScope scope, FileResource file, Func<string, CorpusItem?>? find, params int[] leftOut)
        {
            this.scope = scope;
            this.file = file;
            this.find = find;
            this.leftOut = leftOut;
        }

        /// <summary>The number of items generated: those of the data but the ones left out.</summary>
        public int Count => file.Count(Kind) - leftOut.Length;

        /// <summary>The item at <paramref name="index"/> of the data, decoded on first use; the same instance every time.</summary>
        public T Item(int index) => Part(index / PartSize).Item(index % PartSize);

        /// <summary>
        /// Every item of a part (positions <paramref name="part"/> × <see cref="PartSize"/> onwards), decoded now, for
        /// the generated class that holds them: a generated member reads its item from that array, as an array
        /// element compiles in about half the time of a call. Null where the generator left an item out.
        /// </summary>
        /// <param name="part">The part's number: an item's position in the data divided by <see cref="PartSize"/>.</param>
        public T[] PartItems(int part)
        {
            var reader = Part(part);
            var items = new T[reader.Count];
            for (var i = 0; i < items.Length; i++)
            {
                if (Array.BinarySearch(leftOut, (part * PartSize) + i) < 0)
                {
                    items[i] = reader.Item(i);
                }
            }

            return items;
        }

        /// <summary>The item with the id, or null: a binary search over the parts' first ids, then in that part alone.</summary>
        public T? Find(string id)
        {
            var firstIds = file.FirstIds(Kind);
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
                var skip = 0;
                for (var i = 0; i < reader.Count + reader.leftOut.Length; i++)
                {
                    if (skip < reader.leftOut.Length && reader.leftOut[skip] == i)
                    {
                        skip++;
                        continue;
                    }

                    all[next++] = reader.Item(i);
                }
            }

            return all;
        }

        /// <summary>A part, made on first use; threads that make it at once publish one.</summary>
        private PartReader<T> Part(int number)
        {
            var all = Volatile.Read(ref parts);
            if (all is null)
            {
                var fresh = new PartReader<T>?[file.FirstIds(Kind).Length];
                all = Interlocked.CompareExchange(ref parts, fresh, null) ?? fresh;
            }

            var part = Volatile.Read(ref all[number]);
            if (part is not null)
            {
                return part;
            }

            var made = new PartReader<T>(scope, file.Part(Kind, number), find);
            return Interlocked.CompareExchange(ref all[number], made, null) ?? made;
        }
    }
}
