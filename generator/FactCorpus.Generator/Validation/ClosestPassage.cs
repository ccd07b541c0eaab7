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
    /// costs at most 64 voting words times their occurrences, a walk along the words that agree, and at most
    /// 64 × 80 word pairs to align; never excerpt × article.
    /// </summary>
    internal static class ClosestPassage
    {
        /// <summary>Words found more often than this are too common to say where an excerpt starts, unless the excerpt has no rarer word.</summary>
        private const int CommonWord = 32;

        /// <summary>How many words the excerpt's passage may reach beyond where the votes place it, on each side (words missing from the excerpt).</summary>
        private const int Slack = 8;

        /// <summary>Excerpt words that vote for where it starts: enough to place it, few enough to bound the work of a long excerpt.</summary>
        private const int MaxVoters = 64;

        /// <summary>Excerpt words aligned after the part that agrees: bounds the alignment's work and memory for a long excerpt (a scalar may hold 64 K characters).</summary>
        private const int MaxAligned = 64;

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
            var words = ArticleIndex.Split(excerpt);
            var shift = BestShift(article, excerpt, words);
            if (shift is null)
            {
                return null;
            }

            // Word keys ignore case, so an excerpt that differs only in case is voted to its place: look for it there only.
            var text = article.Text;
            var count = article.Words.Count;
            var from = article.Words[Math.Max(0, Math.Min(count - 1, shift.Value))].Start;
            var to = article.Words[Math.Max(0, Math.Min(count - 1, shift.Value + words.Count))].End;
            var caseless = excerpt.Length <= to - from ? text.IndexOf(excerpt, from, to - from, StringComparison.OrdinalIgnoreCase) : -1;
            if (caseless < 0)
            {
                return Compare(article, excerpt, words, shift.Value);
            }

            var at = 0;
            while (at < excerpt.Length - 1 && excerpt[at] == text[caseless + at])
            {
                at++;
            }

            var (start, end) = WordAround(excerpt, at);
            return Quote(text, caseless, caseless + excerpt.Length, caseless + at, excerpt.Substring(start, end - start), text.Substring(caseless + start, end - start), caseOnly: true);
        }

        /// <summary>
        /// The article word index minus the excerpt word index that most voting excerpt words agree on; ties go to
        /// the earliest. The <see cref="MaxVoters"/> rarest words vote, leaving out the common ones when there are rare ones.
        /// </summary>
        private static int? BestShift(ArticleIndex article, string excerpt, List<(int Start, int End)> words)
        {
            var voters = new List<(int Word, IReadOnlyList<int> Positions)>();
            for (var i = 0; i < words.Count; i++)
            {
                var positions = article.Positions(ArticleIndex.Key(excerpt, words[i]));
                if (positions.Count > 0)
                {
                    voters.Add((i, positions));
                }
            }

            voters = voters.OrderBy(v => v.Positions.Count).ThenBy(v => v.Word).Take(MaxVoters).ToList();
            var hasRare = voters.Count > 0 && voters[0].Positions.Count <= CommonWord;
            var votes = new Dictionary<int, int>();
            foreach (var (word, positions) in voters)
            {
                if (hasRare && positions.Count > CommonWord)
                {
                    continue;
                }

                foreach (var position in positions)
                {
                    votes.TryGetValue(position - word, out var n);
                    votes[position - word] = n + 1;
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
        /// Follows the excerpt along the article from <paramref name="shift"/> while the words agree, then aligns the
        /// next <see cref="MaxAligned"/> words with the article around them (a semi-global edit alignment: those
        /// words against any stretch of the window, fewest words replaced, missing or extra) and takes the first run
        /// of words that differ.
        /// </summary>
        private static Match Compare(ArticleIndex article, string excerpt, List<(int Start, int End)> words, int shift)
        {
            var text = article.Text;
            var m = words.Count;

            // The excerpt may start and end inside a word of the article ("We hope" in "“We hope"; "hours" in "hours.").
            bool Same(int e, int a)
            {
                if (a < 0 || a >= article.Words.Count)
                {
                    return false;
                }

                var length = words[e].End - words[e].Start;
                var (start, end) = article.Words[a];
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

            int Pair(int e, int a) => Same(e, a) ? 2 : -1;

            var agree = 0;
            while (agree < m && Same(agree, shift + agree))
            {
                agree++;
            }

            // Align excerpt words [e0, e0 + k) with article words [lo, lo + n), from one agreeing word before the first that differs.
            var e0 = Math.Max(0, agree - 1);
            var k = Math.Min(m - e0, MaxAligned);
            var lo = Math.Max(0, shift + e0 - Slack);
            var n = Math.Max(1, Math.Min(article.Words.Count, shift + e0 + k + Slack) - lo);

            // score[e, a]: the best alignment of the first e of those words with window words ending before a, free to
            // start anywhere: +2 a word that matches, -1 a word replaced, missing or extra.
            var score = new int[k + 1, n + 1];
            for (var e = 1; e <= k; e++)
            {
                score[e, 0] = -e;
                for (var a = 1; a <= n; a++)
                {
                    score[e, a] = Math.Max(score[e - 1, a - 1] + Pair(e0 + e - 1, lo + a - 1), Math.Max(score[e - 1, a], score[e, a - 1]) - 1);
                }
            }

            // The best end; of equal ones the latest, so a last word is shown replaced rather than extra.
            var endAt = n;
            for (var a = n - 1; a >= 1; a--)
            {
                endAt = score[k, a] > score[k, endAt] ? a : endAt;
            }

            // Trace back to the pairs of the alignment (excerpt word or -1, article word or -1), preferring a match or a replaced word.
            var pairs = new List<(int E, int A)>();
            for (int e = k, a = endAt; e > 0;)
            {
                if (a > 0 && score[e, a] == score[e - 1, a - 1] + Pair(e0 + e - 1, lo + a - 1))
                {
                    pairs.Add((e0 + --e, lo + --a));
                }
                else if (a > 0 && score[e, a] == score[e, a - 1] - 1)
                {
                    pairs.Add((-1, lo + --a));
                }
                else
                {
                    pairs.Add((e0 + --e, -1));
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
            if ((differing.All(p => p.E < 0) || differing.All(p => p.A < 0)) && (to < pairs.Count || from > 0))
            {
                differing.Add(to < pairs.Count ? pairs[to] : pairs[from - 1]);
            }

            var inExcerpt = Side(excerpt, words, differing.Select(p => p.E));
            var inArticle = Side(text, article.Words, differing.Select(p => p.A));

            // The passage: from where the excerpt starts to the aligned words' end, and at least as many words as the
            // excerpt has, so a tail that differs is shown too. It starts where the excerpt's first word does when
            // that ends an article word ("We" of "“We").
            var aligned = pairs.Where(p => p.A >= 0).Select(p => p.A).DefaultIfEmpty(lo).ToList();
            var firstWord = e0 > 0 ? Math.Max(0, shift) : aligned[0];
            var first = article.Words[firstWord];
            var last = article.Words[Math.Min(article.Words.Count - 1, Math.Max(aligned[aligned.Count - 1], firstWord + m - 1))];
            var passageStart = Same(0, firstWord) && m > 1 ? first.End - (words[0].End - words[0].Start) : first.Start;
            var differsAt = from < pairs.Count && pairs[from].A >= 0 ? article.Words[pairs[from].A].Start : passageStart;
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
