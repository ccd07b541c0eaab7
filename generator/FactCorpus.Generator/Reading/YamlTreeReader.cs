using System;
using System.Collections.Generic;
using FactCorpus.Generator.Diagnostics;
using FactCorpus.Generator.Model;
using YamlDotNet.Core;

namespace FactCorpus.Generator.Reading
{
    /// <summary>
    /// YAML text → a tree of positioned nodes, straight from the parser's events (<see cref="IYamlEvents"/>). Every exception the
    /// parser can throw becomes one FC0001 (worded by <see cref="YamlSyntaxError"/>), so a syntax error never
    /// escapes into the compiler; and the tree built up to the error is kept, so what a file declares before its
    /// first syntax error still counts. Given an <see cref="IItemSink"/>, the entries of the top-level lists it
    /// asks for are handed to it one by one as they are read and not kept, so a file's tree never lives whole.
    /// </summary>
    internal sealed class YamlTreeReader
    {
        private readonly LineMap lines;
        private readonly IYamlEvents parser;

        /// <summary>1 when the text starts with a byte-order mark, which is not given to the parser: positions shift by it.</summary>
        private readonly int shift;
        private readonly string text;
        private readonly Workspace work = Workspace.Take();
        private readonly Dictionary<string, YamlNode> anchors;

        /// <summary>The nodes of the items handed to <see cref="sink"/>, made again for the next items.</summary>
        private readonly NodePool pool;

        /// <summary>The mappings and lists being read, outermost first: on a syntax error they are closed where it is.</summary>
        private readonly List<OpenNode> open;

        /// <summary>Closed nodes, opened again for the next mapping or list: one a level, where one a node was garbage.</summary>
        private readonly Stack<OpenNode> closed;

        /// <summary>A node read whole whose parent has not taken it yet: the parser may break on the event after it.</summary>
        private YamlNode? finished;
        private YamlNode? root;

        private readonly IItemSink? sink;

        /// <summary>
        /// The last entry read of a list handed to <see cref="sink"/>, held back until the reading goes past its list:
        /// should the YAML break before that, it is the entry the break cut short (see <see cref="IItemSink.Item"/>).
        /// </summary>
        private (string Key, int Index, YamlNode Node, bool Shared)? pending;

        /// <summary>The list <see cref="pending"/> belongs to: what a break left of it in the tree is the entry the break fell inside.</summary>
        private OpenNode? streamedList;

        /// <summary>True while <see cref="sink"/> runs: its exceptions are its own, not syntax errors.</summary>
        private bool inSink;

        private int nodes;
        private int aliases;

        /// <summary>Where the last event read starts and ends (YamlDotNet's offsets): where a parser error without a position is.</summary>
        private long lastStart;
        private long lastEnd;

        private YamlTreeReader(string path, string text, IItemSink? sink)
        {
            this.text = text;
            this.sink = sink;
            lines = new LineMap(text, path);
            (anchors, pool, open, closed) = (work.Anchors, work.Pool, work.Open, work.Closed);
            shift = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            parser = (IYamlEvents?)FastYamlParser.TryScan(text, shift) ?? new YamlDotNetEvents(text, shift);
        }

        /// <summary>
        /// Reads the single document of <paramref name="text"/>: null when the file holds no document. When the YAML
        /// breaks off (a syntax error or a limit), the part read before the break, with <paramref name="readToEnd"/> false.
        /// </summary>
        public static YamlNode? Read(string path, string text, List<DiagnosticInfo> diagnostics, out bool readToEnd, IItemSink? sink = null)
        {
            if (text.Length > ReadLimits.MaxFileLength)
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.LimitExceeded, LocationInfo.StartOf(path),
                    $"the file has {text.Length} characters, more than the {ReadLimits.MaxFileLength} a *.facts.yaml file may have; split it"));
                readToEnd = false;
                return null;
            }

            var reader = new YamlTreeReader(path, text, sink);
            var broken = reader.ReadDocument();
            readToEnd = broken is null;
            if (broken is not null)
            {
                diagnostics.Add(broken);
            }

            reader.Flush(cut: !readToEnd && reader.streamedList is { Count: 0 });
            reader.work.GiveBack();
            return reader.root;
        }

        /// <summary>Reads the document into <see cref="root"/>; the error that ended the reading early, if any.</summary>
        private DiagnosticInfo? ReadDocument()
        {
            try
            {
                Expect(YamlEventKind.StreamStart);
                if (Next() == YamlEventKind.StreamEnd)
                {
                    return null;
                }

                Expect(YamlEventKind.DocumentStart, current: true);
                Next();
                root = ReadNode(depth: 0);
                Expect(YamlEventKind.DocumentEnd, current: true);
                if (Next() != YamlEventKind.StreamEnd)
                {
                    // Nothing is generated from a file with two documents: which one was meant is anyone's guess.
                    root = null;
                    return DiagnosticInfo.Create(Descriptors.MultipleDocuments, Here(lastStart + shift, lastEnd + shift));
                }

                return null;
            }
            catch (LimitException e) when (!inSink)
            {
                CloseOpenNodes();
                return DiagnosticInfo.Create(Descriptors.LimitExceeded, Here(e.Start + shift, e.Start + shift), e.Message);
            }
            catch (Exception e) when (!inSink && e is YamlException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
            {
                // InvalidOperationException: YamlDotNet's scanner throws it, without a position, when a '[' or '{' is never closed.
                var innermostFlow = open.FindLast(o => o.IsFlow);
                var yamlDotNet = parser as YamlDotNetEvents;
                var error = new YamlSyntaxError(text, lines, shift).Describe(e, lastStart, innermostFlow?.Start, yamlDotNet?.LastScalar, yamlDotNet?.QuotedOverLines ?? Array.Empty<YamlDotNet.Core.Events.Scalar>());
                CloseOpenNodes();
                return DiagnosticInfo.Create(Descriptors.InvalidYaml, Here(error.Start, error.End), error.Message);
            }
        }

        /// <summary>
        /// Builds <see cref="root"/> from what was read before a break: each open mapping and list is closed there
        /// (a key still waiting for its value gets none), innermost first.
        /// </summary>
        private void CloseOpenNodes()
        {
            var child = finished;
            for (var i = open.Count - 1; i >= 0; i--)
            {
                child = open[i].Close(child);
            }

            root ??= child;
        }

        /// <summary>Reads the node at the current event and leaves the parser on the event after it.</summary>
        /// <param name="streamed">For a top-level list whose entries go to <see cref="sink"/>, its key.</param>
        private YamlNode ReadNode(int depth, string? streamed = null)
        {
            Count(depth);

            // Read before the node's own events move the parser on.
            var anchor = parser.Anchor;
            YamlNode node;
            switch (parser.Kind)
            {
                case YamlEventKind.Scalar:
                    node = Finish(pool.Scalar(ScalarValue(), parser.IsPlain, Span(parser.StartIndex, parser.EndIndex)));
                    break;
                case YamlEventKind.AnchorAlias:
                    if (++aliases > ReadLimits.MaxAliases)
                    {
                        throw new LimitException(parser.StartIndex, $"the file uses more than {ReadLimits.MaxAliases} aliases");
                    }

                    if (!anchors.TryGetValue(parser.Value, out node!))
                    {
                        throw new YamlSyntaxError.WordedException(parser.Start, parser.End, $"the alias '*{parser.Value}' names no anchor defined before it");
                    }

                    return Finish(node);
                case YamlEventKind.SequenceStart:
                    node = ReadSequence(depth, streamed);
                    break;
                case YamlEventKind.MappingStart:
                    node = ReadMapping(depth);
                    break;
                default:
                    throw Unexpected($"unexpected {parser.Kind}");
            }

            if (anchor is not null)
            {
                anchors[anchor] = node;
            }

            return node;
        }

        /// <summary>Counts the node at the current event against the limits of <see cref="ReadLimits"/>.</summary>
        private void Count(int depth)
        {
            if (depth > ReadLimits.MaxDepth)
            {
                throw new LimitException(parser.StartIndex, $"the YAML nests deeper than {ReadLimits.MaxDepth} levels");
            }

            if (++nodes > ReadLimits.MaxNodes)
            {
                throw new LimitException(parser.StartIndex, $"the file has more than {ReadLimits.MaxNodes} YAML nodes; split it");
            }
        }

        private string ScalarValue()
        {
            var value = parser.Value;
            return value.Length <= ReadLimits.MaxScalarLength
                ? value
                : throw new LimitException(parser.StartIndex, $"this text has {value.Length} characters, more than the {ReadLimits.MaxScalarLength} one value may have");
        }

        /// <param name="streamed">The top-level key whose list this is, when its entries go to <see cref="sink"/>; else null.</param>
        private YamlNode ReadSequence(int depth, string? streamed)
        {
            var node = Open(isSequence: true);
            var index = 0;
            streamedList = streamed is null ? streamedList : node;
            while (parser.Kind != YamlEventKind.SequenceEnd)
            {
                if (streamed is null)
                {
                    node.Add(ReadNode(depth + 1));
                    continue;
                }

                var shared = parser.Kind == YamlEventKind.AnchorAlias || parser.Anchor is not null;
                var item = ReadNode(depth + 1);
                // This entry was read whole, so a break can no longer cut the one before it.
                Flush(cut: false);
                pending = (streamed, index++, item, shared);
            }

            return Close(node);
        }

        private YamlNode ReadMapping(int depth)
        {
            var node = Open(isSequence: false);
            while (parser.Kind != YamlEventKind.MappingEnd)
            {
                var key = ReadKey(depth + 1);
                node.PendingKey = key;
                var value = depth == 0 && sink is not null ? ReadTopLevelValue(key.Key, depth) : ReadNode(depth + 1);
                node.Add(new YamlEntry(key.Key, key.Span, value));
                node.PendingKey = null;
            }

            return Close(node);
        }

        /// <summary>
        /// A mapping's key, as its text and place: no node is made for it, unless it defines an anchor, which an alias
        /// could name as a value. As a node it would be dropped if the parser broke on the event after it.
        /// </summary>
        private (string Key, NodeSpan Span) ReadKey(int depth)
        {
            if (parser.Kind != YamlEventKind.Scalar || parser.Anchor is not null)
            {
                var node = ReadNode(depth);
                return node is YamlScalar scalar
                    ? (scalar.Value, scalar.Span)
                    : throw new YamlSyntaxError.WordedException(ToMark(node.Location), ToMark(node.Location), "a mapping key must be a plain name, not a list or mapping");
            }

            Count(depth);
            var key = (ScalarValue(), Span(parser.StartIndex, parser.EndIndex));
            Next();
            return key;
        }

        /// <summary>
        /// The value of a top-level key: a list the sink asks for (not one with an anchor, which an alias could
        /// name again) is read entry by entry into the sink, and stays in the tree empty.
        /// </summary>
        private YamlNode ReadTopLevelValue(string key, int depth)
        {
            // A new key ends the list before it, and with it the last entry that a break could have cut short.
            Flush(cut: false);
            var isList = parser.Kind == YamlEventKind.SequenceStart && parser.Anchor is null;
            inSink = true;
            var streams = sink!.Streams(key, isList);
            inSink = false;
            return ReadNode(depth + 1, streams ? key : null);
        }

        /// <summary>Hands the held-back entry to the sink, as cut short by a break or not.</summary>
        private void Flush(bool cut)
        {
            if (pending is { } entry)
            {
                pending = null;
                inSink = true;
                sink!.Item(entry.Key, entry.Index, entry.Node, cut, entry.Shared);
                inSink = false;

                // Read into specs and dropped, unless the sink keeps it (shared or cut short) or an alias could name a node of it.
                if (!cut && !entry.Shared && anchors.Count == 0)
                {
                    pool.Recycle(entry.Node);
                }
            }
        }

        private OpenNode Open(bool isSequence)
        {
            var node = closed.Count > 0 ? closed.Pop() : new OpenNode(work.ItemStack, work.EntryStack, pool);
            node.Reopen(parser.StartIndex, Span(parser.StartIndex, parser.EndIndex), isSequence, parser.IsFlow);
            open.Add(node);
            Next();
            return node;
        }

        private YamlNode Close(OpenNode node)
        {
            open.RemoveAt(open.Count - 1);
            var closedNode = node.Close(null);

            // The streamed list is asked its count after the reading: it is not opened again.
            if (node != streamedList)
            {
                closed.Push(node);
            }

            return Finish(closedNode);
        }

        /// <summary>Moves past the last event of <paramref name="node"/>, keeping the node for the tree if that move breaks.</summary>
        private YamlNode Finish(YamlNode node)
        {
            finished = node;
            Next();
            finished = null;
            return node;
        }

        private YamlEventKind Next()
        {
            if (!parser.MoveNext())
            {
                return YamlEventKind.None;
            }

            lastStart = parser.StartIndex;
            lastEnd = parser.EndIndex;
            return parser.Kind;
        }

        private void Expect(YamlEventKind kind, bool current = false)
        {
            var found = current ? parser.Kind : Next();
            if (found != kind)
            {
                throw Unexpected($"expected {kind}, found {(found == YamlEventKind.None ? "the end of the file" : found.ToString())}");
            }
        }

        /// <summary>An event the reader did not expect, at that event (none past the end).</summary>
        private YamlException Unexpected(string message) =>
            parser.Kind == YamlEventKind.None ? new YamlException(Mark.Empty, Mark.Empty, message) : new YamlException(parser.Start, parser.End, message);

        /// <summary>
        /// A location from character offsets. Lines and columns are recomputed from the text because YamlDotNet
        /// moves its end-of-stream mark onto a line that does not exist when the file has no final line break.
        /// </summary>
        private LocationInfo Here(long start, long end) => lines.Locate(lines.Clamp(start), lines.Clamp(end));

        /// <summary>A node's span, located only if a message or a spec needs it.</summary>
        private NodeSpan Span(long start, long end) => new(lines, lines.Clamp(start + shift), lines.Clamp(end + shift));

        private Mark ToMark(LocationInfo location) =>
            new(location.StartOffset - shift, location.StartLine + 1, location.StartColumn + 1);

        /// <summary>
        /// What a reader uses while it reads and not after: the node pool, the open nodes and their entries, the
        /// anchors. Kept for the thread's next file, as a file of a few items barely reused its own, and making them
        /// was most of what reading a small file allocated. Taken by one reader at a time; not kept after a read that
        /// threw, nor once an item left more nodes in the pool than items usually hold.
        /// </summary>
        private sealed class Workspace
        {
            private const int MaxNodesKept = 4096;

            [ThreadStatic]
            private static Workspace? spare;

            public NodePool Pool { get; } = new();

            public List<OpenNode> Open { get; } = new();

            public Stack<OpenNode> Closed { get; } = new();

            /// <summary>The entries of the open lists and mappings, innermost last (see <see cref="OpenNode"/>).</summary>
            public List<YamlNode> ItemStack { get; } = new();

            public List<YamlEntry> EntryStack { get; } = new();

            public Dictionary<string, YamlNode> Anchors { get; } = new(StringComparer.Ordinal);

            public static Workspace Take()
            {
                var work = spare ?? new Workspace();
                spare = null;
                return work;
            }

            /// <summary>Empties what holds this file's nodes and keeps the rest for the thread's next reader.</summary>
            public void GiveBack()
            {
                Open.Clear();
                ItemStack.Clear();
                EntryStack.Clear();
                Anchors.Clear();
                if (Pool.Held <= MaxNodesKept)
                {
                    spare = this;
                }
            }
        }

        /// <summary>A mapping (<see cref="Entries"/>) or list (<see cref="Items"/>) whose end has not been read yet.</summary>
        /// <remarks>
        /// Its entries wait on the reader's stacks, above those of the nodes it is inside, and are copied into an array
        /// of their number when it closes: no list is made and grown for each node. Once closed, it can be opened
        /// again for another node (<see cref="Reopen"/>).
        /// </remarks>
        private sealed class OpenNode
        {
            private readonly List<YamlNode> items;
            private readonly List<YamlEntry> entries;
            private readonly NodePool pool;
            private int from;
            private int closedCount;

            public OpenNode(List<YamlNode> items, List<YamlEntry> entries, NodePool pool)
            {
                this.items = items;
                this.entries = entries;
                this.pool = pool;
            }

            /// <summary>Opens this node for a mapping or list starting at <paramref name="start"/>, its entries those read from now on.</summary>
            public void Reopen(long start, NodeSpan location, bool isSequence, bool isFlow)
            {
                Start = start;
                Location = location;
                IsSequence = isSequence;
                IsFlow = isFlow;
                PendingKey = null;
                closedCount = -1;
                from = isSequence ? items.Count : entries.Count;
            }

            public bool IsSequence { get; private set; }

            /// <summary>Where the node starts (YamlDotNet's offset).</summary>
            public long Start { get; private set; }

            public NodeSpan Location { get; private set; }

            /// <summary>Written with '[' or '{' (flow style), which must be closed on purpose.</summary>
            public bool IsFlow { get; private set; }

            /// <summary>The entries read so far, or once closed, all it had.</summary>
            public int Count => closedCount >= 0 ? closedCount : (IsSequence ? items.Count : entries.Count) - from;

            public void Add(YamlNode item) => items.Add(item);

            public void Add(YamlEntry entry) => entries.Add(entry);

            /// <summary>A mapping's key whose value is being read.</summary>
            public (string Key, NodeSpan Span)? PendingKey { get; set; }

            /// <summary>The node read so far, with <paramref name="cut"/> (a node broken off inside it) as its last part.</summary>
            public YamlNode Close(YamlNode? cut)
            {
                if (IsSequence)
                {
                    if (cut is not null)
                    {
                        Add(cut);
                    }

                    return pool.Sequence(Take(items, pool.Items(items.Count - from)), Location);
                }

                if (PendingKey is { } key)
                {
                    // The value that was being read when the YAML broke off: nothing, where its key is.
                    Add(new YamlEntry(key.Key, key.Span, cut ?? new YamlScalar("", isPlain: true, key.Span)));
                }

                return pool.Mapping(Take(entries, pool.Entries(entries.Count - from)), Location, IsFlow);
            }

            /// <summary>This node's entries, taken off the top of the stack into <paramref name="taken"/>, an array of their number.</summary>
            private T[] Take<T>(List<T> stack, T[] taken)
            {
                closedCount = taken.Length;
                stack.CopyTo(from, taken, 0, closedCount);
                stack.RemoveRange(from, closedCount);
                return taken;
            }
        }

        /// <summary>A bound of <see cref="ReadLimits"/> was crossed at <see cref="Start"/>.</summary>
        private sealed class LimitException : Exception
        {
            public LimitException(long start, string message)
                : base(message) => Start = start;

            /// <summary>YamlDotNet's offset.</summary>
            public long Start { get; }
        }
    }
}
