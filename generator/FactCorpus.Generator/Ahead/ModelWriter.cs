using System;
using System.Collections.Generic;
using System.IO;

namespace FactCorpus.Generator.Ahead
{
    /// <summary>
    /// Writes model values (<see cref="ModelBinary"/>) with each distinct string once: a cache holds the same paths,
    /// ids and words thousands of times, and reading each once made reading the cache a third of a run's time.
    /// Strings as UTF-8, or as UTF-16 code units when a YAML escape made a lone surrogate, which UTF-8 would replace.
    /// A writer for a hash (<see cref="ForHash"/>) writes them in place instead, as the hash is made once.
    /// </summary>
    internal sealed class ModelWriter : IDisposable
    {
        private readonly MemoryStream body = new();
        private readonly Dictionary<string, int> strings = new(StringComparer.Ordinal);
        private readonly List<string> table = new();
        private readonly bool inPlace;
        private byte[] buffer = new byte[256];

        public ModelWriter()
            : this(inPlace: false)
        {
        }

        private ModelWriter(bool inPlace)
        {
            Data = new BinaryWriter(body);
            this.inPlace = inPlace;
        }

        /// <summary>A writer whose bytes are only hashed (<see cref="Hash"/>): each string where it comes, with its length.</summary>
        public static ModelWriter ForHash() => new(inPlace: true);

        /// <summary>The values other than strings.</summary>
        public BinaryWriter Data { get; }

        /// <summary>A string, or null, as its number in the table.</summary>
        public void Text(string? value)
        {
            if (value is null)
            {
                Data.Write(-1);
                return;
            }

            if (inPlace)
            {
                WriteString(Data, value);
                return;
            }

            if (!strings.TryGetValue(value, out var number))
            {
                number = table.Count;
                strings.Add(value, number);
                table.Add(value);
            }

            Data.Write(number);
        }

        /// <summary>The table of strings, then the values, to <paramref name="stream"/>.</summary>
        public void WriteTo(Stream stream)
        {
            Data.Flush();
            using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
            writer.Write(table.Count);
            foreach (var value in table)
            {
                WriteString(writer, value);
            }

            writer.Write(body.Length);
            writer.Write(body.GetBuffer(), 0, (int)body.Length);
        }

        /// <summary>What was written since the last call (a writer for a hash: strings in place), which the writer then forgets.</summary>
        public byte[] Take()
        {
            Data.Flush();
            var written = body.ToArray();
            body.SetLength(0);
            return written;
        }

        /// <summary>The SHA-256 of what was written, in hexadecimal.</summary>
        public string Hash()
        {
            Data.Flush();
            using var sha = System.Security.Cryptography.SHA256.Create();
            return Hex(sha.ComputeHash(body.GetBuffer(), 0, (int)body.Length));
        }

        public static string Hex(byte[] bytes)
        {
            var text = new System.Text.StringBuilder(bytes.Length * 2);
            foreach (var b in bytes)
            {
                text.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }

            return text.ToString();
        }

        public void Dispose() => Data.Dispose();

        /// <summary>
        /// A string as UTF-8, its length in bytes first; or, when it holds a surrogate without its pair, which UTF-8
        /// cannot carry, as its UTF-16 code units, little-endian, after its length in code units as a negative number
        /// (-1 - length). Through one buffer.
        /// </summary>
        private void WriteString(BinaryWriter writer, string value)
        {
            if (Emitting.LiteralBudget.HasLoneSurrogate(value))
            {
                Reserve(value.Length * 2);
                for (var i = 0; i < value.Length; i++)
                {
                    buffer[2 * i] = (byte)value[i];
                    buffer[(2 * i) + 1] = (byte)(value[i] >> 8);
                }

                writer.Write(-1 - value.Length);
                writer.Write(buffer, 0, value.Length * 2);
                return;
            }

            Reserve(System.Text.Encoding.UTF8.GetMaxByteCount(value.Length));
            var count = System.Text.Encoding.UTF8.GetBytes(value, 0, value.Length, buffer, 0);
            writer.Write(count);
            writer.Write(buffer, 0, count);
        }

        private void Reserve(int bytes)
        {
            if (buffer.Length < bytes)
            {
                buffer = new byte[Math.Max(bytes, buffer.Length * 2)];
            }
        }
    }
}
