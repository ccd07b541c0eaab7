using System;
using System.Collections.Generic;
using FactCorpus.Generator.Model;

namespace FactCorpus.Generator.Reading
{
    /// <summary>Character offsets → 0-based line and column, with line breaks counted as Roslyn counts them (\r\n, \n, \r).</summary>
    internal sealed class LineMap
    {
        private readonly List<int> lineStarts = new() { 0 };
        private readonly int length;
        private readonly string path;

        /// <summary>
        /// The line of the last position asked for: a reader asks in file order, mostly on that line or the next. Only
        /// where the search starts, right from any line, so threads that share a map (an article's) need no lock.
        /// </summary>
        private int lastLine;

        /// <param name="path">The file's path, for the locations this map makes (<see cref="Locate"/>).</param>
        public LineMap(string text, string path = "")
        {
            this.path = path;
            length = text.Length;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
                {
                    lineStarts.Add(i + 1);
                }
            }
        }

        /// <summary>The offset where a 0-based line starts; the end of the text past the last line.</summary>
        public int Start(int line) => line < lineStarts.Count ? lineStarts[line] : length;

        public int Clamp(long offset) => (int)Math.Min(Math.Max(offset, 0), length);

        /// <summary>
        /// A location from character offsets within the text. Lines and columns are computed from the text because
        /// YamlDotNet moves its end-of-stream mark onto a line that does not exist when the file has no final line break.
        /// </summary>
        public LocationInfo Locate(int startOffset, int end)
        {
            var endOffset = Math.Max(startOffset, end);
            var (startLine, startColumn) = Position(startOffset);
            var (endLine, endColumn) = Position(endOffset);
            return new LocationInfo(path, startOffset, endOffset, startLine, startColumn, endLine, endColumn);
        }

        /// <summary><paramref name="text"/> with the place <see cref="Locate(int, int)"/> gives, without a location object.</summary>
        public LocatedText Locate(string text, int startOffset, int end)
        {
            var endOffset = Math.Max(startOffset, end);
            var (startLine, startColumn) = Position(startOffset);
            var (endLine, endColumn) = Position(endOffset);
            return new LocatedText(text, path, startOffset, endOffset, startLine, startColumn, endLine, endColumn);
        }

        public (int Line, int Column) Position(int offset)
        {
            var line = lastLine;
            if (offset < lineStarts[line])
            {
                line = lineStarts.BinarySearch(0, line, offset, null);
                line = line < 0 ? ~line - 1 : line;
            }
            else
            {
                // Forward from the last line: a step or two, else a search of the rest.
                var steps = 0;
                while (line + 1 < lineStarts.Count && lineStarts[line + 1] <= offset && ++steps < 4)
                {
                    line++;
                }

                if (line + 1 < lineStarts.Count && lineStarts[line + 1] <= offset)
                {
                    line = lineStarts.BinarySearch(line + 1, lineStarts.Count - line - 1, offset, null);
                    line = line < 0 ? ~line - 1 : line;
                }
            }

            lastLine = line;
            return (line, offset - lineStarts[line]);
        }
    }
}
