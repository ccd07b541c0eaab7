namespace FactCorpus.Generator.Tests.EndToEnd;

/// <summary>
/// Issue 12, points 1 and 5: the packed FactCorpus.Tool installed with `dotnet tool install` (--tool-path, or a local tool manifest) from the
/// feed alone, into a fresh packages folder (NUGET_PACKAGES), and the installed `factcorpus` run as a user runs it.
/// </summary>
[Collection(PackedPackages.Collection)]
public class ToolTests(PackedPackages packages)
{
    /// <summary>The verbs whose --help is checked; one a line as Cli.Root lists them.</summary>
    private static readonly string[][] HelpCommands = [["--help"], ["check", "--help"], ["report", "--help"]];

    [Fact]
    public void The_tool_installs_from_the_feed_checks_a_valid_and_a_broken_corpus_and_writes_the_review_site()
    {
        var factcorpus = Install();
        var valid = Corpus(TalksProject.Facts);
        var broken = Corpus(TalksProject.Facts.Replace("    predicate: talks_duration", "    predicat: talks_duration"));

        var ok = Run(factcorpus, valid, "check");
        Assert.Equal((0, "0 errors, 0 warnings in 2 files.\n"), ok);

        var failed = Run(factcorpus, broken, "check", broken);
        Assert.Equal(1, failed.ExitCode);
        var lines = failed.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("talks.facts.yaml(18,5): error FC1001: ", lines[0]);
        Assert.Equal("1 error, 0 warnings in 2 files.", lines[1]);

        // The review site of the valid corpus: written where -o says, its article with the evidence marked.
        var report = Run(factcorpus, valid, "report", "-o", "site");
        Assert.Equal(0, report.ExitCode);
        Assert.StartsWith("Wrote ", report.Output);
        Assert.True(File.Exists(Path.Combine(valid, "site", "index.html")), report.Output);
        Assert.Contains("<mark id=", string.Concat(Directory.GetFiles(Path.Combine(valid, "site"), "article-*.html").Select(File.ReadAllText)));

        var missing = Run(factcorpus, valid, "check", "no-such-folder");
        Assert.Equal((2, "factcorpus: The folder 'no-such-folder' does not exist.\n"), missing);

        foreach (var help in HelpCommands)
        {
            var shown = Run(factcorpus, valid, help);
            Assert.Equal(0, shown.ExitCode);
            Assert.Contains("Usage:", shown.Output);
        }
    }

    [Fact]
    public void The_tool_installs_in_a_local_tool_manifest_and_runs_as_dotnet_factcorpus()
    {
        var repository = Corpus(TalksProject.Facts.Replace("    predicate: talks_duration", "    predicat: talks_duration"));
        var fresh = new Dictionary<string, string> { ["NUGET_PACKAGES"] = packages.NewFolder("nuget-packages") };
        Assert.Equal(0, DotNetCli.Run("dotnet", repository, fresh, "new", "tool-manifest").ExitCode);
        var (installed, log) = DotNetCli.Run("dotnet", repository, fresh, "tool", "install", "FactCorpus.Tool", "--version", packages.Version, "--add-source", packages.Feed);
        Assert.True(installed == 0, log);

        var (code, output) = DotNetCli.Run("dotnet", repository, fresh, "factcorpus", "check");

        Assert.Equal(1, code);
        Assert.StartsWith("talks.facts.yaml(18,5): error FC1001: ", output);
        Assert.EndsWith("1 error, 0 warnings in 2 files.\n", output);
    }

    /// <summary>Installs the tool into a new folder and returns the path of its `factcorpus` command.</summary>
    private string Install()
    {
        var tools = packages.NewFolder("tools");
        var fresh = new Dictionary<string, string> { ["NUGET_PACKAGES"] = packages.NewFolder("nuget-packages") };
        var (code, output) = DotNetCli.Run("dotnet", tools, fresh, "tool", "install", "FactCorpus.Tool", "--version", packages.Version, "--tool-path", tools, "--add-source", packages.Feed);
        Assert.True(code == 0, output);
        return Path.Combine(tools, OperatingSystem.IsWindows() ? "factcorpus.exe" : "factcorpus");
    }

    /// <summary>A folder with the fictional Talks article and the facts given.</summary>
    private string Corpus(string facts)
    {
        var dir = packages.NewFolder("tool-corpus");
        Directory.CreateDirectory(Path.Combine(dir, "articles"));
        File.WriteAllText(Path.Combine(dir, "articles", "talks.txt"), TalksProject.Article);
        File.WriteAllText(Path.Combine(dir, TalksProject.FactsFile), facts);
        return dir;
    }

    private static (int ExitCode, string Output) Run(string factcorpus, string directory, params string[] args) =>
        DotNetCli.Run(factcorpus, directory, new Dictionary<string, string>(), args);
}
