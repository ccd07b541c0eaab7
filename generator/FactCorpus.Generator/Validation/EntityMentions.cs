using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using FactCorpus.Generator.Model;

namespace FactCorpus.Generator.Validation
{
    /// <summary>
    /// How a sentence names an entity, for <see cref="AttributionCheck"/>. Its name and each alias count as written
    /// (a leading "the", "a" or "an" may be left out: "the United States" is found in "United States officials"), as
    /// whole words; for a person also the family name, the last word of the name ("Putin" for "Vladimir Putin"), as
    /// news reports name a person after the first mention. A `group` or `unnamed` entity's name is a description
    /// ("a prominent Russian politician", "the two nations"), which a sentence may word in another order, so it is
    /// found by its words: every word of it but "the", "of", "and" and the like, anywhere in the sentence. Compared
    /// case-insensitively after normalising (<see cref="TextNormalizer"/>), as evidence is.
    /// </summary>
    internal sealed class EntityMentions
    {
        /// <summary>Words a description is not recognised by: articles, prepositions, conjunctions, possessives.</summary>
        private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
        {
            "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "with", "by", "and", "or", "as", "s",
            "who", "whom", "which", "that", "this", "these", "those", "its", "his", "her", "their", "our",
        };

        /// <summary>What follows a family name without being it ("Martin Luther King Jr.").</summary>
        private static readonly HashSet<string> NameSuffixes = new(StringComparer.Ordinal) { "jr", "sr", "ii", "iii", "iv" };

        private static readonly ConditionalWeakTable<SymbolEntry, EntityMentions> Built = new();

        private readonly SymbolEntry entity;

        /// <summary>
        /// Phrases found as whole words, and descriptions found by their words, as written: compared ignoring case,
        /// so a name the symbol table holds is not copied in lower case. Kept for as long as the table's entry, so
        /// in arrays of their number, not lists.
        /// </summary>
        private readonly string[] phrases;
        private readonly string[][] wordSets;

        private EntityMentions(SymbolEntry entity)
        {
            this.entity = entity;
            var found = new Found(entity, describe: false);
            phrases = found.Phrases.ToArray();
            wordSets = found.WordSets.ToArray();
        }

        /// <summary>The mentions of an entity, made once per entry of the symbol table: a corpus's claims share few speakers.</summary>
        public static EntityMentions Of(SymbolEntry entity) => Built.GetValue(entity, e => new EntityMentions(e));

        /// <summary>Nothing to look for (an entity without a name): no sentence can be checked for it.</summary>
        public bool IsEmpty => phrases.Length == 0 && wordSets.Length == 0;

        /// <summary>What is looked for: "'Vladimir Putin' or 'Putin'", "all the words 'prominent', 'Russian' and 'politician'"; made again for a message.</summary>
        public string Described => string.Join(" or ", new Found(entity, describe: true).Described);

        /// <summary>
        /// True when the sentence [start, end) of <paramref name="text"/> (a normalised text) names the entity, in any
        /// case: the text is compared ignoring case rather than kept again in lower case, which a corpus's articles
        /// would hold twice for as long as the compiler caches them.
        /// </summary>
        public bool In(string text, int start, int end)
        {
            foreach (var phrase in phrases)
            {
                if (ContainsWords(text, start, end, phrase))
                {
                    return true;
                }
            }

            return wordSets.Length > 0 && AllWordsOfASetIn(text.Substring(start, end - start));
        }

        // Apart from In, whose every call would otherwise make the lambda's closure, phrases found or not.
        private bool AllWordsOfASetIn(string sentence)
        {
            var words = new HashSet<string>(Words(sentence), StringComparer.OrdinalIgnoreCase);
            return wordSets.Any(set => set.All(words.Contains));
        }

        /// <summary>The phrases and word sets an entity is found by, each once ignoring case, and (when asked) how a message names each.</summary>
        private sealed class Found
        {
            private readonly bool describe;

            public Found(SymbolEntry entity, bool describe)
            {
                this.describe = describe;
                var name = TextNormalizer.Normalize((entity.Label ?? "").Trim());
                var names = new[] { name }.Concat(entity.Aliases.Select(a => TextNormalizer.Normalize(a.Trim()))).Where(n => n.Length > 0);
                var byWords = entity.EntityKind is EntityKind.Group or EntityKind.Unnamed;
                foreach (var written in names)
                {
                    var words = byWords ? Words(written).Where(w => !FunctionWords.Contains(w.ToLowerInvariant())).ToArray() : Array.Empty<string>();
                    if (words.Length > 0)
                    {
                        AddWords(words);
                    }
                    else
                    {
                        AddPhrase(written);
                    }
                }

                if (entity.EntityKind == EntityKind.Person && FamilyName(name) is { } family)
                {
                    AddPhrase(family);
                }
            }

            public List<string> Phrases { get; } = new();

            public List<string[]> WordSets { get; } = new();

            public List<string> Described { get; } = new();

            private void AddPhrase(string name)
            {
                var phrase = WithoutArticle(name);
                if (!Phrases.Contains(phrase, StringComparer.OrdinalIgnoreCase))
                {
                    Phrases.Add(phrase);
                    Describe("'" + name + "'");
                }
            }

            private void AddWords(string[] words)
            {
                if (!WordSets.Any(set => set.SequenceEqual(words, StringComparer.OrdinalIgnoreCase)))
                {
                    WordSets.Add(words);
                    Describe(words.Length == 1 ? "the word '" + words[0] + "'"
                        : "all the words " + string.Join(", ", words.Take(words.Length - 1).Select(w => "'" + w + "'")) + " and '" + words[words.Length - 1] + "'");
                }
            }

            private void Describe(string described)
            {
                if (describe)
                {
                    Described.Add(described);
                }
            }
        }

        /// <summary>The last word of a name of two words or more, before any suffix such as "Jr.", without punctuation, when it has a letter; else null.</summary>
        private static string? FamilyName(string name)
        {
            var words = name.Split(' ').Select(w => w.Trim(',', '.')).Where(w => w.Length > 0).ToList();
            while (words.Count > 0 && NameSuffixes.Contains(words[words.Count - 1].ToLowerInvariant()))
            {
                words.RemoveAt(words.Count - 1);
            }

            return words.Count >= 2 && words[words.Count - 1].Any(char.IsLetter) ? words[words.Count - 1] : null;
        }

        private static string WithoutArticle(string name)
        {
            foreach (var article in new[] { "the ", "a ", "an " })
            {
                if (name.Length > article.Length && name.StartsWith(article, StringComparison.OrdinalIgnoreCase))
                {
                    return name.Substring(article.Length);
                }
            }

            return name;
        }

        /// <summary>The phrase occurs in [start, end) of the text, ignoring case, with no letter or digit running on at either end ("US" is not found in "USSR").</summary>
        private static bool ContainsWords(string text, int start, int end, string phrase)
        {
            for (var at = text.IndexOf(phrase, start, end - start, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(phrase, at + 1, end - at - 1, StringComparison.OrdinalIgnoreCase))
            {
                var after = at + phrase.Length;
                var startsClean = at == 0 || !char.IsLetterOrDigit(text[at - 1]) || !char.IsLetterOrDigit(phrase[0]);
                var endsClean = after == text.Length || !char.IsLetterOrDigit(text[after]) || !char.IsLetterOrDigit(phrase[phrase.Length - 1]);
                if (startsClean && endsClean)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The runs of letters and digits of a text ("Russia's" gives "Russia" and "s").</summary>
        private static IEnumerable<string> Words(string text)
        {
            for (var start = 0; start < text.Length;)
            {
                if (!char.IsLetterOrDigit(text[start]))
                {
                    start++;
                    continue;
                }

                var end = start;
                while (end < text.Length && char.IsLetterOrDigit(text[end]))
                {
                    end++;
                }

                yield return text.Substring(start, end - start);
                start = end;
            }
        }
    }
}
