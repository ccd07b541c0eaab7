using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace FactCorpus.Generator.Model
{
    /// <summary>
    /// A generated C# file's text, held in blocks of 16,384 characters (32 KB) so none goes to the large-object heap:
    /// as one string, a file of 50 claims with hover docs (~125 KB) went there, and at 200 such files a run made the
    /// server GC collect everything the driver keeps, 1.5 full collections a run. Compared by its characters, so an
    /// unchanged file caches as a string did.
    /// </summary>
    internal sealed class GeneratedCode : IEquatable<GeneratedCode>
    {
        internal const int BlockSize = 16384;

        private readonly char[][] blocks;

        private GeneratedCode(char[][] blocks, int length)
        {
            this.blocks = blocks;
            Length = length;
        }

        public int Length { get; }

        public char this[int index] => blocks[index / BlockSize][index % BlockSize];

        /// <summary>The builder's text copied out block by block; the builder can be cleared and reused.</summary>
        public static GeneratedCode Of(StringBuilder builder)
        {
            var blocks = new Blocks();
            blocks.TakeWhole(builder);
            return blocks.Finish(builder);
        }

        public static GeneratedCode Of(string text) => Of(new StringBuilder(text));

        /// <summary>
        /// A text's blocks as it is written: whole blocks are taken out of the writer's builder as it fills, so the
        /// builder stays small and the text is copied once, however large the file.
        /// </summary>
        internal sealed class Blocks
        {
            private readonly List<char[]> taken = new List<char[]>();
            private int length;

            /// <summary>Moves the builder's whole blocks here, leaving it the rest (less than a block).</summary>
            public void TakeWhole(StringBuilder builder)
            {
                var whole = builder.Length - (builder.Length % BlockSize);
                for (var start = 0; start < whole; start += BlockSize)
                {
                    Take(builder, start, BlockSize);
                }

                builder.Remove(0, whole);
            }

            /// <summary>The text: the blocks taken and the builder's rest, which is then cleared.</summary>
            public GeneratedCode Finish(StringBuilder builder)
            {
                TakeWhole(builder);
                if (builder.Length > 0)
                {
                    Take(builder, 0, builder.Length);
                    builder.Clear();
                }

                return new GeneratedCode(taken.ToArray(), length);
            }

            private void Take(StringBuilder builder, int start, int count)
            {
                var block = new char[count];
                builder.CopyTo(start, block, 0, count);
                taken.Add(block);
                length += count;
            }
        }

        public void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        {
            while (count > 0)
            {
                var block = blocks[sourceIndex / BlockSize];
                var offset = sourceIndex % BlockSize;
                var n = Math.Min(count, block.Length - offset);
                Array.Copy(block, offset, destination, destinationIndex, n);
                (sourceIndex, destinationIndex, count) = (sourceIndex + n, destinationIndex + n, count - n);
            }
        }

        public void WriteTo(TextWriter writer)
        {
            foreach (var block in blocks)
            {
                writer.Write(block);
            }
        }

        public override string ToString()
        {
            var text = new StringBuilder(Length);
            foreach (var block in blocks)
            {
                text.Append(block);
            }

            return text.ToString();
        }

        public bool Equals(GeneratedCode? other)
        {
            if (other is null || other.Length != Length)
            {
                return false;
            }

            for (var b = 0; b < blocks.Length; b++)
            {
                var (mine, theirs) = (blocks[b], other.blocks[b]);
                if (!ReferenceEquals(mine, theirs))
                {
                    for (var i = 0; i < mine.Length; i++)
                    {
                        if (mine[i] != theirs[i])
                        {
                            return false;
                        }
                    }
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as GeneratedCode);

        /// <summary>From the length and the first block's start: cheap, and equal for equal texts.</summary>
        public override int GetHashCode()
        {
            var hash = Length;
            if (blocks.Length > 0)
            {
                var first = blocks[0];
                for (var i = 0; i < Math.Min(64, first.Length); i++)
                {
                    hash = unchecked((hash * 31) + first[i]);
                }
            }

            return hash;
        }
    }
}
