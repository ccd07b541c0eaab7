using System;
using System.Collections.Generic;
using System.Linq;

namespace FactCorpus.Generator.Reading
{
    /// <summary>
    /// The closed word lists of the fact format, each mapping the YAML word to the member name of the runtime
    /// enum it becomes (FactCorpus.Model). The one place a new kind, bound or status is added.
    /// </summary>
    internal static class Vocabulary
    {
        public static readonly WordList EntityKinds = new(
            ("person", "Person"), ("country", "Country"), ("organization", "Organization"), ("place", "Place"),
            ("group", "Group"), ("unnamed", "Unnamed"), ("topic", "Topic"));

        public static readonly WordList Bounds = new(
            ("exact", "Exact"), ("approximately", "Approximately"), ("at_least", "AtLeast"), ("at_most", "AtMost"),
            ("more_than", "MoreThan"), ("less_than", "LessThan"));

        public static readonly WordList Statuses = new(
            ("reported", "Reported"), ("disputed", "Disputed"), ("retracted", "Retracted"), ("superseded", "Superseded"));

        public static readonly WordList QuoteModes = new(("direct", "Direct"), ("indirect", "Indirect"));

        public static readonly WordList TimeUnits = new(
            ("minute", "Minute"), ("hour", "Hour"), ("day", "Day"), ("week", "Week"), ("month", "Month"), ("year", "Year"));

        public static readonly WordList ValueKinds = new(
            ("quantity", "Quantity"), ("duration", "Duration"), ("date", "Date"), ("entity", "Entity"), ("text", "Text"));
    }

    /// <summary>An ordered list of allowed YAML words and the runtime member name each becomes.</summary>
    internal sealed class WordList
    {
        private readonly (string Yaml, string Member)[] words;

        public WordList(params (string Yaml, string Member)[] words) => this.words = words;

        public IEnumerable<string> Words => words.Select(w => w.Yaml);

        /// <summary>The words as a message lists them: "a, b or c".</summary>
        public string Listing => string.Join(", ", Words.Take(words.Length - 1)) + " or " + words[words.Length - 1].Yaml;

        public bool TryGetMember(string yaml, out string member)
        {
            foreach (var word in words)
            {
                if (string.Equals(word.Yaml, yaml, StringComparison.Ordinal))
                {
                    member = word.Member;
                    return true;
                }
            }

            member = "";
            return false;
        }
    }
}
