using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using FactCorpus.Generator.Ahead;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactCorpus.Generator.Tasks;

/// <summary>
/// A file on disk as the compiler hands it to the generator: decoded as UTF-8 (a byte order mark wins), each byte
/// that is not UTF-8 read as U+FFFD as the .NET 10 compiler does, so FC0005 is reported as in a build. Its bytes are
/// read once, for its hash and its text.
/// </summary>
internal sealed class FileText : AdditionalText, IHashedText
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private byte[]? bytes;
    private string? hash;
    private SourceText? text;

    public FileText(string path) => Path = path;

    public override string Path { get; }

    public string ContentHash => hash ??= AheadCache.HashOf(Bytes);

    public override SourceText GetText(CancellationToken cancellationToken = default)
    {
        if (text is null)
        {
            using var stream = new MemoryStream(Bytes, writable: false);
            text = SourceText.From(stream, Utf8, SourceHashAlgorithm.Sha256, throwIfBinaryDetected: false);
            // The hash of these bytes, not of what the file may hold by the time it is asked for; then the text holds
            // what it needs of them.
            _ = ContentHash;
            bytes = null;
        }

        return text;
    }

    private byte[] Bytes => bytes ??= File.ReadAllBytes(Path);
}
