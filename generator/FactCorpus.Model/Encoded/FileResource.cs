using System;
using System.ComponentModel;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Text;
using System.Threading;
using FactCorpus.Shared;

namespace FactCorpus.Model.Encoded
{
    /// <summary>
    /// For generated code only: the data of one *.facts.yaml file, which the FactCorpus.Generator package's build
    /// targets write from that file and embed in the corpus's assembly as a resource, read on first use. Its header
    /// holds, for each kind of item the file declares, the count, each part's first id and length; then come the
    /// parts, each one string of <see cref="ItemDataReader"/> data in UTF-8, read one at a time when first needed;
    /// FactCorpus.Generator's DataWriter describes the layout. The header also holds a hash of the YAML text it was written from, which must be the hash the code
    /// was generated with: data from another text or version fails with an error, never as wrong facts.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class FileResource
    {
        private readonly Func<Stream?> open;
        private readonly string name;
        private readonly ulong textHash;
        private Layout? layout;

        /// <summary>The resource <paramref name="name"/> of <paramref name="assembly"/>; called by generated code.</summary>
        /// <param name="assembly">The corpus's assembly.</param>
        /// <param name="name">The resource's name, as the build targets gave it.</param>
        /// <param name="textHash">The hash of the YAML text the code was generated from.</param>
        public FileResource(Assembly assembly, string name, ulong textHash)
            : this(() => assembly.GetManifestResourceStream(name), name, textHash)
        {
        }

        /// <summary>Data from elsewhere than an assembly (a stream <paramref name="open"/> returns, or null when there is none): for tools that decode without compiling.</summary>
        public FileResource(Func<Stream?> open, string name, ulong textHash)
        {
            this.open = open;
            this.name = name;
            this.textHash = textHash;
        }

        /// <summary>The number of items of a kind in the data, those generated and any left out.</summary>
        internal int Count(int kind) => Read().Kinds[kind]?.Count ?? 0;

        /// <summary>The first id of each part of a kind, in ordinal order as the items are.</summary>
        internal string[] FirstIds(int kind) => Read().Kinds[kind]?.FirstIds ?? Array.Empty<string>();

        /// <summary>A part's data, read from the resource.</summary>
        internal string Part(int kind, int part)
        {
            var read = Read();
            var parts = read.Kinds[kind] ?? throw Corrupt("has no items of kind " + kind.ToString(CultureInfo.InvariantCulture));
            var bytes = new byte[parts.Lengths[part]];
            lock (read.Stream)
            {
                read.Stream.Position = parts.Offsets[part];
                ReadFully(read.Stream, bytes);
            }

            return Encoding.UTF8.GetString(bytes);
        }

        private Layout Read()
        {
            var read = Volatile.Read(ref layout);
            if (read is not null)
            {
                return read;
            }

            var stream = open() ?? throw new InvalidOperationException(
                "The data of the corpus file '" + name + "' is not embedded in the corpus's assembly: build it with the build targets of "
                + "the FactCorpus.Generator package (dotnet build or MSBuild), which write and embed the data of every *.facts.yaml file.");
            var fresh = new Layout(stream);
            var length = new byte[4];
            ReadFully(stream, length);
            var header = new byte[length[0] | (length[1] << 8) | (length[2] << 16) | (length[3] << 24)];
            ReadFully(stream, header);
            var reader = new ItemDataReader(Encoding.UTF8.GetString(header), 0, null!, null!);
            if (reader.NextText() != DataFormat.Version)
            {
                throw Corrupt("is not FactCorpus data of this version (" + DataFormat.Version + ")");
            }

            if (reader.NextText() != textHash.ToString("x16", CultureInfo.InvariantCulture))
            {
                throw new InvalidOperationException(
                    "The data embedded for the corpus file '" + name + "' was written from another text of that file than the code was generated from: "
                    + "rebuild the corpus (the FactCorpus.Generator package's build targets rewrite the data when its YAML changes).");
            }

            var offset = 4L + header.Length;
            for (var kinds = reader.NextInt(); kinds > 0; kinds--)
            {
                var kind = reader.NextInt();
                var parts = new KindParts(reader.NextInt(), reader.NextInt());
                for (var part = 0; part < parts.FirstIds.Length; part++)
                {
                    parts.FirstIds[part] = reader.NextText();
                    parts.Offsets[part] = offset;
                    parts.Lengths[part] = reader.NextInt();
                    offset += parts.Lengths[part];
                }

                fresh.Kinds[kind] = parts;
            }

            return Interlocked.CompareExchange(ref layout, fresh, null) ?? fresh;
        }

        private static void ReadFully(Stream stream, byte[] buffer)
        {
            for (var at = 0; at < buffer.Length;)
            {
                var read = stream.Read(buffer, at, buffer.Length - at);
                at += read > 0 ? read : throw new InvalidOperationException("The embedded FactCorpus data ends too soon: rebuild the corpus.");
            }
        }

        private InvalidOperationException Corrupt(string what) =>
            new("The data embedded for the corpus file '" + name + "' " + what + ": rebuild the corpus with the same version of FactCorpus.Generator and FactCorpus.Model.");

        private sealed class Layout
        {
            public Layout(Stream stream) => Stream = stream;

            public Stream Stream { get; }

            /// <summary>By kind: source, entity, claim, quote, event, as <see cref="PartsReader{T}"/> numbers them.</summary>
            public KindParts?[] Kinds { get; } = new KindParts?[5];
        }

        private sealed class KindParts
        {
            public KindParts(int count, int parts)
            {
                Count = count;
                FirstIds = new string[parts];
                Offsets = new long[parts];
                Lengths = new int[parts];
            }

            public int Count { get; }

            public string[] FirstIds { get; }

            public long[] Offsets { get; }

            public int[] Lengths { get; }
        }
    }
}
