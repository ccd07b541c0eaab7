using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace FactCorpus.Generator.Model
{
    /// <summary>
    /// A generated C# file's text, held in blocks of 16,384 characters so none goes to the large-object heap: as one
    /// string, a file of 50 claims with hover docs (~125 KB) went there, and at 200 such files a run made the server GC
    /// collect everything the driver keeps, 1.5 full collections a run. A block of ASCII, as generated code is (strings
    /// and docs escape the rest), is held as bytes, half the memory the driver keeps and the collector copies. Compared
    /// by its characters, so an unchanged file caches as a string did.
    /// </summary>
    internal sealed class GeneratedCode : IEquatable<GeneratedCode>
    {
        internal const int BlockSize = 16384;

        /// <summary>Each a byte[] of ASCII or a char[]; all but the last hold <see cref="BlockSize"/> characters.</summary>
        private readonly Array[] blocks;

        private GeneratedCode(Array[] blocks, int length)
        {
            this.blocks = blocks;
            Length = length;
        }

        public int Length { get; }

        public char this[int index] => blocks[index / BlockSize] is byte[] ascii ? (char)ascii[index % BlockSize] : ((char[])blocks[index / BlockSize])[index % BlockSize];

        public static GeneratedCode Of(string text) => new Blocks().Finish(new StringBuilder(text));

        /// <summary>
        /// A text's blocks as it is written: whole blocks are taken out of the writer's builder as it fills, so the
        /// builder stays small and the text is copied once, however large the file.
        /// </summary>
        internal sealed class Blocks
        {
            /// <summary>Where a block's characters wait to be put in bytes: one a thread, as blocks are taken one at a time.</summary>
            [ThreadStatic]
            private static char[]? scratch;

            private readonly List<Array> taken = new List<Array>();
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
                var chars = scratch ??= new char[BlockSize];
                builder.CopyTo(start, chars, 0, count);

                // As many UTF-8 bytes as characters: all ASCII (both calls are vectorised by the runtime).
                if (Encoding.UTF8.GetByteCount(chars, 0, count) == count)
                {
                    var ascii = new byte[count];
                    Encoding.ASCII.GetBytes(chars, 0, count, ascii, 0);
                    taken.Add(ascii);
                }
                else
                {
                    var wide = new char[count];
                    Array.Copy(chars, wide, count);
                    taken.Add(wide);
                }

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
                if (block is byte[] ascii)
                {
                    Encoding.ASCII.GetChars(ascii, offset, n, destination, destinationIndex);
                }
                else
                {
                    Array.Copy(block, offset, destination, destinationIndex, n);
                }

                (sourceIndex, destinationIndex, count) = (sourceIndex + n, destinationIndex + n, count - n);
            }
        }

        public void WriteTo(TextWriter writer)
        {
            var chars = new char[Math.Min(Length, BlockSize)];
            for (var start = 0; start < Length; start += BlockSize)
            {
                var count = Math.Min(BlockSize, Length - start);
                CopyTo(start, chars, 0, count);
                writer.Write(chars, 0, count);
            }
        }

        public override string ToString()
        {
            var chars = new char[Length];
            CopyTo(0, chars, 0, Length);
            return new string(chars);
        }

        public bool Equals(GeneratedCode? other)
        {
            if (other is null || other.Length != Length)
            {
                return false;
            }

            // Equal texts are cut and stored alike, block by block.
            for (var b = 0; b < blocks.Length; b++)
            {
                if (!BlockEquals(blocks[b], other.blocks[b]))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool BlockEquals(Array mine, Array theirs) => (mine, theirs) switch
        {
            (byte[] a, byte[] b) => ElementsEqual(a, b),
            (char[] a, char[] b) => ElementsEqual(a, b),
            _ => false,
        };

        private static bool ElementsEqual<T>(T[] a, T[] b)
            where T : IEquatable<T>
        {
            for (var i = 0; i < a.Length; i++)
            {
                if (!a[i].Equals(b[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as GeneratedCode);

        /// <summary>From the length and the first characters: cheap, and equal for equal texts.</summary>
        public override int GetHashCode()
        {
            var hash = Length;
            for (var i = 0; i < Math.Min(64, Length); i++)
            {
                hash = unchecked((hash * 31) + this[i]);
            }

            return hash;
        }
    }
}
