using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using FactCorpus.Generator.Model;
using FactCorpus.Generator.Reading;

namespace FactCorpus.Generator.Validation
{
    /// <summary>
    /// One article, indexed for <see cref="ClosestPassage"/>: its normalised text cut into words (at the spaces
    /// normalising leaves), each word's positions by a case- and punctuation-free key, and the map from normalised
    /// offsets back to the line and column of the file. Built on the first miss in an article and kept as long as
    /// the article's text is, so many misses in one article pay for it once.
    /// </summary>
    internal sealed class ArticleIndex
    {
        private static readonly ConditionalWeakTable<ArticleText, ArticleIndex> Built = new();

        private readonly ArticleText article;
        private readonly List<int> origins = new();
        private readonly LineMap lines;
        private readonly Dictionary<string, List<int>> byKey = new(StringComparer.Ordinal);

        private ArticleIndex(ArticleText article)
        {
            this.article = article;
            Text = TextNormalizer.Normalize(article.Text, origins);
            lines = new LineMap(article.Text);
            Words = Split(Text);
            for (var w = 0; w < Words.Count; w++)
            {
                var key = Key(Text, Words[w]);
                if (!byKey.TryGetValue(key, out var positions))
                {
                    byKey.Add(key, positions = new List<int>());
                }

                positions.Add(w);
            }
        }

        public static ArticleIndex Of(ArticleText article) => Built.GetValue(article, a => new ArticleIndex(a));

        /// <summary>The normalised text, as <see cref="ArticleText.NormalizedText"/>.</summary>
        public string Text { get; }

        public List<(int Start, int End)> Words { get; }

        /// <summary>The word positions whose key is <paramref name="key"/>; empty when the article has no such word.</summary>
        public IReadOnlyList<int> Positions(string key) => byKey.TryGetValue(key, out var positions) ? positions : Array.Empty<int>();

        /// <summary>Where the normalised span [start, end) is written in the article file.</summary>
        public LocationInfo Locate(int start, int end)
        {
            var from = origins[start];
            var to = origins[end - 1] + 1;
            var (startLine, startColumn) = lines.Position(from);
            var (endLine, endColumn) = lines.Position(to);
            return new LocationInfo(article.Path, from, to, startLine, startColumn, endLine, endColumn);
        }

        /// <summary>The words of a normalised text: the spans between its single spaces.</summary>
        public static List<(int Start, int End)> Split(string text)
        {
            var words = new List<(int, int)>();
            for (var start = 0; start < text.Length;)
            {
                var end = text.IndexOf(' ', start);
                end = end < 0 ? text.Length : end;
                words.Add((start, end));
                start = end + 1;
            }

            return words;
        }

        /// <summary>A word without the punctuation around it, in lower case ("Jeddah," → "jeddah"), so a comma or a capital does not hide it.</summary>
        public static string Key(string text, (int Start, int End) word)
        {
            var (start, end) = word;
            while (start < end && !char.IsLetterOrDigit(text[start]))
            {
                start++;
            }

            while (end > start && !char.IsLetterOrDigit(text[end - 1]))
            {
                end--;
            }

            return (start < end ? text.Substring(start, end - start) : text.Substring(word.Start, word.End - word.Start)).ToLowerInvariant();
        }
    }
}
