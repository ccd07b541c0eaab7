using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading;
using FactCorpus.Generator.Model;
using Microsoft.CodeAnalysis;

namespace FactCorpus.Generator.Ahead
{
    /// <summary>
    /// What the build's task made of one fact file in its last run: everything the rest of the corpus reads of the
    /// file (its declarations, its claims' facts for the conflict check) and its output without the code, which the
    /// task keeps as a file of its own. Valid for the file's text as <see cref="TextHash"/> names it, with its
    /// <see cref="Resource"/>, under the same options (<see cref="AheadCache.Settings"/>); its output also only as
    /// long as what it read of the corpus gives the same <see cref="ScopeKey"/> (asking the table for its
    /// <see cref="Probes"/> again) and its own <see cref="Conflicts"/> are the same. A null key: never kept.
    /// </summary>
    internal sealed record CachedFile(
        string Path,
        string? Resource,
        string TextHash,
        FileDeclarations Declarations,
        FileClaimFacts Claims,
        EquatableArray<ClaimConflict> Conflicts,
        GeneratorOutput Output,
        EquatableArray<string> Probes,
        string? ScopeKey)
    {
        /// <summary>The bytes it was read from, which a cache that keeps it writes again as they are.</summary>
        private byte[]? Written { get; init; }

        /// <summary>Its values as a table of strings and the values (<see cref="ModelWriter"/>).</summary>
        public byte[] Bytes()
        {
            if (Written is not null)
            {
                return Written;
            }

            using var writer = new ModelWriter();
            writer.Text(Path);
            writer.Text(Resource);
            writer.Text(TextHash);
            writer.Declarations(Declarations);
            writer.Claims(Claims);
            writer.Array(Conflicts, ModelBinary.Conflict);
            writer.OutputWithoutSource(Output);
            writer.Array(Probes, (w, id) => w.Text(id));
            writer.Text(ScopeKey);
            using var bytes = new MemoryStream();
            writer.WriteTo(bytes);
            return bytes.ToArray();
        }

        /// <exception cref="InvalidDataException">The bytes are not a file's values.</exception>
        /// <exception cref="EndOfStreamException">The bytes end before its values do.</exception>
        public static CachedFile Read(byte[] bytes)
        {
            using var reader = new ModelReader(bytes, 0);
            var file = new CachedFile(
                reader.NonNullText(), reader.Text(), reader.NonNullText(), reader.Declarations(), reader.Claims(), reader.Array(ModelBinary.Conflict), reader.OutputWithoutSource(),
                reader.Array(ModelBinary.NonNullText), reader.Text())
            {
                Written = bytes,
            };
            return reader.AtEnd ? file : throw new InvalidDataException("A file's values do not end where its bytes do.");
        }
    }

    /// <summary>
    /// The build's task's last run (<see cref="CorpusGeneration"/>), kept on disk beside its results: each fact file
    /// as <see cref="CachedFile"/>, and a hash of the options the files were emitted with (<see cref="Settings"/>,
    /// see <see cref="AheadReuse.SettingsKey"/>). Every build runs the task in a
    /// new MSBuild process, which had read, validated and emitted every file again after an edit of one (at 10,000
    /// claims, 0.6–0.7 s of a YAML edit's build); with this, it reads the files whose text changed. Each file's
    /// values are bytes of their own, read on all cores and written again unchanged when the file is kept. A cache
    /// of another format or another build of the generator, or whose bytes do not match their SHA-256, reads as none,
    /// and the run reads everything.
    /// </summary>
    internal sealed class AheadCache
    {
        private const string Format = "FactCorpus.AheadCache/2";

        /// <summary>This build of the generator: the cache holds its model values, which another build may make differently.</summary>
        private static readonly string Build = typeof(AheadCache).Assembly.ManifestModule.ModuleVersionId.ToString("N");

        public AheadCache(string settings, ImmutableArray<CachedFile> files)
        {
            Settings = settings;
            Files = files;
        }

        public string Settings { get; }

        public ImmutableArray<CachedFile> Files { get; }

        /// <summary>A text's content as a hash: of its bytes (<see cref="IHashedText"/>), or else of the bytes its checksum is of, with its length.</summary>
        public static string HashOf(AdditionalText text, CancellationToken cancellationToken) =>
            text is IHashedText hashed ? hashed.ContentHash
            : text.GetText(cancellationToken) is { } content ? "text " + content.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + ModelWriter.Hex(content.GetChecksum().ToArray())
            : "none";

        /// <summary>Bytes as the hash <see cref="IHashedText"/> gives.</summary>
        public static string HashOf(byte[] bytes)
        {
            using var sha = SHA256.Create();
            return "bytes " + ModelWriter.Hex(sha.ComputeHash(bytes));
        }

        /// <summary>The format and build, the options' hash, each file's bytes after their length, and a SHA-256 of all that.</summary>
        public void Write(Stream stream)
        {
            using var content = new MemoryStream();
            using (var writer = new BinaryWriter(content, System.Text.Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(Format);
                writer.Write(Build);
                writer.Write(Settings);
                writer.Write(Files.Length);
                foreach (var file in Files)
                {
                    var bytes = file.Bytes();
                    writer.Write(bytes.Length);
                    writer.Write(bytes);
                }
            }

            content.WriteTo(stream);
            using var sha = SHA256.Create();
            var hash = sha.ComputeHash(content.GetBuffer(), 0, (int)content.Length);
            stream.Write(hash, 0, hash.Length);
        }

        /// <summary>
        /// The cache in <paramref name="bytes"/>; null when it is not a whole one of this format and this build of the
        /// generator, or any byte of it changed: a damaged cache could otherwise read as other values.
        /// </summary>
        public static AheadCache? Read(byte[] bytes)
        {
            try
            {
                const int HashLength = 32;
                using var sha = SHA256.Create();
                if (bytes.Length < HashLength || !sha.ComputeHash(bytes, 0, bytes.Length - HashLength).Select((b, i) => b == bytes[bytes.Length - HashLength + i]).All(same => same))
                {
                    return null;
                }

                using var reader = new BinaryReader(new MemoryStream(bytes, 0, bytes.Length - HashLength, writable: false));
                if (reader.ReadString() != Format || reader.ReadString() != Build)
                {
                    return null;
                }

                var settings = reader.ReadString();
                var count = reader.ReadInt32();
                if (count < 0 || count > bytes.Length)
                {
                    return null;
                }

                var parts = new byte[count][];
                for (var i = 0; i < parts.Length; i++)
                {
                    var length = reader.ReadInt32();
                    parts[i] = reader.ReadBytes(length);
                    if (parts[i].Length != length)
                    {
                        return null;
                    }
                }

                if (reader.BaseStream.Position != reader.BaseStream.Length)
                {
                    return null;
                }

                var files = new CachedFile[parts.Length];
                System.Threading.Tasks.Parallel.For(0, parts.Length, i => files[i] = CachedFile.Read(parts[i]));
                return new AheadCache(settings, ImmutableArray.Create(files));
            }
            catch (Exception e) when (IsDamage(e) || (e is AggregateException all && all.InnerExceptions.All(IsDamage)))
            {
                return null;
            }
        }

        /// <summary>What reading bytes that are not a whole cache throws.</summary>
        private static bool IsDamage(Exception e) => e is EndOfStreamException or InvalidDataException or OverflowException or ArgumentException or FormatException or IOException;
    }
}
