using System;
using System.Collections.Generic;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

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
        /// start of the last event read (YamlDotNet's offset) (the parser gives no position, or 1:1, for some errors);
        /// <paramref name="openFlow"/> the start of the innermost '[' or '{' not closed yet, if any;
        /// <paramref name="lastScalar"/> the last scalar read; <paramref name="quotedOverLines"/> the quoted scalars
        /// read so far that run over more than one line (a quote not closed on its line runs on to the next one).
        /// </summary>
        public (long Start, long End, string Message) Describe(Exception e, long lastEvent, long? openFlow, Scalar? lastScalar, IReadOnlyList<Scalar> quotedOverLines)
        {
            var parserWords = e is YamlException ? WithoutPosition(e.Message) : e.Message;
            if (e is WordedException)
            {
                return At(((YamlException)e).Start.Index + shift, parserWords);
            }

            var known = e is YamlException y && y.Start.Line > 0 && !(y.Start.Line == 1 && y.Start.Column == 1 && lastEvent > 0);
            var start = known ? ((YamlException)e).Start.Index + shift : lastEvent + shift;
            var end = known ? Math.Max(start, ((YamlException)e).End.Index + shift) : start;

            // When the parser names the tab, it may say so lines before it (or at 1:1): look on to the end of the file.
            if (TabIndent(start, parserWords.Contains("tab") ? text.Length : end) is { } tab)
            {
                return At(tab, $"line {Line(tab) + 1} is indented with a tab; YAML allows only spaces");
            }

            foreach (var quoted in quotedOverLines)
            {
                if (HoldsAField(quoted))
                {
                    var opening = quoted.Start.Index + shift;
                    return (opening, EndOfLine(opening),
                        $"this quoted text is not closed on its line, so YAML reads the lines after it as text up to the next {text[(int)opening]} (line {Line(quoted.End.Index + shift) + 1}): end it with {text[(int)opening]} on the same line");
                }
            }

            if (parserWords.Contains("quoted scalar") && QuoteAtOrAfter(start) is { } quote)
            {
                // The parser says "while scanning a quoted scalar" of a bad escape too, not only of a missing quote.
                return BadEscape(quote) ?? Unclosed(quote);
            }

            if (e is InvalidOperationException || parserWords.Contains("did not find expected ','"))
            {
                // The bracket the parser has open; or, when it gave up before opening it, the first one not closed on its line.
                if ((openFlow is { } flow ? UnclosedOnItsLine(flow + shift) : FirstUnclosed(Line(lastEvent + shift))) is { } unclosed)
                {
                    return text[(int)unclosed] switch
                    {
                        '[' => At(unclosed, "this '[' is not closed: end the list with ']'"),
                        '{' => At(unclosed, "this '{' is not closed: end it with '}'"),
                        _ => Unclosed(unclosed),
                    };
                }

                if (e is InvalidOperationException)
                {
                    return At(start, "a '[' or '{' before this is not closed");
                }
            }

            if (known && parserWords.Contains("did not find expected") && start < text.Length && text[(int)start] is ']' or '}')
            {
                return At(start, $"this '{text[(int)start]}' closes nothing; remove it or add the '{(text[(int)start] == ']' ? '[' : '{')}' it should close");
            }

            if (lastScalar is { Style: ScalarStyle.DoubleQuoted or ScalarStyle.SingleQuoted } closed
                && Line(closed.End.Index + shift) == Line(start) && start >= closed.End.Index + shift)
            {
                return At(start, closed.Style == ScalarStyle.DoubleQuoted
                    ? "text goes on after the closing \" of the text before it; write a \" inside \"…\" as \\\", or put the text in '…'"
                    : "text goes on after the closing ' of the text before it; write a ' inside '…' as '', or put the text in \"…\"");
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

        /// <summary>"did not find expected key": a field without ':', or a field out of line.</summary>
        private (long, long, string) ExpectedKey(long start)
        {
            var rest = LineFrom(start);
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
            var fix = space > 0 ? $"; write '{content.Substring(0, space)}: {Short(content.Substring(space + 1).Trim())}'" : "";
            return (start, start + content.Length, $"'{Short(content)}' has no ':' after the field name{fix}");
        }

        /// <summary>
        /// The first escape in the "…" text at <paramref name="quote"/> (up to its closing quote, or the end of the
        /// line) that YAML cannot read, at its backslash: a letter YAML gives no meaning (often a Windows path or a
        /// lone backslash), too few hex digits, half of a UTF-16 surrogate pair, or a code point past Unicode's last.
        /// </summary>
        private (long, long, string)? BadEscape(long quote)
        {
            if (text[(int)quote] != '"')
            {
                return null;
            }

            var end = ClosingQuote(quote, EndOfLine(quote)) ?? EndOfLine(quote);
            var pendingHigh = -1L;
            for (var i = quote + 1; i < end; i++)
            {
                if (text[(int)i] != '\\')
                {
                    continue;
                }

                var letter = i + 1 < end ? text[(int)i + 1] : ' ';
                var digits = letter switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => 0 };
                if (digits == 0)
                {
                    if (SimpleEscapes.IndexOf(letter) < 0)
                    {
                        return (i, i + 2, $"'\\{letter}' is not an escape YAML knows: write a backslash as \\\\ inside \"…\", or put the text in '…', where \\ is plain");
                    }

                    i++;
                    continue;
                }

                var hex = text.Substring((int)i + 2, (int)Math.Min(digits, end - i - 2));
                if (hex.Length < digits || !uint.TryParse(hex, System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var code))
                {
                    return (i, i + 2, $"'\\{letter}' needs {digits} hexadecimal digits after it (\\{letter}{new string('0', digits - 2)}e9); write a backslash as \\\\");
                }

                var escape = text.Substring((int)i, digits + 2);
                if (code > 0x10FFFF)
                {
                    return (i, i + digits + 2, $"'{escape}' is past the last Unicode character, \\U0010FFFF");
                }

                // A high surrogate is half a character only if the next escape is not its low half.
                var isLowAfterHigh = code is >= 0xDC00 and <= 0xDFFF && pendingHigh == i;
                if (code is >= 0xD800 and <= 0xDFFF && !isLowAfterHigh && !(code <= 0xDBFF && IsLowSurrogateEscape(i + digits + 2, end)))
                {
                    return (i, i + digits + 2, $"'{escape}' is half of a character (a UTF-16 surrogate) and cannot stand alone: write the character itself, or all of it as one \\U escape (\\U0001F600)");
                }

                pendingHigh = code <= 0xDBFF && code >= 0xD800 ? i + digits + 2 : -1;
                i += digits + 1;
            }

            return null;
        }

        /// <summary>What may follow a backslash in "…" on its own: YAML's one-character escapes.</summary>
        private const string SimpleEscapes = "0abt\tnvfre \"/\\N_LP";

        private bool IsLowSurrogateEscape(long at, long end) =>
            at + 6 <= end && text[(int)at] == '\\' && text[(int)at + 1] == 'u'
            && uint.TryParse(text.Substring((int)at + 2, 4), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var low)
            && low is >= 0xDC00 and <= 0xDFFF;

        private (long, long, string) Unclosed(long quote) =>
            (quote, EndOfLine(quote), $"this quoted text is not closed: end it with {text[(int)quote]} on the same line");

        /// <summary>
        /// The first tab in the indentation of the lines from <paramref name="start"/>'s to <paramref name="end"/>'s,
        /// and on to the next line with content (the parser may stop at the line before the tab, or at a comment).
        /// </summary>
        private long? TabIndent(long start, long end)
        {
            var last = Line(end);
            for (var line = Line(start); LineStart(line) < text.Length; line++)
            {
                var i = LineStart(line);
                for (; i < text.Length && text[(int)i] is ' ' or '\t' or '-'; i++)
                {
                    if (text[(int)i] == '\t')
                    {
                        return i;
                    }
                }

                var hasContent = i < text.Length && text[(int)i] is not ('\n' or '\r' or '#');
                if (line > last && hasContent)
                {
                    break;
                }
            }

            return null;
        }

        /// <summary>Whether a quoted text running over lines holds a line that looks like a field ("    kind: person"), which it swallowed.</summary>
        private bool HoldsAField(Scalar quoted)
        {
            for (var line = Line(quoted.Start.Index + shift) + 1; line <= Line(quoted.End.Index + shift); line++)
            {
                var content = LineFrom(ContentStart(line));
                var colon = content.IndexOf(':');
                if (colon > 0 && (colon == content.Length - 1 || content[colon + 1] == ' ') && IdText.IsValid(content.Substring(0, colon)))
                {
                    return true;
                }
            }

            return false;
        }

        private long? FirstUnclosed(int line)
        {
            for (; LineStart(line) < text.Length; line++)
            {
                if (UnclosedOnItsLine(LineStart(line)) is { } unclosed)
                {
                    return unclosed;
                }
            }

            return null;
        }

        /// <summary>
        /// The first quote or bracket from <paramref name="from"/> that is not closed on its line: a quote left open,
        /// or the innermost bracket still open at the end of the line or when a bracket of the other kind closes.
        /// </summary>
        private long? UnclosedOnItsLine(long from)
        {
            var open = new Stack<long>();
            var end = EndOfLine(from);
            for (var i = from; i < end; i++)
            {
                var c = text[(int)i];
                if (c is '"' or '\'' && (i == from || text[(int)i - 1] is ' ' or '[' or '{' or ','))
                {
                    var close = ClosingQuote(i, end);
                    if (close is null)
                    {
                        return i;
                    }

                    i = close.Value;
                }
                else if (c is '[' or '{')
                {
                    open.Push(i);
                }
                else if (c is ']' or '}' && open.Count > 0)
                {
                    if (text[(int)open.Peek()] != (c == ']' ? '[' : '{'))
                    {
                        return open.Peek();
                    }

                    open.Pop();
                }
            }

            return open.Count > 0 ? open.Peek() : null;
        }

        /// <summary>The quote that closes the one at <paramref name="opening"/> before <paramref name="end"/>, if any.</summary>
        private long? ClosingQuote(long opening, long end)
        {
            var quote = text[(int)opening];
            for (var i = opening + 1; i < end; i++)
            {
                if (quote == '"' && text[(int)i] == '\\')
                {
                    i++;
                }
                else if (text[(int)i] == quote)
                {
                    if (quote == '\'' && i + 1 < end && text[(int)i + 1] == '\'')
                    {
                        i++;
                    }
                    else
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

        /// <summary>Text quoted in a message, cut to a length that keeps the message readable.</summary>
        private static string Short(string words) => words.Length <= 40 ? words : words.Substring(0, 40) + "…";

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
