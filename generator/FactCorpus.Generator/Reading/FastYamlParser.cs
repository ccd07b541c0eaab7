using System;
using System.Collections.Generic;
using System.Text;
using YamlDotNet.Core;

namespace FactCorpus.Generator.Reading
{
    /// <summary>
    /// YamlDotNet's events for the YAML subset curators write, scanned by hand: block mappings and lists, one-line
    /// plain and quoted scalars, one-line flow lists and mappings of scalars, comments, an optional <c>---</c>.
    /// The events and their marks are the ones YamlDotNet's <see cref="Parser"/> gives for the same text
    /// (FastYamlParserTests compares them); the point is speed, YamlDotNet's scanner being most of a read, and
    /// an event is no object: the reader asks the current one's values, and a scalar's text is cut when asked.
    /// </summary>
    /// <remarks>
    /// The whole text is scanned before the first event is handed out, and anything outside the subset, or anything
    /// that might be an error (tabs, anchors, tags, multi-line scalars, odd indentation, a second document…), makes
    /// <see cref="TryScan"/> return null: the reader then uses YamlDotNet from the start, so every syntax error is still
    /// YamlDotNet's and worded as before. Giving up is always safe; guessing is not.
    /// </remarks>
    internal sealed class FastYamlParser : IYamlEvents
    {
        /// <summary>Longer keys are an error to YamlDotNet (a simple key spans at most 1024 characters).</summary>
        private const int MaxKeyLength = 1000;

        private readonly string text;
        private readonly int shift;

        /// <summary>The events, as plain values.</summary>
        private readonly SlotList slots;
        private readonly StringBuilder unescaped = new();
        private readonly RepeatedScalars repeated = new();
        private int next;
        private Slot current;

        private FastYamlParser(string text, int shift, SlotList slots)
        {
            this.text = text;
            this.shift = shift;
            this.slots = slots;
        }

        private enum EventKind : byte
        {
            None,
            StreamStart,
            DocumentStart,
            DocumentEnd,
            StreamEnd,
            BlockMappingStart,
            FlowMappingStart,
            MappingEnd,
            BlockSequenceStart,
            FlowSequenceStart,
            SequenceEnd,
            Scalar,
        }

        public YamlEventKind Kind => current.Kind switch
        {
            EventKind.None => YamlEventKind.None,
            EventKind.StreamStart => YamlEventKind.StreamStart,
            EventKind.DocumentStart => YamlEventKind.DocumentStart,
            EventKind.DocumentEnd => YamlEventKind.DocumentEnd,
            EventKind.StreamEnd => YamlEventKind.StreamEnd,
            EventKind.BlockMappingStart or EventKind.FlowMappingStart => YamlEventKind.MappingStart,
            EventKind.MappingEnd => YamlEventKind.MappingEnd,
            EventKind.BlockSequenceStart or EventKind.FlowSequenceStart => YamlEventKind.SequenceStart,
            EventKind.SequenceEnd => YamlEventKind.SequenceEnd,
            _ => YamlEventKind.Scalar,
        };

        public bool IsFlow => current.Kind is EventKind.FlowMappingStart or EventKind.FlowSequenceStart;

        public string Value => current.Kind != EventKind.Scalar ? ""
            : IsPlain ? Plain(current.StartIndex + shift, current.EndIndex - current.StartIndex)
            : current.Escaped ? Unescape(current)
            : repeated.Get(text, current.StartIndex + shift + 1, current.EndIndex - current.StartIndex - 2);

        private string Plain(int start, int length) => CommonWords.Find(text, start, length) ?? repeated.Get(text, start, length);

        public bool IsPlain => current.Kind == EventKind.Scalar && current.Style == ScalarStyle.Plain;

        /// <summary>Anchors are left to YamlDotNet.</summary>
        public string? Anchor => null;

        public long StartIndex => current.StartIndex;

        public long EndIndex => current.EndIndex;

        public Mark Start => new(current.StartIndex, current.Line, current.StartColumn);

        public Mark End => new(current.EndIndex, current.Line, current.EndColumn);

        public bool MoveNext()
        {
            current = next < slots.Count ? slots[next++] : default;
            if (next == slots.Count)
            {
                // The last event (the stream's end) is in hand, a copy, and no scalar: the blocks and the table of
                // repeated scalars can go to the thread's next file.
                slots.Release();
                repeated.Release();
            }

            return current.Kind != EventKind.None;
        }

        /// <summary>
        /// The events of <paramref name="text"/> read from offset <paramref name="shift"/> (past a byte-order mark, which
        /// marks do not count), or null when the text is not plainly within the subset.
        /// </summary>
        public static FastYamlParser? TryScan(string text, int shift)
        {
            if (!Printable(text, shift))
            {
                return null;
            }

            var scanner = new Scanner(text, shift);
            if (scanner.Scan())
            {
                return new FastYamlParser(text, shift, scanner.Slots);
            }

            scanner.Slots.Release();
            return null;
        }

        /// <summary>
        /// False for any character that YAML forbids, reads as a line break other than LF and CRLF, or that the subset
        /// leaves to YamlDotNet (tabs), so the scanner never has to think about them.
        /// </summary>
        private static bool Printable(string text, int from)
        {
            for (var i = from; i < text.Length; i++)
            {
                var c = text[i];
                if (c >= ' ' && c < '\u007F')
                {
                    continue;
                }

                if (c == '\n' || (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n'))
                {
                    continue;
                }

                if (c < '\u00A0' || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF')
                {
                    return false;
                }

                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The code point written in <paramref name="digits"/> hex digits at <paramref name="at"/>; -1 if not a valid one.</summary>
        private static int CodePoint(string text, int at, int digits)
        {
            if (at + digits > text.Length)
            {
                return -1;
            }

            var value = 0;
            for (var i = at; i < at + digits; i++)
            {
                var digit = HexValue(text[i]);
                if (digit < 0 || value > 0x10FFFF)
                {
                    return -1;
                }

                value = (value * 16) + digit;
            }

            return value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF) ? -1 : value;
        }

        private static int HexValue(char c) => c switch
        {
            >= '0' and <= '9' => c - '0',
            >= 'a' and <= 'f' => c - 'a' + 10,
            >= 'A' and <= 'F' => c - 'A' + 10,
            _ => -1,
        };

        private string Unescape(Slot slot)
        {
            unescaped.Clear();
            var last = slot.EndIndex + shift - 1;
            for (var i = slot.StartIndex + shift + 1; i < last; i++)
            {
                var c = text[i];
                if (slot.Style == ScalarStyle.SingleQuoted || c != '\\')
                {
                    // In single quotes "''" is the only escape: one quote, the second skipped.
                    unescaped.Append(c);
                    i += c == '\'' && slot.Style == ScalarStyle.SingleQuoted ? 1 : 0;
                    continue;
                }

                var e = text[++i];
                switch (e)
                {
                    case 'x' or 'u' or 'U':
                        var digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                        var code = CodePoint(text, i + 1, digits);
                        if (code >= 0x10000)
                        {
                            unescaped.Append(char.ConvertFromUtf32(code));
                        }
                        else
                        {
                            unescaped.Append((char)code);
                        }

                        i += digits;
                        break;
                    default:
                        unescaped.Append(e switch
                        {
                            '0' => '\0',
                            'a' => '\a',
                            'b' => '\b',
                            't' => '\t',
                            'n' => '\n',
                            'v' => '\v',
                            'f' => '\f',
                            'r' => '\r',
                            'e' => '\u001B',
                            _ => e,
                        });
                        break;
                }
            }

            return unescaped.ToString();
        }

        /// <summary>The text is outside the subset: thrown inside the scanner, caught where its scan starts.</summary>
        private sealed class OutsideSubset : Exception
        {
        }

        private sealed class Scanner
        {
            private readonly string text;
            private readonly int shift;
            private int pos;
            private int line = 1;
            private int lineStart;
            private int depth;

            /// <summary>Past the last content line: the rest of the text is blank or comments.</summary>
            private bool atEnd;

            public Scanner(string text, int shift)
            {
                this.text = text;
                this.shift = shift;
                pos = lineStart = shift;
                Slots = new SlotList();
            }

            public SlotList Slots { get; }

            /// <summary>The column of the current content line's first character, 0-based.</summary>
            private int Indent => pos - lineStart;

            public bool Scan()
            {
                try
                {
                    ScanStream();
                    return true;
                }
                catch (OutsideSubset)
                {
                    return false;
                }
            }

            private void ScanStream()
            {
                var origin = new Position(0, 1, 1);
                Add(EventKind.StreamStart, origin, origin);
                SkipToContent(allowDocumentStart: true);
                Require(!atEnd && Indent == 0);
                if (At(pos, "---"))
                {
                    Add(EventKind.DocumentStart, Here(), MarkAt(pos + 3));
                    pos += 3;
                    FinishLine();
                    NextContent();
                    Require(!atEnd && Indent == 0);
                }
                else
                {
                    Add(EventKind.DocumentStart, Here(), Here());
                }

                Require(ScanScalar(pos).FollowedByColon);
                ScanBlockMapping(0);
                Require(atEnd);
                var end = Here();
                Add(EventKind.DocumentEnd, end, end);
                Add(EventKind.StreamEnd, end, end);
            }

            /// <summary>A block mapping whose first key is at the current position, in column <paramref name="column"/>.</summary>
            private void ScanBlockMapping(int column)
            {
                Enter();
                var start = Here();
                Add(EventKind.BlockMappingStart, start, start);
                do
                {
                    var key = ScanScalar(pos);
                    Require(key.FollowedByColon && key.End - key.Start <= MaxKeyLength);
                    AddScalar(key);
                    pos = key.End + 1;
                    ScanBlockValue(column);
                    Require(atEnd || Indent <= column);
                }
                while (!atEnd && Indent == column);

                var end = EndOf(column);
                Add(EventKind.MappingEnd, end, end);
                depth--;
            }

            /// <summary>The value after a key's colon, in a mapping at <paramref name="column"/>; ends on the next content line.</summary>
            private void ScanBlockValue(int column)
            {
                var afterColon = Here();
                var spaces = SkipSpaces();
                if (IsEol(pos) || (text[pos] == '#' && spaces > 0))
                {
                    SkipComment();
                    NextContent();
                    if (!atEnd && Indent > column)
                    {
                        if (IsEntry(pos))
                        {
                            ScanBlockSequence(Indent, indentless: false);
                        }
                        else
                        {
                            ScanBlockMapping(Indent);
                        }
                    }
                    else if (!atEnd && Indent == column && IsEntry(pos))
                    {
                        // A list may start in its key's column: "key:\n- a".
                        ScanBlockSequence(column, indentless: true);
                    }
                    else
                    {
                        Slots.Add(new Slot(EventKind.Scalar, afterColon, afterColon, new Token(pos, pos, ScalarStyle.Plain, false, false)));
                    }

                    return;
                }

                ScanInlineValue();
                FinishLine();
                NextContent();

                // Deeper text after a value on its key's line continues that value, or is an error: YamlDotNet's to judge.
                Require(atEnd || Indent <= column);
            }

            /// <summary>A block list whose first '-' is at the current position, in column <paramref name="column"/>.</summary>
            private void ScanBlockSequence(int column, bool indentless)
            {
                Enter();
                var start = Here();
                Add(EventKind.BlockSequenceStart, start, indentless ? MarkAt(pos + 1) : start);
                while (true)
                {
                    pos++;
                    Require(SkipSpaces() > 0 && !IsEol(pos) && text[pos] != '#' && !IsEntry(pos));
                    if (text[pos] is not '[' and not '{' && ScanScalar(pos).FollowedByColon)
                    {
                        ScanBlockMapping(Indent);
                    }
                    else
                    {
                        ScanInlineValue();
                        FinishLine();
                        NextContent();
                    }

                    if (atEnd || Indent < column || (indentless && Indent == column && !IsEntry(pos)))
                    {
                        break;
                    }

                    Require(Indent == column && IsEntry(pos));
                }

                var end = EndOf(column);
                Add(EventKind.SequenceEnd, end, end);
                depth--;
            }

            /// <summary>A value that stands on its key's or '-''s line: a scalar, or a flow list or mapping.</summary>
            private void ScanInlineValue()
            {
                switch (text[pos])
                {
                    case '[':
                        ScanFlowSequence();
                        break;
                    case '{':
                        ScanFlowMapping();
                        break;
                    default:
                        var value = ScanScalar(pos);
                        Require(!value.FollowedByColon);
                        AddScalar(value);
                        pos = value.End;
                        break;
                }
            }

            private void ScanFlowSequence()
            {
                Enter();
                var start = Here();
                Add(EventKind.FlowSequenceStart, start, start);
                pos++;
                SkipFlowSpaces();
                if (text[pos] != ']')
                {
                    while (true)
                    {
                        ScanFlowNode(isKey: false);
                        SkipFlowSpaces();
                        if (text[pos] == ']')
                        {
                            break;
                        }

                        Require(text[pos] == ',');
                        pos++;
                        SkipFlowSpaces();
                        Require(text[pos] != ']');
                    }
                }

                var end = Here();
                Add(EventKind.SequenceEnd, end, end);
                pos++;
                depth--;
            }

            private void ScanFlowMapping()
            {
                Enter();
                var start = Here();
                Add(EventKind.FlowMappingStart, start, start);
                pos++;
                SkipFlowSpaces();
                if (text[pos] != '}')
                {
                    while (true)
                    {
                        ScanFlowNode(isKey: true);
                        Require(text[pos] == ':' && CharAt(pos + 1) == ' ');
                        pos++;
                        SkipFlowSpaces();
                        Require(text[pos] is not ',' and not '}');
                        ScanFlowNode(isKey: false);
                        SkipFlowSpaces();
                        if (text[pos] == '}')
                        {
                            break;
                        }

                        Require(text[pos] == ',');
                        pos++;
                        SkipFlowSpaces();
                        Require(text[pos] != '}');
                    }
                }

                var end = Here();
                Add(EventKind.MappingEnd, end, end);
                pos++;
                depth--;
            }

            /// <summary>An entry of a flow list or mapping; a key is left on its colon, anything else on what follows it.</summary>
            private void ScanFlowNode(bool isKey)
            {
                var c = text[pos];
                if (!isKey && c == '[')
                {
                    ScanFlowSequence();
                    return;
                }

                if (!isKey && c == '{')
                {
                    ScanFlowMapping();
                    return;
                }

                var token = c is '\'' or '"' ? ScanQuoted(pos) : ScanFlowPlain(pos);
                AddScalar(token);
                pos = token.End;

                // A key is followed by its colon at once; anything else by no colon at all (no "[a: b]" pairs).
                Require(isKey == (CharAt(pos) == ':'));
            }

            /// <summary>A plain scalar inside '[' or '{': it ends at a flow indicator or ": "; it may not contain ':' or " #".</summary>
            private Token ScanFlowPlain(int start)
            {
                Require(!IsIndicator(start));
                var end = start;
                var i = start;
                while (true)
                {
                    Require(!IsEol(i));
                    var c = text[i];
                    if (c is ',' or '[' or ']' or '{' or '}' or ':')
                    {
                        break;
                    }

                    Require(c != '#' || text[i - 1] != ' ');
                    if (c != ' ')
                    {
                        end = i + 1;
                    }

                    i++;
                }

                // A space before a key's colon, or ':' inside the text, are left to YamlDotNet.
                Require(end == i || text[i] != ':');
                Require(text[i] != ':' || CharAt(i + 1) == ' ');
                return new Token(start, end, ScalarStyle.Plain, false, text[i] == ':');
            }

            /// <summary>
            /// A scalar of one line in block context, plain or quoted, with whether a key's colon follows it (": " or ':'
            /// at the end of the line). A plain scalar ends there or at " #"; its trailing spaces are not part of it.
            /// </summary>
            private Token ScanScalar(int start)
            {
                var c = text[start];
                if (c is '\'' or '"')
                {
                    var quoted = ScanQuoted(start);
                    var colon = text.Length > quoted.End && text[quoted.End] == ':' && (IsEol(quoted.End + 1) || text[quoted.End + 1] == ' ');
                    return new Token(start, quoted.End, quoted.Style, quoted.Escaped, colon);
                }

                Require(!IsIndicator(start));
                var end = start;
                var i = start;
                var followedByColon = false;
                while (!IsEol(i))
                {
                    c = text[i];
                    if (c == ':' && (IsEol(i + 1) || text[i + 1] == ' '))
                    {
                        // "key : value" is left to YamlDotNet.
                        Require(end == i);
                        followedByColon = true;
                        break;
                    }

                    if (c == '#' && text[i - 1] == ' ')
                    {
                        break;
                    }

                    if (c != ' ')
                    {
                        end = i + 1;
                    }

                    i++;
                }

                return new Token(start, end, ScalarStyle.Plain, false, followedByColon);
            }

            /// <summary>A single- or double-quoted scalar closed on its own line.</summary>
            private Token ScanQuoted(int start)
            {
                var quote = text[start];
                var escaped = false;
                var i = start + 1;
                while (true)
                {
                    Require(!IsEol(i));
                    var c = text[i];
                    if (c == quote)
                    {
                        if (quote == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
                        {
                            escaped = true;
                            i += 2;
                            continue;
                        }

                        return new Token(start, i + 1, quote == '\'' ? ScalarStyle.SingleQuoted : ScalarStyle.DoubleQuoted, escaped, false);
                    }

                    if (c == '\\' && quote == '"')
                    {
                        escaped = true;
                        i += 1 + EscapeLength(i + 1);
                        continue;
                    }

                    i++;
                }
            }

            /// <summary>The length of the escape after a backslash at <paramref name="at"/>, if it is one the subset takes.</summary>
            private int EscapeLength(int at)
            {
                Require(!IsEol(at));
                switch (text[at])
                {
                    case '0' or 'a' or 'b' or 't' or 'n' or 'v' or 'f' or 'r' or 'e' or ' ' or '"' or '/' or '\\':
                        return 1;
                    case 'x':
                        Require(CodePoint(text, at + 1, 2) >= 0);
                        return 3;
                    case 'u':
                        Require(CodePoint(text, at + 1, 4) >= 0);
                        return 5;
                    case 'U':
                        Require(CodePoint(text, at + 1, 8) >= 0);
                        return 9;
                    default:
                        throw new OutsideSubset();
                }
            }

            private void AddScalar(Token token) =>
                Slots.Add(new Slot(EventKind.Scalar, MarkAt(token.Start), MarkAt(token.End), token));

            private void Add(EventKind kind, Position start, Position end) =>
                Slots.Add(new Slot(kind, start, end, default));

            /// <summary>
            /// A character that starts something other than a plain scalar (or that YAML reserves), where one would start:
            /// '-' only when a space, a flow indicator or the line's end follows ("-5" is plain). A plain scalar may start
            /// with '?' or ':' too, but YamlDotNet reads ":x" at the start of a line as a key's colon: left to it.
            /// </summary>
            private bool IsIndicator(int at)
            {
                switch (text[at])
                {
                    case '-':
                        return IsEol(at + 1) || text[at + 1] is ' ' or ',' or '[' or ']' or '{' or '}';
                    case '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`':
                        return true;
                    default:
                        return false;
                }
            }

            /// <summary>"- " or a lone '-' at <paramref name="at"/>: an entry of a block list.</summary>
            private bool IsEntry(int at) => text[at] == '-' && (IsEol(at + 1) || text[at + 1] == ' ');

            /// <summary>After a value: nothing but spaces and a comment may follow on its line.</summary>
            private void FinishLine()
            {
                var spaces = SkipSpaces();
                if (IsEol(pos))
                {
                    return;
                }

                Require(text[pos] == '#' && spaces > 0);
                SkipComment();
            }

            /// <summary>From the end of a line to the first character of the next content line, or to <see cref="atEnd"/>.</summary>
            private void NextContent()
            {
                if (pos < text.Length)
                {
                    pos += text[pos] == '\r' ? 2 : 1;
                    line++;
                    lineStart = pos;
                }

                SkipToContent(allowDocumentStart: false);
            }

            /// <summary>Skips blank and comment lines from the start of a line.</summary>
            private void SkipToContent(bool allowDocumentStart)
            {
                while (true)
                {
                    SkipSpaces();
                    if (pos == text.Length)
                    {
                        atEnd = true;
                        return;
                    }

                    if (text[pos] == '#')
                    {
                        SkipComment();
                    }

                    if (!IsEol(pos))
                    {
                        // "---" and "..." start and end documents; a second document is YamlDotNet's to report.
                        Require(Indent > 0 || (!At(pos, "...") && (allowDocumentStart || !At(pos, "---"))));
                        return;
                    }

                    if (pos == text.Length)
                    {
                        atEnd = true;
                        return;
                    }

                    pos += text[pos] == '\r' ? 2 : 1;
                    line++;
                    lineStart = pos;
                }
            }

            private void SkipComment()
            {
                while (!IsEol(pos))
                {
                    pos++;
                }
            }

            private int SkipSpaces()
            {
                var from = pos;
                while (pos < text.Length && text[pos] == ' ')
                {
                    pos++;
                }

                return pos - from;
            }

            /// <summary>Spaces inside '[' or '{': the collection must close on its own line.</summary>
            private void SkipFlowSpaces()
            {
                SkipSpaces();
                Require(!IsEol(pos) && text[pos] != '#');
            }

            /// <summary>"---" or "..." followed by a space or the line's end.</summary>
            private bool At(int at, string marker) =>
                string.CompareOrdinal(text, at, marker, 0, 3) == 0 && (IsEol(at + 3) || text[at + 3] == ' ');

            private char CharAt(int at) => at < text.Length ? text[at] : '\0';

            private bool IsEol(int at) => at >= text.Length || text[at] is '\n' or '\r';

            private void Enter() => Require(++depth <= ReadLimits.MaxDepth);

            /// <summary>The mark of the current position; past the last content line, YamlDotNet's end of the stream.</summary>
            private Position Here()
            {
                if (!atEnd)
                {
                    return MarkAt(pos);
                }

                // YamlDotNet ends a text without a final line break on the line after its last.
                return new Position(text.Length - shift, EndsWithBreak ? line : line + 1, 1);
            }

            /// <summary>Where the list or mapping whose entries are in <paramref name="column"/> ends: at the next content.</summary>
            /// <remarks>
            /// At the end of a text without a final line break, YamlDotNet closes first the collections deeper than its
            /// last line is long, where that line ends; the others where the stream ends.
            /// </remarks>
            private Position EndOf(int column)
            {
                var lastLine = text.Length - lineStart;
                return atEnd && !EndsWithBreak && column > lastLine ? MarkAt(text.Length) : Here();
            }

            private bool EndsWithBreak => text.Length > shift && text[text.Length - 1] == '\n';

            /// <summary>The mark of a position on the current line.</summary>
            private Position MarkAt(int at) => new(at - shift, line, at - lineStart + 1);

            private static void Require(bool inSubset)
            {
                if (!inSubset)
                {
                    throw new OutsideSubset();
                }
            }
        }

        /// <summary>A scalar's extent: from its first character (or quote) to after its last (or closing quote).</summary>
        private readonly struct Token
        {
            public Token(int start, int end, ScalarStyle style, bool escaped, bool followedByColon)
            {
                Start = start;
                End = end;
                Style = style;
                Escaped = escaped;
                FollowedByColon = followedByColon;
            }

            public int Start { get; }

            public int End { get; }

            public ScalarStyle Style { get; }

            /// <summary>The value differs from the text between the quotes.</summary>
            public bool Escaped { get; }

            public bool FollowedByColon { get; }
        }

        /// <summary>
        /// The events of a file in blocks of 1,024 (20 KB, well under the large object heap's 85 KB): a 5 MB file's events in one
        /// array would land there, where allocating is dearer and each run's array adds to what starts a full collection.
        /// A file's blocks, once its events are read, go to the next file the thread scans (up to <see cref="KeptBlocks"/>):
        /// a corpus of files of a few thousand events each then allocates its blocks once, not once a file.
        /// </summary>
        private sealed class SlotList
        {
            private const int BlockShift = 10;
            private const int BlockSize = 1 << BlockShift;

            /// <summary>The most blocks kept for the thread's next file: 320 KB, a file of about 16,000 events.</summary>
            private const int KeptBlocks = 16;

            [ThreadStatic]
            private static Stack<Slot[]>? spare;

            private readonly List<Slot[]> blocks = new();

            public int Count { get; private set; }

            public Slot this[int index] => blocks[index >> BlockShift][index & (BlockSize - 1)];

            public void Add(Slot slot)
            {
                if ((Count & (BlockSize - 1)) == 0)
                {
                    blocks.Add(spare is { Count: > 0 } kept ? kept.Pop() : new Slot[BlockSize]);
                }

                blocks[Count >> BlockShift][Count & (BlockSize - 1)] = slot;
                Count++;
            }

            /// <summary>Empties the list and keeps its blocks for the thread's next file; the list is not used again.</summary>
            public void Release()
            {
                spare ??= new Stack<Slot[]>(KeptBlocks);
                for (var i = 0; i < blocks.Count && spare.Count < KeptBlocks; i++)
                {
                    spare.Push(blocks[i]);
                }

                blocks.Clear();
                Count = 0;
            }
        }

        /// <summary>A place in the text as YamlDotNet marks it (offset past a byte-order mark, 1-based line and column), without an object.</summary>
        private readonly struct Position
        {
            public Position(int index, int line, int column)
            {
                Index = index;
                Line = line;
                Column = column;
            }

            public int Index { get; }

            public int Line { get; }

            public int Column { get; }
        }

        /// <summary>
        /// One event as plain values, 20 bytes: a scalar's text is cut from the file (and unescaped) only when it is read.
        /// Start and end are on one line (the subset has no multi-line node); a scalar's marks are its extent.
        /// </summary>
        private readonly struct Slot
        {
            private const int EscapedFlag = 0x200;
            private readonly int flags;

            public Slot(EventKind kind, Position start, Position end, Token token)
            {
                flags = (int)kind | ((int)token.Style << 4) | (token.Escaped ? EscapedFlag : 0);
                StartIndex = start.Index;
                Line = start.Line;
                StartColumn = start.Column;
                EndIndex = end.Index;
            }

            public EventKind Kind => (EventKind)(flags & 0xF);

            public ScalarStyle Style => (ScalarStyle)((flags >> 4) & 0xF);

            public bool Escaped => (flags & EscapedFlag) != 0;

            public int StartIndex { get; }

            public int Line { get; }

            public int StartColumn { get; }

            public int EndIndex { get; }

            public int EndColumn => StartColumn + EndIndex - StartIndex;
        }
    }
}
