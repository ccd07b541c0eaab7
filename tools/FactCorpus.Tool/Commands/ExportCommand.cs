using System.CommandLine;
using System.Text;
using FactCorpus.Model;
using FactCorpus.Tool.Corpus;
using FactCorpus.Tool.Export;
using FactCorpus.Tool.Report;

namespace FactCorpus.Tool.Commands;

/// <summary>
/// `factcorpus export [DIR] --format json|jsonld [-o FILE]`: every item of the corpus as the documented JSON
/// (docs/export.md) or as schema.org JSON-LD (<see cref="JsonLd"/>), on stdout or in a file, made from the items a
/// compiled corpus holds (<see cref="DecodedCorpus"/>). A corpus with errors is not exported: some of its items
/// would be missing, silently; its diagnostics go to stderr as check prints them, exit code 1. Warnings go to
/// stderr too and do not stop it.
/// </summary>
internal static class ExportCommand
{
    public const string Json = "json";

    public const string JsonLdFormat = "jsonld";

    public static Command Create()
    {
        var directory = CorpusArguments.Directory();
        var articles = CorpusArguments.Articles();
        var format = new Option<string>("--format")
        {
            Description = "json: the corpus in FactCorpus's own JSON shape (docs/export.md); jsonld: schema.org JSON-LD (Claim, Quotation, Event, NewsArticle…).",
            Required = true,
            HelpName = Json + "|" + JsonLdFormat,
        };
        format.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value is not (Json or JsonLdFormat))
            {
                result.AddError($"--format is {Json} or {JsonLdFormat}, not '{value}'.");
            }
        });
        var output = new Option<FileInfo>("--output", "-o")
        {
            Description = "The file to write (UTF-8; its folder is created if missing). Default: stdout.",
            HelpName = "FILE",
        };
        var command = new Command("export", "Exports every item of the corpus as JSON or schema.org JSON-LD, to stdout or a file; same corpus, same bytes. Exit code 0: exported; 1: the corpus has errors, nothing exported (they go to stderr as check prints them); 2: usage.")
        {
            directory,
            articles,
            format,
            output,
        };
        command.SetAction(parse =>
        {
            var folder = CorpusArguments.Find(parse, directory, articles);
            return folder is null
                ? ExitCodes.Usage
                : Run(folder, parse.GetValue(format)!, parse.GetValue(output), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        });
        return command;
    }

    /// <param name="file">The file to write; null for <paramref name="stdout"/>.</param>
    public static int Run(CorpusFolder folder, string format, FileInfo? file, TextWriter stdout, TextWriter stderr)
    {
        string document;
        using (Progress.Start(stderr, $"exporting {folder.FactFiles.Length + folder.Articles.Length} files"))
        {
            var reading = CorpusReading.Read(folder);
            if (!reading.Diagnostics.IsEmpty
                && CheckCommand.Write(folder, reading.Diagnostics, folder.FactFiles.Length + folder.Articles.Length, stderr) > 0)
            {
                stderr.WriteLine("factcorpus: the corpus has errors, so nothing was exported. Fix them first ('factcorpus check' lists them too).");
                return ExitCodes.Errors;
            }

            document = Export(reading, format);
        }

        if (file is null)
        {
            stdout.Write(document);
            return ExitCodes.Success;
        }

        Directory.CreateDirectory(file.DirectoryName!);
        // Strict UTF-8: a string UTF-8 cannot hold fails loudly instead of being replaced.
        File.WriteAllText(file.FullName, document, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        return ExitCodes.Success;
    }

    /// <summary>The document of a corpus with no error, ending with a line break.</summary>
    public static string Export(CorpusReading reading, string format)
    {
        var corpus = DecodedCorpus.Index(reading.Files);
        return format == JsonLdFormat
            ? JsonLd.Graph(corpus.Sources.Concat<CorpusItem>(corpus.Entities).Concat(corpus.Claims).Concat(corpus.Quotes).Concat(corpus.Events)) + "\n"
            : CorpusJson.Write(corpus);
    }
}
