using System.CommandLine;
using FactCorpus.Tool.Commands;

namespace FactCorpus.Tool;

/// <summary>
/// The command line: one verb a file in Commands/ (or Report/), each a `static Command Create()` listed here.
/// Mistakes in the command line are one line and exit code 2; nothing ever prints a stack trace.
/// </summary>
internal static class Cli
{
    public static RootCommand Root() => new("Checks, shows and exports a FactCorpus corpus (*.facts.yaml and the article texts) without compiling C#. Exit codes: 0 done (check: no error), 1 the corpus has errors (check lists them, report leaves their items out, export writes nothing), 2 usage (bad option, missing folder, no facts), 3 unexpected failure.")
    {
        CheckCommand.Create(),
        ReportCommand.Create(),
        ExportCommand.Create(),
    };

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var parse = Root().Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                error.WriteLine("factcorpus: " + problem.Message);
            }

            error.WriteLine("Run 'factcorpus --help' for the verbs and their options.");
            return ExitCodes.Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine("factcorpus: " + e.Message);
            return ExitCodes.Usage;
        }
        catch (Exception e)
        {
            // A defect of the tool, not of the corpus: one line for the user, the type for the bug report.
            error.WriteLine($"factcorpus: unexpected {e.GetType().Name}: {e.Message}");
            return ExitCodes.Failure;
        }
    }
}
