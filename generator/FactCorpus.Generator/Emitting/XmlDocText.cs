using System.Globalization;
using System.Linq;
using System.Text;

namespace FactCorpus.Generator.Emitting
{
    /// <summary>
    /// Text for XML doc comments. Markup characters are escaped so a YAML string cannot close a tag
    /// (&lt;/summary&gt;); everything outside printable ASCII becomes a character reference, which the IDE
    /// shows as the character while the source stays free of line breaks and invisible Unicode. Characters
    /// XML cannot hold (control characters, lone surrogates) become U+FFFD.
    /// </summary>
    internal static class XmlDocText
    {
        public static string Escape(string text) =>
            // Most text needs nothing escaped: return it as it is rather than copy it.
            IsPlain(text) ? text : Append(new StringBuilder(text.Length + 16), text).ToString();

        /// <summary>The escaped text appended to <paramref name="builder"/>: runs of plain characters in one copy each.</summary>
        public static StringBuilder Append(StringBuilder builder, string text)
        {
            var run = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c < Plain.Length && Plain[c])
                {
                    continue;
                }

                builder.Append(text, run, i - run);
                switch (c)
                {
                    case '&':
                        builder.Append("&amp;");
                        break;
                    case '<':
                        builder.Append("&lt;");
                        break;
                    case '>':
                        builder.Append("&gt;");
                        break;
                    case '\t' or '\n' or '\r':
                        builder.Append(' ');
                        break;
                    default:
                        var codePoint = 0xFFFD;
                        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                        {
                            codePoint = char.ConvertToUtf32(c, text[++i]);
                        }
                        else if (!char.IsSurrogate(c) && c >= 0xA0 && c != 0xFFFE && c != 0xFFFF)
                        {
                            codePoint = c;
                        }

                        builder.Append("&#x").Append(codePoint.ToString("X", CultureInfo.InvariantCulture)).Append(';');
                        break;
                }

                run = i + 1;
            }

            return builder.Append(text, run, text.Length - run);
        }

        private static bool IsPlain(string text)
        {
            foreach (var c in text)
            {
                if (c >= Plain.Length || !Plain[c])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether each ASCII character is written as it is: one lookup a character, where five comparisons were.</summary>
        private static readonly bool[] Plain = Enumerable.Range(0, 128).Select(c => c is >= ' ' and <= '~' and not '&' and not '<' and not '>').ToArray();
    }
}
