using System.Collections.Generic;
using System.Linq;

namespace FactCorpus.Generator.Reading
{
    /// <summary>
    /// The words every item of a facts file repeats: field and section names and the format's vocabulary. A scalar
    /// that spells one gets that one string, not a copy of its own: a field name is most of a file's scalars, and
    /// copies would be a tenth of what a read allocates.
    /// </summary>
    internal static class CommonWords
    {
        /// <summary>The words by length, a few of each; a candidate's first character is compared before the rest.</summary>
        private static readonly string[][] ByLength = Index(
            FactFileReader.Sections
                .Concat(FactFileReader.SourceFields).Concat(FactFileReader.EntityFields).Concat(FactFileReader.ClaimFields)
                .Concat(FactFileReader.QualifierFields).Concat(FactFileReader.QuoteFields).Concat(FactFileReader.EventFields)
                .Concat(FactFileReader.ParticipantFields).Concat(FactFileReader.AnyValueFields).Concat(MappingReader.DateFields)
                .Concat(Vocabulary.EntityKinds.Words).Concat(Vocabulary.Bounds.Words).Concat(Vocabulary.Statuses.Words)
                .Concat(Vocabulary.QuoteModes.Words).Concat(Vocabulary.TimeUnits.Words).Concat(Vocabulary.DateOrigins.Words)
                .Concat(Vocabulary.ValueKinds.Words));

        /// <summary>The shared string equal to <paramref name="length"/> characters of <paramref name="text"/> at <paramref name="start"/>, or null.</summary>
        public static string? Find(string text, int start, int length)
        {
            if (length >= ByLength.Length)
            {
                return null;
            }

            foreach (var word in ByLength[length])
            {
                if (word[0] == text[start] && string.CompareOrdinal(word, 0, text, start, length) == 0)
                {
                    return word;
                }
            }

            return null;
        }

        private static string[][] Index(IEnumerable<string> words)
        {
            var distinct = words.Distinct().ToArray();
            var byLength = new string[distinct.Max(w => w.Length) + 1][];
            for (var length = 0; length < byLength.Length; length++)
            {
                byLength[length] = distinct.Where(w => w.Length == length).ToArray();
            }

            return byLength;
        }
    }
}
