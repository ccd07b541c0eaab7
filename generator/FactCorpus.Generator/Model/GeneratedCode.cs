using System;
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
            var length = builder.Length;
            var blocks = new char[(length + BlockSize - 1) / BlockSize][];
            for (var i = 0; i < blocks.Length; i++)
            {
                var start = i * BlockSize;
                blocks[i] = new char[Math.Min(BlockSize, length - start)];
                builder.CopyTo(start, blocks[i], 0, blocks[i].Length);
            }

            return new GeneratedCode(blocks, length);
        }

        public static GeneratedCode Of(string text) => Of(new StringBuilder(text));

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
