using System;
using YamlDotNet.Core;

namespace FactCorpus.Generator.Reading
{
    /// <summary>
    /// Turns what YamlDotNet throws on a syntax error into the author's terms, at the author's mistake: a tab at
    /// the tab, an unclosed quote at the opening quote, an unclosed '[' or '{' at the bracket, a field without ':'
    /// at that field. The parser's own sentence is kept only as a detail of errors not recognised here.
    /// </summary>
    internal sealed class YamlSyntaxError
    {
        private readonly string text;
        private readonly LineMap lines;
        private readonly int shift;

        /// <param name="shift">1 when the text starts with a byte-order mark, which the parser did not see.</param>
        public YamlSyntaxError(string text, LineMap lines, int shift)
        {
            this.text = text;
            this.lines = lines;
            this.shift = shift;
        }

        /// <summary>
        /// Where and what the error <paramref name="e"/> is, in offsets of the text. <paramref name="lastEvent"/> is the
        /// start of the last event read (the parser gives no position, or 1:1, for some errors);
        /// <paramref name="openFlow"/> the start of the innermost '[' or '{' not closed yet, if any.
        /// </summary>
        public (long Start, long End, string Message) Describe(Exception e, Mark lastEvent, Mark? openFlow)
        {
            var parserWords = e is YamlException ? WithoutPosition(e.Message) : e.Message;
            if (e is WordedException)
            {
                return At(((YamlException)e).Start.Index + shift, parserWords);
            }

            var known = e is YamlException y && y.Start.Line > 0 && !(y.Start.Line == 1 && y.Start.Column == 1 && lastEvent.Index > 0);
            var start = known ? ((YamlException)e).Start.Index + shift : lastEvent.Index + shift;
            var end = known ? Math.Max(start, ((YamlException)e).End.Index + shift) : start;

            if (TabIndent(start, end) is { } tab)
            {
                return At(tab, $"line {Line(tab) + 1} is indented with a tab; YAML allows only spaces");
            }

            if (parserWords.Contains("quoted scalar") && QuoteAtOrAfter(start) is { } quote)
            {
                return (quote, EndOfLine(quote), $"this quoted text is not closed: end it with {text[(int)quote]} on the same line");
            }

            if (openFlow is { } flow && (e is InvalidOperationException || parserWords.Contains("did not find expected ','")))
            {
                var bracket = flow.Index + shift;
                return text[(int)bracket] == '['
                    ? At(bracket, "this '[' is not closed: end the list with ']'")
                    : At(bracket, "this '{' is not closed: end it with '}'");
            }

            if (parserWords.Contains("did not find expected key"))
            {
                return ExpectedKey(start);
            }

            if (parserWords.Contains("did not find expected '-' indicator"))
            {
                return At(start, "this line is indented less than the fields above it; line up the fields of one item at the same column");
            }

            if (parserWords.Contains("found invalid mapping") || parserWords.Contains("mapping values are not allowed"))
            {
                return InvalidMapping(start, multiline: parserWords.Contains("multiline"));
            }

            if (parserWords.Contains("cannot start any token") && start < text.Length)
            {
                return At(start, $"a value cannot start with '{text[(int)start]}'; put the text in quotes");
            }

            if (parserWords.Contains("anchor or alias"))
            {
                return At(start, "'*' starts an alias and '&' an anchor in YAML; put text that starts with them in quotes");
            }

            return (start, end, $"the YAML cannot be read here ({Lower(parserWords)})");
        }

        /// <summary>"did not find expected key": a stray closing bracket, a field without ':', or a field out of line.</summary>
        private (long, long, string) ExpectedKey(long start)
        {
            var rest = LineFrom(start);
            if (rest.Length > 0 && rest[0] is ']' or '}')
            {
                return At(start, $"this '{rest[0]}' closes nothing; remove it or add the '{(rest[0] == ']' ? '[' : '{')}' it should close");
            }

            return rest.Length > 0 && rest.IndexOf(':') < 0
                ? MissingColon(start, rest)
                : At(start, "this line is not lined up with the fields above it; the fields of one mapping start at the same column");
        }

        /// <summary>
        /// ': ' where YAML cannot start a field: the line is indented more than the one above it, its value holds
        /// ': ' without quotes, or (for a value running over several lines) the line above it lacks its ':'.
        /// </summary>
        private (long, long, string) InvalidMapping(long colon, bool multiline)
        {
            var line = Line(colon);
            if (multiline && PreviousContentLine(line) is { } previous)
            {
                var startOfContent = ContentStart(previous);
                var content = LineFrom(startOfContent);
                if (content.IndexOf(':') < 0)
                {
                    return MissingColon(startOfContent, content);
                }
            }

            var before = text.Substring((int)LineStart(line), (int)(colon - LineStart(line)));
            return before.IndexOf(": ", StringComparison.Ordinal) < 0
                ? At(ContentStart(line), $"line {line + 1} is indented more than the field above it, so YAML reads it as part of that value; line up the fields of one mapping at the same column")
                : At(colon, "text that holds ': ' must be in quotes; YAML reads ': ' as the start of a field");
        }

        private (long, long, string) MissingColon(long start, string content)
        {
            var space = content.IndexOf(' ');
            var fix = space > 0 ? $"; write '{content.Substring(0, space)}: {content.Substring(space + 1).Trim()}'" : "";
            return (start, start + content.Length, $"'{content}' has no ':' after the field name{fix}");
        }

        /// <summary>The first tab in the indentation of the lines from <paramref name="start"/>'s to the one after <paramref name="end"/>'s.</summary>
        private long? TabIndent(long start, long end)
        {
            for (var line = Line(start); line <= Line(end) + 1; line++)
            {
                for (var i = LineStart(line); i < text.Length && text[(int)i] is ' ' or '\t' or '-'; i++)
                {
                    if (text[(int)i] == '\t')
                    {
                        return i;
                    }
                }
            }

            return null;
        }

        private long? QuoteAtOrAfter(long start)
        {
            for (var i = start; i < text.Length && text[(int)i] is not ('\n' or '\r'); i++)
            {
                if (text[(int)i] is '"' or '\'')
                {
                    return i;
                }
            }

            return null;
        }

        private int? PreviousContentLine(int line)
        {
            for (var previous = line - 1; previous >= 0; previous--)
            {
                var content = LineFrom(ContentStart(previous));
                if (content.Length > 0 && content[0] != '#')
                {
                    return previous;
                }
            }

            return null;
        }

        /// <summary>Where the content of a line starts: after its indentation and a list's "- ".</summary>
        private long ContentStart(int line)
        {
            var i = LineStart(line);
            while (i < text.Length && (text[(int)i] == ' ' || (text[(int)i] == '-' && i + 1 < text.Length && text[(int)i + 1] == ' ')))
            {
                i++;
            }

            return i;
        }

        /// <summary>The rest of the line from <paramref name="start"/>, without a trailing comment or spaces.</summary>
        private string LineFrom(long start)
        {
            var rest = text.Substring((int)start, (int)(EndOfLine(start) - start));
            var comment = rest.IndexOf(" #", StringComparison.Ordinal);
            return (comment >= 0 ? rest.Substring(0, comment) : rest).TrimEnd();
        }

        private long EndOfLine(long start)
        {
            var i = start;
            while (i < text.Length && text[(int)i] is not ('\n' or '\r'))
            {
                i++;
            }

            return i;
        }

        private int Line(long offset) => lines.Position(lines.Clamp(offset)).Line;

        private long LineStart(int line) => lines.Clamp(lines.Start(line));

        private static (long, long, string) At(long offset, string message) => (offset, offset + 1, message);

        private static string Lower(string words)
        {
            words = words.TrimEnd('.', ' ');
            return words.Length == 0 ? words : char.ToLowerInvariant(words[0]) + words.Substring(1);
        }

        /// <summary>YamlException messages start with "(Line: …) - (Line: …): "; the diagnostic has its own location.</summary>
        private static string WithoutPosition(string message)
        {
            if (message.StartsWith("(Line:", StringComparison.Ordinal))
            {
                var cut = message.IndexOf("): ", StringComparison.Ordinal);
                if (cut >= 0)
                {
                    return message.Substring(cut + 3);
                }
            }

            return message;
        }

        /// <summary>A syntax error the reader itself finds (an unknown alias, a list as a key), already in the author's words.</summary>
        internal sealed class WordedException : YamlException
        {
            public WordedException(Mark start, Mark end, string message)
                : base(start, end, message)
            {
            }
        }
    }
}
