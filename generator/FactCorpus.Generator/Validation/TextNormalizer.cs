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
        public static string Normalize(string text) => Normalize(text, null);

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

                builder.Append(c switch
                {
                    '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
                    '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
                    '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                    _ => c,
                });
            }

            return builder.ToString();
        }
    }
}
