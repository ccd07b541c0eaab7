using System.IO;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactCorpus.Generator.Tasks;

/// <summary>
/// A file on disk as the compiler hands it to the generator: decoded as UTF-8 (a byte order mark wins), each byte
/// that is not UTF-8 read as U+FFFD as the .NET 10 compiler does, so FC0005 is reported as in a build.
/// </summary>
internal sealed class FileText : AdditionalText
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private SourceText? text;

    public FileText(string path) => Path = path;

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default)
    {
        if (text is null)
        {
            using var stream = File.OpenRead(Path);
            text = SourceText.From(stream, Utf8, SourceHashAlgorithm.Sha256, throwIfBinaryDetected: false);
        }

        return text;
    }
}
