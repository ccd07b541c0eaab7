using System.Text;
using FactCorpus.Generator.Diagnostics;
using FactCorpus.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace FactCorpus.Generator.Reading
{
    /// <summary>
    /// FC0005 for a YAML file or an article whose bytes were not UTF-8, at its first bad character. The generator
    /// sees only the text the compiler decoded, so the decoding is judged from its traces: the .NET 10 compiler
    /// decodes invalid UTF-8 with U+FFFD replacement characters, and older ones fall back to a legacy code page
    /// (reported as <see cref="SourceText.Encoding"/>), where the first character outside ASCII is the first that
    /// may have been read wrongly. A U+FFFD the author typed on purpose in a UTF-8 file cannot be told from a
    /// replaced byte and is reported too: it never belongs in a fact (in YAML, write it as "\uFFFD" if it must).
    /// </summary>
    internal static class EncodingCheck
    {
        public const char Replacement = '\uFFFD';

        /// <param name="chars">The text's characters when the caller has them as a string already: searched faster than the text.</param>
        public static DiagnosticInfo? Check(string path, SourceText text, string? chars = null)
        {
            var legacy = text.Encoding is not (null or UTF8Encoding or UnicodeEncoding or UTF32Encoding);
            var index = chars is not null && !legacy ? chars.IndexOf(Replacement) : FirstBad(text, legacy);
            if (index < 0)
            {
                return null;
            }

            var position = text.Lines.GetLinePosition(index);
            var location = new LocationInfo(path, index, index + 1, position.Line, position.Character, position.Line, position.Character + 1);
            // The message reads "the compiler read it as {0}".
            var how = legacy
                ? text.Encoding!.WebName + ", and the first character it may have read wrongly is here"
                : "UTF-8 with '\uFFFD' for each byte it could not read, the first of them here, often an 'é' or '’' saved as Windows-1252 or Latin-1";
            return DiagnosticInfo.Create(Descriptors.NotUtf8, location, how);
        }

        private static int FirstBad(SourceText text, bool legacy)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (legacy ? text[i] > '\u007F' : text[i] == Replacement)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
