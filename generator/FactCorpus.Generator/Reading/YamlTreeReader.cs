using System;
using System.Collections.Generic;
using System.IO;
using FactCorpus.Generator.Diagnostics;
using FactCorpus.Generator.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FactCorpus.Generator.Reading
{
    /// <summary>
    /// YAML text → a tree of positioned nodes, straight from YamlDotNet's parser events. Every exception the
    /// parser can throw becomes FC0001 at the best position known (the last event read when the exception
    /// carries none), so a syntax error never escapes into the compiler.
    /// </summary>
    internal sealed class YamlTreeReader
    {
        private readonly string path;
        private readonly LineMap lines;
        private readonly IParser parser;

        /// <summary>1 when the text starts with a byte-order mark, which is not given to the parser: positions shift by it.</summary>
        private readonly int shift;
        private readonly Dictionary<string, YamlNode> anchors = new(StringComparer.Ordinal);
        private int nodes;
        private int aliases;
        private Mark lastStart = Mark.Empty;
        private Mark lastEnd = Mark.Empty;

        private YamlTreeReader(string path, string text)
        {
            this.path = path;
            lines = new LineMap(text);
            shift = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            parser = new Parser(new StringReader(text.Substring(shift)));
        }

        /// <summary>Reads the single document of <paramref name="text"/>; null when the file holds no document or is not valid YAML.</summary>
        public static YamlNode? Read(string path, string text, List<DiagnosticInfo> diagnostics)
        {
            if (text.Length > ReadLimits.MaxFileLength)
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.LimitExceeded, LocationInfo.StartOf(path),
                    $"the file has {text.Length} characters, more than the {ReadLimits.MaxFileLength} a *.facts.yaml file may have; split it"));
                return null;
            }

            return new YamlTreeReader(path, text).ReadDocument(diagnostics);
        }

        private YamlNode? ReadDocument(List<DiagnosticInfo> diagnostics)
        {
            try
            {
                Expect<StreamStart>();
                if (Next() is StreamEnd)
                {
                    return null;
                }

                Expect<DocumentStart>(current: true);
                Next();
                var root = ReadNode(depth: 0);
                Expect<DocumentEnd>(current: true);
                if (Next() is not StreamEnd)
                {
                    diagnostics.Add(DiagnosticInfo.Create(Descriptors.MultipleDocuments, Here(lastStart, lastEnd)));
                    return null;
                }

                return root;
            }
            catch (LimitException e)
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.LimitExceeded, Here(e.Start, e.Start), e.Message));
                return null;
            }
            catch (YamlException e)
            {
                var known = e.Start.Line > 0 && !(e.Start.Line == 1 && e.Start.Column == 1 && lastStart.Index > 0);
                diagnostics.Add(DiagnosticInfo.Create(
                    Descriptors.InvalidYaml, known ? Here(e.Start, e.End) : Here(lastStart, lastEnd), WithoutPosition(e.Message)));
                return null;
            }
            catch (InvalidOperationException)
            {
                // YamlDotNet's scanner throws this, without a position, when a flow collection is never closed.
                diagnostics.Add(DiagnosticInfo.Create(
                    Descriptors.InvalidYaml, Here(lastStart, lastEnd), "a '[' or '{' opened here is not closed before the YAML around it ends"));
                return null;
            }
            catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.InvalidYaml, Here(lastStart, lastEnd), e.Message));
                return null;
            }
        }

        /// <summary>Reads the node at the current event and leaves the parser on the event after it.</summary>
        private YamlNode ReadNode(int depth)
        {
            var start = parser.Current!;
            if (depth > ReadLimits.MaxDepth)
            {
                throw new LimitException(start.Start, $"the YAML nests deeper than {ReadLimits.MaxDepth} levels");
            }

            if (++nodes > ReadLimits.MaxNodes)
            {
                throw new LimitException(start.Start, $"the file has more than {ReadLimits.MaxNodes} YAML nodes; split it");
            }

            YamlNode node;
            switch (start)
            {
                case Scalar { Value.Length: > ReadLimits.MaxScalarLength } scalar:
                    throw new LimitException(scalar.Start, $"this text has {scalar.Value.Length} characters, more than the {ReadLimits.MaxScalarLength} one value may have");
                case Scalar scalar:
                    node = new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, Here(scalar.Start, scalar.End));
                    Next();
                    break;
                case AnchorAlias alias:
                    if (++aliases > ReadLimits.MaxAliases)
                    {
                        throw new LimitException(alias.Start, $"the file uses more than {ReadLimits.MaxAliases} aliases");
                    }

                    if (!anchors.TryGetValue(alias.Value.Value, out node!))
                    {
                        throw new YamlException(alias.Start, alias.End, $"the alias '*{alias.Value.Value}' names no anchor defined before it");
                    }

                    Next();
                    return node;
                case SequenceStart:
                    node = ReadSequence(depth);
                    break;
                case MappingStart:
                    node = ReadMapping(depth);
                    break;
                default:
                    throw new YamlException(start.Start, start.End, $"unexpected {start.GetType().Name}");
            }

            if (start is NodeEvent { Anchor.IsEmpty: false } anchored)
            {
                anchors[anchored.Anchor.Value] = node;
            }

            return node;
        }

        private YamlSequence ReadSequence(int depth)
        {
            var location = Here(parser.Current!.Start, parser.Current.End);
            var items = new List<YamlNode>();
            Next();
            while (parser.Current is not SequenceEnd)
            {
                items.Add(ReadNode(depth + 1));
            }

            Next();
            return new YamlSequence(items, location);
        }

        private YamlMapping ReadMapping(int depth)
        {
            var location = Here(parser.Current!.Start, parser.Current.End);
            var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
            Next();
            while (parser.Current is not MappingEnd)
            {
                var key = ReadNode(depth + 1);
                if (key is not YamlScalar scalarKey)
                {
                    throw new YamlException(ToMark(key.Location), ToMark(key.Location), "a mapping key must be a plain name, not a list or mapping");
                }

                entries.Add(new KeyValuePair<YamlScalar, YamlNode>(scalarKey, ReadNode(depth + 1)));
            }

            Next();
            return new YamlMapping(entries, location);
        }

        private ParsingEvent? Next()
        {
            if (!parser.MoveNext())
            {
                return null;
            }

            lastStart = parser.Current!.Start;
            lastEnd = parser.Current.End;
            return parser.Current;
        }

        private void Expect<T>(bool current = false)
            where T : ParsingEvent
        {
            var e = current ? parser.Current : Next();
            if (e is not T)
            {
                throw new YamlException(lastStart, lastEnd, $"expected {typeof(T).Name}, found {e?.GetType().Name ?? "the end of the file"}");
            }
        }

        /// <summary>
        /// A location from the marks' character offsets. Lines and columns are recomputed from the text because
        /// YamlDotNet moves its end-of-stream mark onto a line that does not exist when the file has no final line break.
        /// </summary>
        private LocationInfo Here(Mark start, Mark end)
        {
            var startOffset = lines.Clamp(start.Index + shift);
            var endOffset = Math.Max(startOffset, lines.Clamp(end.Index + shift));
            var (startLine, startColumn) = lines.Position(startOffset);
            var (endLine, endColumn) = lines.Position(endOffset);
            return new LocationInfo(path, startOffset, endOffset, startLine, startColumn, endLine, endColumn);
        }

        private Mark ToMark(LocationInfo location) =>
            new(location.StartOffset - shift, location.StartLine + 1, location.StartColumn + 1);

        /// <summary>A bound of <see cref="ReadLimits"/> was crossed at <see cref="Start"/>.</summary>
        private sealed class LimitException : Exception
        {
            public LimitException(Mark start, string message)
                : base(message) => Start = start;

            public Mark Start { get; }
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
    }
}
