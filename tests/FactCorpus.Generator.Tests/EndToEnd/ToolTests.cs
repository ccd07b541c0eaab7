using System.Text.Json;
using FactCorpus.Generator.Tests.Support;

namespace FactCorpus.Generator.Tests.EndToEnd;

/// <summary>
/// Issue 12, points 1, 4 and 5: the packed FactCorpus.Tool installed with `dotnet tool install` (--tool-path, --global, or a local tool manifest)
/// from the feed alone, into a fresh packages folder (NUGET_PACKAGES), and the installed `factcorpus` run as a user runs it.
/// </summary>
[Collection(PackedPackages.Collection)]
public class ToolTests(PackedPackages packages)
{
    /// <summary>The verbs whose --help is checked; one a line as Cli.Root lists them.</summary>
    private static readonly string[][] HelpCommands = [["--help"], ["check", "--help"], ["report", "--help"], ["export", "--help"]];

    [Fact]
    public void The_tool_installs_from_the_feed_checks_a_valid_and_a_broken_corpus_writes_the_review_site_and_exports()
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

        // The shipped corpus exported: one node or object per item, as JSON-LD to a file and as JSON on stdout.
        var jsonld = Run(factcorpus, valid, "export", RepoPaths.Corpus, "--format", "jsonld", "-o", Path.Combine("out", "corpus.jsonld"));
        Assert.Equal((0, ""), jsonld);
        using (var graph = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(valid, "out", "corpus.jsonld"))))
        {
            var types = graph.RootElement.GetProperty("@graph").EnumerateArray().Select(n => n.GetProperty("@type").GetString()).ToList();
            Assert.Equal((1 + 31 + 44 + 11 + 12, 44, 11, 12, 1), (types.Count, types.Count(t => t == "Claim"), types.Count(t => t == "Quotation"), types.Count(t => t == "Event"), types.Count(t => t == "NewsArticle")));
        }

        var json = Run(factcorpus, valid, "export", RepoPaths.Corpus, "--format", "json");
        Assert.Equal(0, json.ExitCode);
        using (var document = JsonDocument.Parse(json.Output))
        {
            Assert.Equal((1, 31, 44, 11, 12), (document.RootElement.GetProperty("sources").GetArrayLength(), document.RootElement.GetProperty("entities").GetArrayLength(),
                document.RootElement.GetProperty("claims").GetArrayLength(), document.RootElement.GetProperty("quotes").GetArrayLength(), document.RootElement.GetProperty("events").GetArrayLength()));
        }

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
        // The CLI caches where a local tool's package was (~/.dotnet/toolResolverCache), which outlives a test's packages
        // folder: an earlier run's entry would send this one to a deleted path, so the CLI's home is fresh too.
        var fresh = new Dictionary<string, string> { ["NUGET_PACKAGES"] = packages.NewFolder("nuget-packages"), ["DOTNET_CLI_HOME"] = packages.NewFolder("cli-home") };
        Assert.Equal(0, DotNetCli.Run("dotnet", repository, fresh, "new", "tool-manifest").ExitCode);
        var (installed, log) = DotNetCli.Run("dotnet", repository, fresh, "tool", "install", "FactCorpus.Tool", "--version", packages.Version, "--add-source", packages.Feed);
        Assert.True(installed == 0, log);

        var (code, output) = DotNetCli.Run("dotnet", repository, fresh, "factcorpus", "check");

        Assert.Equal(1, code);
        Assert.StartsWith("talks.facts.yaml(18,5): error FC1001: ", output);
        Assert.EndsWith("1 error, 0 warnings in 2 files.\n", output);
    }

    /// <summary>
    /// `--global` installs under the user's home: HOME (NuGet's user settings) and DOTNET_CLI_HOME (where the CLI keeps
    /// .dotnet/tools, in place of the home) point into the test's folder, so the real home is never touched.
    /// </summary>
    [Fact]
    public void The_tool_installs_globally_in_an_isolated_home_and_runs_from_its_tools_folder()
    {
        var home = packages.NewFolder("home");
        var isolated = new Dictionary<string, string>
        {
            ["HOME"] = home,
            ["USERPROFILE"] = home,
            ["DOTNET_CLI_HOME"] = home,
            ["NUGET_PACKAGES"] = packages.NewFolder("nuget-packages"),
        };
        var (code, output) = DotNetCli.Run("dotnet", home, isolated, "tool", "install", "--global", "FactCorpus.Tool", "--version", packages.Version, "--add-source", packages.Feed);
        Assert.True(code == 0, output);
        var factcorpus = Path.Combine(home, ".dotnet", "tools", OperatingSystem.IsWindows() ? "factcorpus.exe" : "factcorpus");
        Assert.True(File.Exists(factcorpus), output);

        var listed = DotNetCli.Run("dotnet", home, isolated, "tool", "list", "--global");
        Assert.Contains("factcorpus.tool", listed.Output, StringComparison.OrdinalIgnoreCase);
        var help = Run(factcorpus, home, "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("Usage:", help.Output);
        Assert.Contains("export", help.Output);
    }

    /// <summary>Installs the tool into a new folder and returns the path of its `factcorpus` command.</summary>
    private string Install()
    {
        var tools = packages.NewFolder("tools");
        // The CLI caches where a local tool's package was (~/.dotnet/toolResolverCache), which outlives a test's packages
        // folder: an earlier run's entry would send this one to a deleted path, so the CLI's home is fresh too.
        var fresh = new Dictionary<string, string> { ["NUGET_PACKAGES"] = packages.NewFolder("nuget-packages"), ["DOTNET_CLI_HOME"] = packages.NewFolder("cli-home") };
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

    /// <summary>The installed tool's output (stdout and stderr) without its progress lines (<see cref="Tool.ToolRun.WithoutProgress"/>).</summary>
    private static (int ExitCode, string Output) Run(string factcorpus, string directory, params string[] args)
    {
        var (exitCode, output) = DotNetCli.Run(factcorpus, directory, new Dictionary<string, string>(), args);
        return (exitCode, Tool.ToolRun.WithoutProgress(output));
    }
}
