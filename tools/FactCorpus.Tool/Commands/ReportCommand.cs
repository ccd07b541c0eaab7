using System.CommandLine;
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
        var directory = new Argument<DirectoryInfo>("DIR")
        {
            Description = "The corpus folder: its *.facts.yaml files and article texts (*.txt), searched recursively.",
            DefaultValueFactory = _ => new DirectoryInfo("."),
        };
        var output = new Option<DirectoryInfo>("--output", "-o")
        {
            Description = "The folder the site is written to (created if missing); open its index.html in a browser.",
            Required = true,
        };
        var command = new Command("report", "Writes a static HTML review site of the corpus: each article with its evidence marked, the items by source and by entity with their status, and a timeline.")
        {
            directory,
            output,
        };
        command.SetAction(parse => Run(parse.GetValue(directory)!, parse.GetValue(output)!, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    public static int Run(DirectoryInfo directory, DirectoryInfo output, TextWriter stdout, TextWriter stderr)
    {
        if (!directory.Exists)
        {
            stderr.WriteLine($"factcorpus: no folder '{directory.FullName}'.");
            return 2;
        }

        if (!Directory.EnumerateFiles(directory.FullName, "*.facts.yaml", SearchOption.AllDirectories).Any())
        {
            stderr.WriteLine($"factcorpus: no *.facts.yaml file in '{directory.FullName}'.");
            return 2;
        }

        var reading = CorpusReading.Read(directory.FullName);
        var corpus = new ReviewCorpus(reading);
        var pages = ReviewSite.Write(corpus, output.FullName);
        stdout.WriteLine($"Wrote {pages.Count} pages to {output.FullName}; open {Path.Combine(output.FullName, "index.html")}.");
        var errors = reading.Diagnostics.Count(d => d.Descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        if (errors > 0)
        {
            stderr.WriteLine($"factcorpus: the corpus has {errors} error(s); their items are left out of the site. Run 'factcorpus check' to see them.");
            return 1;
        }

        return 0;
    }
}
