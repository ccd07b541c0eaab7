using System;
using System.Collections.Generic;

namespace FactCorpus.Generator.Emitting
{
    /// <summary>
    /// Texts made once a key and then looked up: what a file's docs say item after item (a date, a predicate, a
    /// value) is one string a file, where a string an item would be garbage an item.
    /// </summary>
    internal sealed class TextCache<TKey>
    {
        private readonly Dictionary<TKey, string> texts;
        private readonly Func<TKey, string> make;

        public TextCache(Func<TKey, string> make, IEqualityComparer<TKey>? comparer = null)
        {
            this.make = make;
            texts = new Dictionary<TKey, string>(comparer ?? EqualityComparer<TKey>.Default);
        }

        public string this[TKey key]
        {
            get
            {
                if (!texts.TryGetValue(key, out var text))
                {
                    text = make(key);
                    texts.Add(key, text);
                }

                return text;
            }
        }
    }
}
