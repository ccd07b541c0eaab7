using System;
using System.Collections.Generic;
using System.Linq;
using FactCorpus.Generator.Model;

namespace FactCorpus.Generator.Reading
{
    /// <summary>
    /// The closed word lists of the fact format, each mapping the YAML word to the generator-side enum member it
    /// is read as (named as the runtime enum member it becomes). The one place a new kind, bound or status is added.
    /// </summary>
    internal static class Vocabulary
    {
        public static readonly WordList<EntityKind> EntityKinds = new(
            ("person", EntityKind.Person), ("country", EntityKind.Country), ("organization", EntityKind.Organization), ("place", EntityKind.Place),
            ("group", EntityKind.Group), ("unnamed", EntityKind.Unnamed), ("topic", EntityKind.Topic));

        public static readonly WordList<Bound> Bounds = new(
            ("exact", Bound.Exact), ("approximately", Bound.Approximately), ("at_least", Bound.AtLeast), ("at_most", Bound.AtMost),
            ("more_than", Bound.MoreThan), ("less_than", Bound.LessThan));

        public static readonly WordList<ClaimStatus> Statuses = new(
            ("reported", ClaimStatus.Reported), ("disputed", ClaimStatus.Disputed), ("retracted", ClaimStatus.Retracted), ("superseded", ClaimStatus.Superseded));

        public static readonly WordList<QuoteMode> QuoteModes = new(("direct", QuoteMode.Direct), ("indirect", QuoteMode.Indirect));

        public static readonly WordList<TimeUnit> TimeUnits = new(
            ("minute", TimeUnit.Minute), ("hour", TimeUnit.Hour), ("day", TimeUnit.Day), ("week", TimeUnit.Week), ("month", TimeUnit.Month), ("year", TimeUnit.Year));

        /// <summary>A date's `by`: who dates it, the source's text (the default) or the curator from knowledge outside it.</summary>
        public static readonly WordList<DateOrigin> DateOrigins = new(("source", DateOrigin.Source), ("curator", DateOrigin.Curator));

        public static readonly WordList<ValueKind> ValueKinds = new(
            ("quantity", ValueKind.Quantity), ("duration", ValueKind.Duration), ("date", ValueKind.Date), ("entity", ValueKind.Entity), ("text", ValueKind.Text));
    }

    /// <summary>An ordered list of allowed YAML words and the enum member each is read as.</summary>
    internal sealed class WordList<T>
        where T : struct, Enum
    {
        private readonly (string Yaml, T Member)[] words;

        public WordList(params (string Yaml, T Member)[] words)
        {
            this.words = words;
            Listing = string.Join(", ", Words.Take(words.Length - 1)) + " or " + words[words.Length - 1].Yaml;
            Expected = "one of " + Listing;
        }

        public IEnumerable<string> Words => words.Select(w => w.Yaml);

        /// <summary>The words as a message lists them: "a, b or c".</summary>
        public string Listing { get; }

        /// <summary>What a field of this list was expected to be, as FC1003 says it.</summary>
        public string Expected { get; }

        /// <summary>The YAML word a member is written as: how `factcorpus export` names it, as the curator wrote it.</summary>
        public string Word(T member)
        {
            foreach (var word in words)
            {
                if (EqualityComparer<T>.Default.Equals(word.Member, member))
                {
                    return word.Yaml;
                }
            }

            throw new ArgumentOutOfRangeException(nameof(member), member, "no YAML word for this member");
        }

        public bool TryGetMember(string yaml, out T member)
        {
            foreach (var word in words)
            {
                if (string.Equals(word.Yaml, yaml, StringComparison.Ordinal))
                {
                    member = word.Member;
                    return true;
                }
            }

            member = default;
            return false;
        }
    }
}
