using System;
using System.Collections.Generic;

namespace FactCorpus.Generator.Diagnostics
{
    /// <summary>"Did you mean …": the known name closest to a misspelt one, by edit distance.</summary>
    internal static class NearestName
    {
        /// <summary>
        /// The closest candidate within a third of the name's length (one to three edits), ties broken by ordinal
        /// order so the message is deterministic; null when none is that close.
        /// </summary>
        public static string? Find(string name, IEnumerable<string> candidates)
        {
            var limit = Math.Min(3, Math.Max(1, name.Length / 3));
            string? best = null;
            var bestDistance = int.MaxValue;
            foreach (var candidate in candidates)
            {
                // Names whose lengths differ by more than the limit cannot be close: skip them without the quadratic work.
                if (Math.Abs(candidate.Length - name.Length) > limit)
                {
                    continue;
                }

                var distance = Distance(name, candidate);
                if (distance <= limit && (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0)))
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }

            return best;
        }

        /// <summary>The message tail for a suggestion: " (did you mean 'x'?)" or nothing.</summary>
        public static string Hint(string? suggestion) => suggestion is null ? "" : $" (did you mean '{suggestion}'?)";

        /// <summary>Edit distance where swapping two neighbours counts as one edit (optimal string alignment), ignoring case.</summary>
        private static int Distance(string a, string b)
        {
            var rows = new int[3][];
            for (var r = 0; r < 3; r++)
            {
                rows[r] = new int[b.Length + 1];
            }

            for (var j = 0; j <= b.Length; j++)
            {
                rows[0][j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                int[] current = rows[i % 3], previous = rows[(i - 1) % 3], beforePrevious = rows[(i + 1) % 3];
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = Same(a[i - 1], b[j - 1]) ? 0 : 1;
                    current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                    if (i > 1 && j > 1 && Same(a[i - 1], b[j - 2]) && Same(a[i - 2], b[j - 1]))
                    {
                        current[j] = Math.Min(current[j], beforePrevious[j - 2] + 1);
                    }
                }
            }

            return rows[a.Length % 3][b.Length];
        }

        private static bool Same(char x, char y) => char.ToLowerInvariant(x) == char.ToLowerInvariant(y);
    }
}
