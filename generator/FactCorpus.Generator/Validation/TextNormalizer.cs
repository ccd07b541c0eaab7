using System.Text;

namespace FactCorpus.Generator.Validation
{
    /// <summary>
    /// Normalises text for evidence matching: articles use typographic quotes and dashes and wrap lines
    /// freely, while YAML authors type ASCII. Applied to both sides of every comparison.
    /// </summary>
    internal static class TextNormalizer
    {
        public static string Normalize(string text)
        {
            var builder = new StringBuilder(text.Length);
            var pendingSpace = false;
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = builder.Length > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    builder.Append(' ');
                    pendingSpace = false;
                }

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
