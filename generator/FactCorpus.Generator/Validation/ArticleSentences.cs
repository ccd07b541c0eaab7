using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using FactCorpus.Generator.Model;

namespace FactCorpus.Generator.Validation
{
    /// <summary>
    /// Where the sentences of an article begin, in its normalised text (<see cref="ArticleText.NormalizedText"/>), so
    /// that an excerpt found there can be widened to the sentences it is in. A sentence ends at a paragraph break (a
    /// blank line) and after '.', '!' or '?' followed by a space and a word that does not start in lower case, except
    /// inside double quotation marks (a quote of several sentences belongs to the words that attribute it) and after
    /// an abbreviation ("U.S.", "Mr.", "Jan."). A quotation that closes after '.' ends its sentence as well; one that
    /// closes after '?' or '!' does not, as who asked often follows ("Why?" Rubio asked). Where the rule is unsure
    /// it leaves sentences joined: a sentence too long can only hide a missing attribution, never report one that
    /// is there. Built once per article text.
    /// </summary>
    internal sealed class ArticleSentences
    {
        private static readonly ConditionalWeakTable<ArticleText, ArticleSentences> Built = new();

        /// <summary>Abbreviations that end with a '.' but rarely a sentence (lower case, without the '.'); initials such as "U.S." are recognised by their form.</summary>
        private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
        {
            "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "st", "jr", "sr", "no", "vs",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "co", "ltd",
        };

        /// <summary>The offset of each sentence's first character, ascending; the first is 0.</summary>
        private readonly List<int> starts = new() { 0 };

        private ArticleSentences(ArticleText article)
        {
            Text = article.NormalizedText;
            var inQuote = false;
            var nextBreak = 0;
            for (var i = 0; i < Text.Length; i++)
            {
                var paragraphBreak = nextBreak < article.ParagraphBreaks.Count && article.ParagraphBreaks[nextBreak] == i;
                nextBreak += paragraphBreak ? 1 : 0;
                switch (Text[i])
                {
                    case ' ' when paragraphBreak:
                        starts.Add(i + 1);
                        // An unclosed quote does not run on into the next paragraph (a quote of several paragraphs reopens at each).
                        inQuote = false;
                        break;
                    case '"':
                        inQuote = !inQuote;
                        if (!inQuote && i > 0 && Text[i - 1] == '.' && EndsSentence(Text, i - 1, i))
                        {
                            starts.Add(i + 2);
                        }

                        break;
                    case '.' or '!' or '?' when !inQuote && EndsSentence(Text, i, i):
                        starts.Add(i + 2);
                        break;
                }
            }
        }

        public static ArticleSentences Of(ArticleText article) => Built.GetValue(article, a => new ArticleSentences(a));

        /// <summary>The normalised text, as <see cref="ArticleText.NormalizedText"/>.</summary>
        public string Text { get; }

        /// <summary>The sentences holding the span [start, end) of <see cref="Text"/>: from the start of the first to the end of the last.</summary>
        public (int Start, int End) Around(int start, int end)
        {
            var first = starts.BinarySearch(start);
            first = first >= 0 ? first : ~first - 1;
            var next = starts.BinarySearch(Math.Max(start, end - 1));
            next = next >= 0 ? next + 1 : ~next;
            return (starts[first], next < starts.Count ? starts[next] - 1 : Text.Length);
        }

        /// <summary>
        /// The '.', '!' or '?' at <paramref name="at"/>, or the closing quotation mark after it at <paramref name="last"/>,
        /// is followed by a space and a word not in lower case, and the '.' ends no abbreviation.
        /// </summary>
        private static bool EndsSentence(string text, int at, int last)
        {
            if (last + 2 >= text.Length || text[last + 1] != ' ' || char.IsLower(text[last + 2]))
            {
                return false;
            }

            if (text[at] != '.')
            {
                return true;
            }

            var wordStart = at == 0 ? 0 : text.LastIndexOf(' ', at - 1) + 1;
            while (wordStart < at && !char.IsLetterOrDigit(text[wordStart]))
            {
                wordStart++;
            }

            var word = text.Substring(wordStart, at - wordStart);
            return !IsInitials(word) && !Abbreviations.Contains(word.ToLowerInvariant());
        }

        /// <summary>Single letters each followed by '.', without the last '.': "U.S" of "U.S.", "J" of "J.", "a.m" of "a.m.".</summary>
        private static bool IsInitials(string word)
        {
            for (var i = 0; i < word.Length; i += 2)
            {
                if (!char.IsLetter(word[i]) || (i + 1 < word.Length && word[i + 1] != '.'))
                {
                    return false;
                }
            }

            return word.Length > 0;
        }
    }
}
