using System;
using System.Collections.Generic;
using System.Linq;
using FactCorpus.Generator.Model;

namespace FactCorpus.Generator.Validation
{
    /// <summary>
    /// Where an excerpt that does not occur in an article comes closest, and how it first differs: the hint of
    /// FC3001/FC3002. Words of the excerpt vote, through the article's word index, for where the excerpt would
    /// start (the rarer words only, when it has some); around the start with most votes the excerpt is aligned
    /// word by word with the article, and the first run of words that differ is the difference shown. Each miss
    /// costs the excerpt's rare words times their occurrences plus excerpt × (excerpt + 16) words to align, never
    /// excerpt × article.
    /// </summary>
    internal static class ClosestPassage
    {
        /// <summary>Words found more often than this are too common to say where an excerpt starts, unless the excerpt has no rarer word.</summary>
        private const int CommonWord = 32;

        /// <summary>How many words the excerpt's passage may reach beyond where the votes place it, on each side (words missing from the excerpt).</summary>
        private const int Slack = 8;

        /// <summary>Longer passages are quoted around their first difference.</summary>
        private const int MaxQuoted = 160;

        /// <summary>
        /// The closest passage (normalised offsets [Start, End) in the article), quoted; the first difference, as the
        /// words of the excerpt and of the article; and whether letter case is all that differs.
        /// </summary>
        public sealed record Match(int Start, int End, string Quoted, string InExcerpt, string InArticle, bool CaseOnly);

        /// <summary>
        /// The message tail that shows the author where the article differs, and the passage's place in the article
        /// file (also the diagnostic's additional location); <paramref name="excerptName"/> is "the evidence" or "the quote".
        /// </summary>
        public static (string Hint, LocationInfo? Passage) Describe(ArticleIndex article, string excerpt, string excerptName)
        {
            var match = Find(article, excerpt);
            if (match is null)
            {
                return ("; no word of it occurs in the article", null);
            }

            var where = article.Locate(match.Start, match.End);
            var difference = $"'{match.InExcerpt}' in {excerptName}, '{match.InArticle}' in the article";
            return match.CaseOnly
                ? ($"; it matches '{match.Quoted}' at {where.Display} except for letter case: {difference}", where)
                : ($"; the closest passage is '{match.Quoted}' at {where.Display}: {difference}", where);
        }

        /// <returns>Null when no word of the excerpt occurs in the article.</returns>
        public static Match? Find(ArticleIndex article, string excerpt)
        {
            var text = article.Text;
            var caseless = text.IndexOf(excerpt, StringComparison.OrdinalIgnoreCase);
            if (excerpt.Length > 0 && caseless >= 0)
            {
                var at = 0;
                while (at < excerpt.Length - 1 && excerpt[at] == text[caseless + at])
                {
                    at++;
                }

                var (start, end) = WordAround(excerpt, at);
                return Quote(text, caseless, caseless + excerpt.Length, caseless + at, excerpt.Substring(start, end - start), text.Substring(caseless + start, end - start), caseOnly: true);
            }

            var words = ArticleIndex.Split(excerpt);
            var shift = BestShift(article, excerpt, words);
            return shift is null ? null : Compare(article, excerpt, words, shift.Value);
        }

        /// <summary>The article word index minus the excerpt word index that most excerpt words agree on; ties go to the earliest.</summary>
        private static int? BestShift(ArticleIndex article, string excerpt, List<(int Start, int End)> words)
        {
            var keys = new string[words.Count];
            var hasRare = false;
            for (var i = 0; i < words.Count; i++)
            {
                keys[i] = ArticleIndex.Key(excerpt, words[i]);
                var count = article.Positions(keys[i]).Count;
                hasRare |= count > 0 && count <= CommonWord;
            }

            var votes = new Dictionary<int, int>();
            for (var i = 0; i < words.Count; i++)
            {
                var positions = article.Positions(keys[i]);
                if (hasRare && positions.Count > CommonWord)
                {
                    continue;
                }

                foreach (var position in positions)
                {
                    votes.TryGetValue(position - i, out var n);
                    votes[position - i] = n + 1;
                }
            }

            int? best = null;
            var bestVotes = 0;
            foreach (var vote in votes)
            {
                if (vote.Value > bestVotes || (vote.Value == bestVotes && vote.Key < best))
                {
                    best = vote.Key;
                    bestVotes = vote.Value;
                }
            }

            return best;
        }

        /// <summary>
        /// Aligns the excerpt, word by word, with the article around <paramref name="shift"/> (a semi-global edit
        /// alignment: the whole excerpt against any stretch of the window, fewest words replaced, missing or extra),
        /// then takes the first run of words that differ.
        /// </summary>
        private static Match Compare(ArticleIndex article, string excerpt, List<(int Start, int End)> words, int shift)
        {
            var text = article.Text;
            var m = words.Count;
            var lo = Math.Max(0, shift - Slack);
            var n = Math.Min(article.Words.Count, shift + m + Slack) - lo;

            // The excerpt may start and end inside a word of the article ("We hope" in "“We hope"; "hours" in "hours.").
            int Pair(int e, int a) => Same(e, a) ? 2 : -1;

            bool Same(int e, int a)
            {
                var length = words[e].End - words[e].Start;
                var (start, end) = article.Words[lo + a];
                var isFirst = e == 0;
                var isLast = e == m - 1;
                if (length > end - start || (!isFirst && !isLast && length != end - start))
                {
                    return false;
                }

                return isFirst && isLast
                    ? text.IndexOf(excerpt.Substring(words[e].Start, length), start, end - start, StringComparison.Ordinal) >= 0
                    : string.CompareOrdinal(excerpt, words[e].Start, text, isFirst ? end - length : start, length) == 0;
            }

            // score[e, a]: the best alignment of the first e excerpt words with window words ending before a, free to
            // start anywhere: +2 a word that matches, -1 a word replaced, missing or extra.
            var score = new int[m + 1, n + 1];
            for (var e = 1; e <= m; e++)
            {
                score[e, 0] = -e;
                for (var a = 1; a <= n; a++)
                {
                    score[e, a] = Math.Max(score[e - 1, a - 1] + Pair(e - 1, a - 1), Math.Max(score[e - 1, a], score[e, a - 1]) - 1);
                }
            }

            // The best end; of equal ones the latest, so a last word is shown replaced rather than extra.
            var endAt = n;
            for (var a = n - 1; a >= 1; a--)
            {
                endAt = score[m, a] > score[m, endAt] ? a : endAt;
            }

            // Trace back to the pairs of the alignment (excerpt word or -1, window word or -1), preferring a match or a replaced word.
            var pairs = new List<(int E, int A)>();
            for (int e = m, a = endAt; e > 0;)
            {
                if (a > 0 && score[e, a] == score[e - 1, a - 1] + Pair(e - 1, a - 1))
                {
                    pairs.Add((--e, --a));
                }
                else if (a > 0 && score[e, a] == score[e, a - 1] - 1)
                {
                    pairs.Add((-1, --a));
                }
                else
                {
                    pairs.Add((--e, -1));
                }
            }

            pairs.Reverse();
            bool Matched((int E, int A) pair) => pair.E >= 0 && pair.A >= 0 && Same(pair.E, pair.A);
            var from = 0;
            while (from < pairs.Count && Matched(pairs[from]))
            {
                from++;
            }

            var to = from;
            while (to < pairs.Count && !Matched(pairs[to]))
            {
                to++;
            }

            // A word only one side has is shown with the matching word after it (at the end, before it), so neither side is empty.
            var differing = pairs.Skip(from).Take(to - from).ToList();
            if (differing.All(p => p.E < 0) || differing.All(p => p.A < 0))
            {
                differing.Add(to < pairs.Count ? pairs[to] : pairs[from - 1]);
            }

            var inExcerpt = Side(excerpt, words, differing.Select(p => p.E));
            var inArticle = Side(text, article.Words, differing.Select(p => p.A < 0 ? -1 : lo + p.A));

            // The passage: the aligned words, and at least as many as the excerpt has, so a tail that differs is shown too.
            var aligned = pairs.Where(p => p.A >= 0).Select(p => lo + p.A).ToList();
            var first = article.Words[aligned[0]];
            var last = article.Words[Math.Min(article.Words.Count - 1, Math.Max(aligned[aligned.Count - 1], aligned[0] + m - 1))];
            // It starts where the excerpt's first word does when that ends an article word ("We" of "“We").
            var passageStart = Matched(pairs[0]) && pairs[0].E == 0 && m > 1 ? first.End - (words[0].End - words[0].Start) : first.Start;
            var differsAt = from < pairs.Count && pairs[from].A >= 0 ? article.Words[lo + pairs[from].A].Start : passageStart;
            return Quote(text, passageStart, last.End, Math.Max(passageStart, differsAt), inExcerpt, inArticle, caseOnly: false);
        }

        /// <summary>The text from the first to the last of the given words (-1: none on this side).</summary>
        private static string Side(string text, List<(int Start, int End)> words, IEnumerable<int> indexes)
        {
            var present = indexes.Where(i => i >= 0).ToList();
            return present.Count == 0 ? "" : text.Substring(words[present.Min()].Start, words[present.Max()].End - words[present.Min()].Start);
        }

        private static Match Quote(string text, int start, int end, int differsAt, string inExcerpt, string inArticle, bool caseOnly)
        {
            var from = start;
            var to = end;
            if (to - from > MaxQuoted)
            {
                from = Math.Max(start, differsAt - (MaxQuoted / 3));
                to = Math.Min(end, from + MaxQuoted);
            }

            var quoted = (from > start ? "…" : "") + text.Substring(from, to - from) + (to < end ? "…" : "");
            return new Match(start, end, quoted, inExcerpt, inArticle, caseOnly);
        }

        private static (int Start, int End) WordAround(string text, int at)
        {
            var start = at;
            while (start > 0 && text[start - 1] != ' ')
            {
                start--;
            }

            var end = at;
            while (end < text.Length && text[end] != ' ')
            {
                end++;
            }

            return (start, end);
        }
    }
}
