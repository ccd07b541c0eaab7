using System.Collections.Generic;

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
                // Printable ASCII but the space, most of any text, is neither white space nor replaced.
                if (c is > ' ' and < '\u007F')
                {
                    continue;
                }

                if (c == ' ' ? i == 0 || i == text.Length - 1 || text[i - 1] == ' ' : char.IsWhiteSpace(c) || Replacement(c) != c)
                {
                    return false;
                }
            }

            return true;
        }

        /// <param name="origins">When given, receives for each character of the result the offset in <paramref name="text"/> it comes from (a space: the white space it replaces), so a match can be located in the original file.</param>
        /// <param name="paragraphBreaks">When given, receives the offset in the result of each space that stands for white space holding a blank line, where an article's paragraph ends.</param>
        public static string Normalize(string text, List<int>? origins, List<int>? paragraphBreaks = null)
        {
            // Never longer than the text: written into one array, not appended char by char to a builder, and the
            // array kept for the thread's next text (an article a file, a claim's excerpt after another).
            var normalized = scratch is { } kept && kept.Length >= text.Length ? kept : new char[text.Length];
            scratch = null;
            var length = 0;
            var pendingSpace = -1;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c is > ' ' and < '\u007F' && pendingSpace < 0)
                {
                    origins?.Add(i);
                    normalized[length++] = c;
                    continue;
                }

                if (char.IsWhiteSpace(c))
                {
                    if (pendingSpace < 0 && length > 0)
                    {
                        pendingSpace = i;
                    }

                    continue;
                }

                if (pendingSpace >= 0)
                {
                    if (paragraphBreaks is not null && HoldsBlankLine(text, pendingSpace, i))
                    {
                        paragraphBreaks.Add(length);
                    }

                    normalized[length++] = ' ';
                    origins?.Add(pendingSpace);
                    pendingSpace = -1;
                }

                origins?.Add(i);
                normalized[length++] = Replacement(c);
            }

            if (normalized.Length <= KeptLength)
            {
                scratch = normalized;
            }

            return new string(normalized, 0, length);
        }

        /// <summary>The longest array kept for the thread's next text: 32,768 characters, below the large-object heap.</summary>
        private const int KeptLength = 32768;

        [System.ThreadStatic]
        private static char[]? scratch;

        /// <summary>The white space from <paramref name="from"/> to <paramref name="to"/> of the text as written holds a blank line.</summary>
        private static bool HoldsBlankLine(string written, int from, int to)
        {
            var lineBreaks = 0;
            for (var i = from; i < to; i++)
            {
                var c = written[i];
                lineBreaks += c == '\n' || (c == '\r' && (i + 1 == written.Length || written[i + 1] != '\n')) ? 1 : c == '\u2029' ? 2 : 0;
            }

            return lineBreaks >= 2;
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
