using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace FactCorpus.Model
{
    /// <summary>
    /// The entities of a corpus by name and alias, compared as people type names: case and diacritics ignored
    /// ("zelenskyy", "ZELENSKIY" and "Zelenský" find "Zelenskiy", "Zelenskyy"), the same on every machine whatever its
    /// culture. A name is folded by decomposing it (FormD) and dropping its non-spacing marks, then compared
    /// ordinally ignoring case, which is culture-invariant: under tr-TR "PUTIN" still finds "Putin". Keys are folded
    /// once, when the index is built; a query in plain ASCII has no marks to drop and is looked up as it is, allocating
    /// nothing.
    /// </summary>
    internal sealed class EntityNames
    {
        private readonly Dictionary<string, Entity[]> byName;

        /// <param name="entities">Every entity of the corpus, ordered by id, as each list found is.</param>
        public EntityNames(IReadOnlyList<Entity> entities)
        {
            var names = new Dictionary<string, List<Entity>>(StringComparer.OrdinalIgnoreCase);
            foreach (var entity in entities)
            {
                foreach (var name in entity.Aliases.Prepend(entity.Name))
                {
                    var key = Fold(name);
                    if (!names.TryGetValue(key, out var found))
                    {
                        names.Add(key, found = new List<Entity>());
                    }

                    // A name and an alias that fold alike ("Zelenskiy", "ZELENSKIY") list the entity once.
                    if (found.Count == 0 || !ReferenceEquals(found[found.Count - 1], entity))
                    {
                        found.Add(entity);
                    }
                }
            }

            byName = names.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
        }

        /// <summary>The entities with the name or alias, ordered by id; an empty list when none has it.</summary>
        public IReadOnlyList<Entity> Find(string nameOrAlias)
        {
            if (nameOrAlias is null)
            {
                throw new ArgumentNullException(nameof(nameOrAlias));
            }

            return byName.TryGetValue(Fold(nameOrAlias), out var entities) ? entities : Array.Empty<Entity>();
        }

        /// <summary>The name without its diacritics ("Zelenský" → "Zelensky"); case is left to the comparer.</summary>
        private static string Fold(string name)
        {
            if (IsAscii(name))
            {
                return name;
            }

            var decomposed = name.Normalize(NormalizationForm.FormD);
            var folded = new StringBuilder(decomposed.Length);
            foreach (var c in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                {
                    folded.Append(c);
                }
            }

            return folded.ToString();
        }

        private static bool IsAscii(string text)
        {
            foreach (var c in text)
            {
                if (c > '\u007f')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
