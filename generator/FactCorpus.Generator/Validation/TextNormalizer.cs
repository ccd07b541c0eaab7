using System.Collections.Generic;
using System.Text;

namespace FactCorpus.Generator.Validation
{
    /// <summary>
    /// Normalises text for evidence matching: articles use typographic quotes and dashes and wrap lines
    /// freely, while YAML authors type ASCII. Applied to both sides of every comparison.
    /// </summary>
    internal static class TextNormalizer
    {
        public static string Normalize(string text) => IsNormal(text) ? text : Normalize(text, null);

        /// <summary>True when normalising would give the text back as it is (most excerpts): then no copy is made.</summary>
        private static bool IsNormal(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == ' ' ? i == 0 || i == text.Length - 1 || text[i - 1] == ' ' : char.IsWhiteSpace(c) || Replacement(c) != c)
                {
                    return false;
                }
            }

            return true;
        }

        /// <param name="origins">When given, receives for each character of the result the offset in <paramref name="text"/> it comes from (a space: the white space it replaces), so a match can be located in the original file.</param>
        public static string Normalize(string text, List<int>? origins)
        {
            var builder = new StringBuilder(text.Length);
            var pendingSpace = -1;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    if (pendingSpace < 0 && builder.Length > 0)
                    {
                        pendingSpace = i;
                    }

                    continue;
                }

                if (pendingSpace >= 0)
                {
                    builder.Append(' ');
                    origins?.Add(pendingSpace);
                    pendingSpace = -1;
                }

                origins?.Add(i);

                builder.Append(Replacement(c));
            }

            return builder.ToString();
        }

        private static char Replacement(char c) => c switch
        {
            '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
            '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
            '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
            _ => c,
        };
    }
}
