using System;
using System.IO;

namespace FactCorpus.Generator.Ahead
{
    /// <summary>Reads what <see cref="ModelWriter"/> wrote: its table of strings, then the values.</summary>
    internal sealed class ModelReader : IDisposable
    {
        private readonly string[] table;

        /// <exception cref="EndOfStreamException">The bytes end before the values.</exception>
        /// <exception cref="InvalidDataException">The bytes are not a table of strings and values.</exception>
        public ModelReader(byte[] bytes, int offset)
        {
            var stream = new MemoryStream(bytes, offset, bytes.Length - offset, writable: false);
            Data = new BinaryReader(stream);
            table = new string[Count()];
            for (var i = 0; i < table.Length; i++)
            {
                // See ModelWriter.WriteString.
                var length = Data.ReadInt32();
                var utf16 = length < 0;
                var size = utf16 ? -2L * (length + 1L) : length;
                if (size > stream.Length - stream.Position)
                {
                    throw new EndOfStreamException();
                }

                var at = offset + (int)stream.Position;
                table[i] = utf16 ? Utf16(bytes, at, (int)size / 2) : System.Text.Encoding.UTF8.GetString(bytes, at, (int)size);
                stream.Position += size;
            }

            if (Data.ReadInt64() != stream.Length - stream.Position)
            {
                throw new InvalidDataException("The values are not whole.");
            }
        }

        /// <summary>The values other than strings.</summary>
        public BinaryReader Data { get; }

        /// <summary>Whether every value was read.</summary>
        public bool AtEnd => Data.BaseStream.Position == Data.BaseStream.Length;

        public string? Text()
        {
            var number = Data.ReadInt32();
            return number == -1 ? null
                : number >= 0 && number < table.Length ? table[number]
                : throw new InvalidDataException("No string is number " + number + ".");
        }

        /// <summary>A count of values, each of which takes a byte at least: never negative, nor more than the bytes left.</summary>
        public int Count() =>
            Data.ReadInt32() is var count and >= 0 && count <= Data.BaseStream.Length - Data.BaseStream.Position
                ? count
                : throw new InvalidDataException("A count is negative or larger than the values.");

        public void Dispose() => Data.Dispose();

        private static string Utf16(byte[] bytes, int at, int length)
        {
            var chars = new char[length];
            for (var c = 0; c < length; c++)
            {
                chars[c] = (char)(bytes[at + (2 * c)] | (bytes[at + (2 * c) + 1] << 8));
            }

            return new string(chars);
        }
    }
}
