using System.CommandLine;
using FactCorpus.Tool.Corpus;
using FactCorpus.Tool.Report;

namespace FactCorpus.Tool.Commands;

/// <summary>
/// `factcorpus report [DIR] -o OUT`: the static review site of the corpus in DIR. Exit codes: 0 written, 1 written
/// but the corpus has errors (their items are left out; `factcorpus check` lists them), 2 nothing written (no such
/// folder, or no *.facts.yaml in it).
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var directory = CorpusArguments.Directory();
        var articles = CorpusArguments.Articles();
        var output = new Option<DirectoryInfo>("--output", "-o")
        {
            Description = "The folder the site is written to (created if missing); open its index.html in a browser.",
            Required = true,
        };
        var command = new Command("report", "Writes a static HTML review site of the corpus: each article with its evidence marked, the items by source and by entity with their status, and a timeline. Exit code 0: written; 1: written, but items with errors are left out; 2: usage.")
        {
            directory,
            articles,
            output,
        };
        command.SetAction(parse =>
        {
            var folder = CorpusArguments.Find(parse, directory, articles);
            return folder is null ? ExitCodes.Usage : Run(folder, parse.GetValue(output)!, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        });
        return command;
    }

    public static int Run(CorpusFolder folder, DirectoryInfo output, TextWriter stdout, TextWriter stderr)
    {
        CorpusReading reading;
        using (Progress.Start(stderr, $"reading {folder.FactFiles.Length + folder.Articles.Length} files"))
        {
            reading = CorpusReading.Read(folder);
        }

        var corpus = new ReviewCorpus(reading);
        var pages = ReviewSite.Write(corpus, output.FullName);
        stdout.WriteLine($"Wrote {pages.Count} pages to {output.FullName}; open {Path.Combine(output.FullName, "index.html")}.");
        var errors = reading.Diagnostics.Count(d => d.Descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        if (errors > 0)
        {
            stderr.WriteLine($"factcorpus: the corpus has {errors} error(s); their items are left out of the site. Run 'factcorpus check' to see them.");
            return ExitCodes.Errors;
        }

        return ExitCodes.Success;
    }
}
