using System.CommandLine;
using System.Globalization;
using FactCorpus.Generator;
using FactCorpus.Generator.Diagnostics;
using FactCorpus.Tool.Corpus;
using Microsoft.CodeAnalysis;

namespace FactCorpus.Tool.Commands;

/// <summary>
/// `factcorpus check [DIR]`: the build's FC diagnostics, in MSBuild format, without compiling C#; all but FC0007 and
/// FC0008, which depend on the compiler and C# version of a project (README, "The factcorpus tool").
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var directory = CorpusArguments.Directory();
        var articles = CorpusArguments.Articles();
        var command = new Command("check", "Reports the FC errors and warnings a build would report, as `file(line,col): error FCnnnn: message`, without compiling C#. Exit code 0: no error; 1: errors; 2: usage.")
        {
            directory,
            articles,
        };
        command.SetAction(parse =>
        {
            var folder = CorpusArguments.Find(parse, directory, articles);
            return folder is null ? ExitCodes.Usage : Run(folder, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        });
        return command;
    }

    public static int Run(CorpusFolder folder, TextWriter output, TextWriter progress)
    {
        var files = folder.AdditionalFiles();
        CorpusCheckResult result;
        using (Progress.Start(progress, $"checking {files.Length} files"))
        {
            result = CorpusCheck.Run(files, folder.ProjectTextList(), CancellationToken.None);
        }

        var errors = Write(folder, result.Diagnostics, files.Length, output);
        return errors > 0 ? ExitCodes.Errors : ExitCodes.Success;
    }

    /// <summary>
    /// Writes each diagnostic (<see cref="Format"/>) at the severity the build would give it (the folder's
    /// <see cref="CorpusFolder.Severities"/>; none and silent are not written), sorted by file, position and id, then
    /// the count of errors and warnings in <paramref name="fileCount"/> files; returns the number of errors.
    /// </summary>
    public static int Write(CorpusFolder folder, IEnumerable<DiagnosticInfo> diagnostics, int fileCount, TextWriter output)
    {
        var lines = diagnostics
            .Select(d => (Diagnostic: d, Severity: folder.Severities.Of(d), Path: folder.Relative(d.Location.FilePath)))
            .Where(d => d.Severity is not (ReportDiagnostic.Suppress or ReportDiagnostic.Hidden))
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Diagnostic.Location.StartLine)
            .ThenBy(d => d.Diagnostic.Location.StartColumn)
            .ThenBy(d => d.Diagnostic.Descriptor.Id, StringComparer.Ordinal)
            .ToList();
        foreach (var (diagnostic, severity, path) in lines)
        {
            output.WriteLine(Format(diagnostic, severity, path));
        }

        var errors = lines.Count(l => l.Severity == ReportDiagnostic.Error);
        var warnings = lines.Count(l => l.Severity == ReportDiagnostic.Warn);
        output.WriteLine($"{Count(errors, "error")}, {Count(warnings, "warning")} in {Count(fileCount, "file")}.");
        return errors;
    }

    /// <summary>One diagnostic as MSBuild and CI log parsers read it: `path(line,col): error FCnnnn: message`, 1-based.</summary>
    public static string Format(DiagnosticInfo diagnostic, ReportDiagnostic severity, string path)
    {
        var word = severity switch { ReportDiagnostic.Error => "error", ReportDiagnostic.Warn => "warning", _ => "info" };
        var message = diagnostic.ToDiagnostic().GetMessage(CultureInfo.InvariantCulture);
        var place = path.Length == 0 ? "" : $"{path}({diagnostic.Location.StartLine + 1},{diagnostic.Location.StartColumn + 1}): ";
        return $"{place}{word} {diagnostic.Descriptor.Id}: {message}";
    }

    private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");
}
