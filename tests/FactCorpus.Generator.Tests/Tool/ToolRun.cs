using FactCorpus.Tool;

namespace FactCorpus.Generator.Tests.Tool;

/// <summary>The factcorpus command line run in-process, with what it wrote to stdout and stderr (less its progress lines).</summary>
internal sealed partial record ToolRun(int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    public static ToolRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Cli.Run(args, output, error);
        return new ToolRun(code, output.ToString(), WithoutProgress(error.ToString()));
    }

    /// <summary>
    /// Text without the progress lines a verb prints on stderr once it runs over a second ("factcorpus: exporting 6
    /// files... 1s"), which a loaded machine can make any run do: tests assert the verb's own output (ProgressTests test those lines).
    /// </summary>
    public static string WithoutProgress(string text) => ProgressLine().Replace(text, "");

    [System.Text.RegularExpressions.GeneratedRegex(@"^factcorpus: [^\n]*\.\.\. \d+s\r?\n", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex ProgressLine();
}

/// <summary>A temporary corpus folder on disk, deleted after the test.</summary>
internal sealed class CorpusDir : IDisposable
{
    public CorpusDir(IEnumerable<(string Path, string Text)> files)
    {
        Root = Directory.CreateTempSubdirectory("factcorpus-tool-").FullName;
        foreach (var (path, text) in files)
        {
            Write(path, System.Text.Encoding.UTF8.GetBytes(text));
        }
    }

    public string Root { get; }

    public void Write(string path, byte[] bytes)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
