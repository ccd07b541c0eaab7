using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;

namespace FactCorpus.Model.Encoded
{
    /// <summary>
    /// For generated code only: where each item that others refer to (entities and sources) is generated, as the
    /// number of its place (one file's reader of one kind) in the corpus's finder. The data's references name items
    /// by id alone, so a file's data depends on no other file; this table, read on the first reference, tells the
    /// finder which reader to search.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class ItemPlaces
    {
        private readonly string data;
        private Dictionary<string, int>? places;

        /// <summary>Reads nothing yet; called by generated code.</summary>
        /// <param name="data">One record of texts a place, in the finder's order (see <see cref="ItemDataReader"/>): a count, then the ids it holds.</param>
        public ItemPlaces(string data) => this.data = data;

        /// <summary>The number of the place the item with the id is generated in, or -1 when no place holds it.</summary>
        public int Of(string id) => (Volatile.Read(ref places) ?? Read()).TryGetValue(id, out var place) ? place : -1;

        private Dictionary<string, int> Read()
        {
            var read = new Dictionary<string, int>(StringComparer.Ordinal);
            var position = 0;
            for (var place = 0; position < data.Length; place++)
            {
                foreach (var id in ItemDataReader.ReadTexts(data, ref position))
                {
                    read[id] = place;
                }
            }

            return Interlocked.CompareExchange(ref places, read, null) ?? read;
        }
    }
}
