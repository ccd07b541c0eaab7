using System.Globalization;
using FactCorpus.Generator.Tests.EndToEnd;
using FactCorpus.Generator.Tests.Support;
using Microsoft.CodeAnalysis;

namespace FactCorpus.Generator.Tests.Tool;

/// <summary>
/// Issue 12, point 2: `factcorpus check` reports what a build reports, in MSBuild format, relative to the folder, in
/// corpus order, with exit codes 0 (no error), 1 (errors) and 2 (usage, one line on stderr).
/// </summary>
public class CheckCommandTests
{
    /// <summary>The fictional Talks corpus with the quote's speaker misspelt: one error.</summary>
    private static (string Path, string Text)[] BrokenTalks() =>
    [
        ("articles/talks.txt", TalksProject.Article),
        (TalksProject.FactsFile, TalksProject.Facts.Replace("speaker: marco_rubio", "speaker: marco_rubo")),
    ];

    /// <summary>What the generator reports in a build for the same files, as check prints each diagnostic, in its order.</summary>
    private static string[] BuildReports((string Path, string Text)[] files) =>
        GeneratorHarness.Run(files).Diagnostics
            .Select(d => (Diagnostic: d, Span: d.Location.GetLineSpan()))
            .OrderBy(d => d.Span.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Span.StartLinePosition.Line)
            .ThenBy(d => d.Span.StartLinePosition.Character)
            .Select(d => $"{d.Span.Path[GeneratorHarness.Root.Length..]}({d.Span.StartLinePosition.Line + 1},{d.Span.StartLinePosition.Character + 1}): "
                + $"{(d.Diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning")} {d.Diagnostic.Id}: {d.Diagnostic.GetMessage(CultureInfo.InvariantCulture)}")
            .ToArray();

    [Fact]
    public void The_shipped_corpus_has_no_diagnostic_and_exit_code_0()
    {
        var run = ToolRun.Of("check", RepoPaths.Corpus);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["0 errors, 0 warnings in 6 files."], run.OutputLines);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void An_error_is_printed_in_msbuild_format_at_the_mistake_with_exit_code_1()
    {
        using var dir = new CorpusDir(BrokenTalks());

        var run = ToolRun.Of("check", dir.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(2, run.OutputLines.Length);
        Assert.StartsWith("talks.facts.yaml(11,14): error FC2003: ", run.OutputLines[0]);
        Assert.Contains("marco_rubo", run.OutputLines[0]);
        Assert.Equal("1 error, 0 warnings in 2 files.", run.OutputLines[1]);
    }

    [Fact]
    public void Check_prints_exactly_what_the_generator_reports_in_a_build_in_corpus_order()
    {
        var broken = BridgeCorpus.Files(courier: BridgeCorpus.CourierFacts.Replace("source: courier", "source: couriers"));
        using var dir = new CorpusDir(broken);

        var run = ToolRun.Of("check", dir.Root);
        var expected = BuildReports(broken);

        Assert.Contains(expected, l => l.Contains(": error ", StringComparison.Ordinal));
        Assert.Contains(expected, l => l.Contains(": warning FC4001", StringComparison.Ordinal));
        Assert.Equal(expected, run.OutputLines[..^1]);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void Warnings_alone_exit_with_0_and_are_counted()
    {
        using var dir = new CorpusDir(BridgeCorpus.Files());

        var run = ToolRun.Of("check", dir.Root);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [
                "courier.facts.yaml(2,9): warning FC4001",
                "gazette.facts.yaml(2,9): warning FC4001",
                "gazette.facts.yaml(11,9): warning FC4001",
                "gazette.facts.yaml(19,9): warning FC4001",
            ],
            run.OutputLines[..^1].Select(l => l[..l.IndexOf(": claims", StringComparison.Ordinal)]));
        Assert.Equal("0 errors, 4 warnings in 5 files.", run.OutputLines[^1]);
    }

    /// <summary>As the SDK gives them to the compiler: every .globalconfig in the folder and above it, and is_global editorconfigs.</summary>
    [Fact]
    public void Severities_set_in_a_global_config_are_those_check_reports_as_a_build_does()
    {
        using var dir = new CorpusDir(BridgeCorpus.Files().Select(f => ("project/" + f.Path, f.Text))
            .Append(("project/.globalconfig", "is_global = true\ndotnet_diagnostic.FC4001.severity = error\n")));

        var run = ToolRun.Of("check", Path.Combine(dir.Root, "project"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(4, run.OutputLines.Count(l => l.Contains(": error FC4001: ", StringComparison.Ordinal)));
        Assert.Equal("4 errors, 0 warnings in 5 files.", run.OutputLines[^1]);

        // A config in a folder above, turning the warning off.
        dir.Write(".globalconfig", System.Text.Encoding.UTF8.GetBytes("dotnet_diagnostic.FC4001.severity = none\n"));
        dir.Write("project/.globalconfig", System.Text.Encoding.UTF8.GetBytes("is_global = true\n"));
        Assert.Equal(["0 errors, 0 warnings in 5 files."], ToolRun.Of("check", Path.Combine(dir.Root, "project")).OutputLines);
    }

    [Fact]
    public void An_error_set_to_suggestion_in_a_global_editorconfig_is_info_and_no_longer_fails_the_check()
    {
        using var dir = new CorpusDir(BrokenTalks().Append((".editorconfig", "is_global = true\ndotnet_diagnostic.FC2003.severity = suggestion\n")));

        var run = ToolRun.Of("check", dir.Root);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("talks.facts.yaml(11,14): info FC2003: ", run.OutputLines[0]);
        Assert.Equal("0 errors, 0 warnings in 2 files.", run.OutputLines[^1]);
    }

    [Fact]
    public void An_article_that_is_not_utf8_is_FC0005_at_its_first_bad_character_as_in_a_build()
    {
        using var dir = new CorpusDir(BrokenTalks().Skip(1).Append((TalksProject.FactsFile, TalksProject.Facts)));
        dir.Write("articles/talks.txt", [.. "Caf"u8, 0xE9, .. " talks.\n"u8]);

        var run = ToolRun.Of("check", dir.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith(Path.Combine("articles", "talks.txt") + "(1,4): error FC0005: ", run.OutputLines[0]);
    }

    [Fact]
    public void Articles_elsewhere_are_found_with_the_articles_option()
    {
        var files = new[] { ("texts/talks.txt", TalksProject.Article), (TalksProject.FactsFile, TalksProject.Facts.Replace("articles/talks.txt", "texts/talks.txt")) };
        using var dir = new CorpusDir(files);

        var byDefault = ToolRun.Of("check", dir.Root);
        var withOption = ToolRun.Of("check", dir.Root, "--articles", "texts/*.txt");

        // By default texts/ is no article folder: the build's FC3003 says the file exists but is not an article.
        Assert.Equal(1, byDefault.ExitCode);
        Assert.StartsWith("talks.facts.yaml(4,11): error FC3003: ", byDefault.OutputLines[0]);
        Assert.Equal(0, withOption.ExitCode);
        Assert.Equal(["0 errors, 0 warnings in 2 files."], withOption.OutputLines);
    }

    [Fact]
    public void Files_under_bin_obj_and_hidden_folders_are_not_read()
    {
        using var dir = new CorpusDir(BrokenTalks().Skip(1).Select(f => ("obj/" + f.Path, f.Text))
            .Concat(BrokenTalks().Skip(1).Select(f => (".git/" + f.Path, f.Text)))
            .Concat([("articles/talks.txt", TalksProject.Article), (TalksProject.FactsFile, TalksProject.Facts)]));

        var run = ToolRun.Of("check", dir.Root);

        Assert.Equal(["0 errors, 0 warnings in 2 files."], run.OutputLines);
    }

    [Fact]
    public void A_missing_folder_is_one_line_on_stderr_and_exit_code_2()
    {
        var missing = Path.Combine(Path.GetTempPath(), "factcorpus-no-such-folder");

        var run = ToolRun.Of("check", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Equal($"factcorpus: The folder '{missing}' does not exist.{Environment.NewLine}", run.Error);
    }

    [Fact]
    public void A_folder_without_facts_is_one_line_on_stderr_and_exit_code_2()
    {
        using var dir = new CorpusDir([("articles/talks.txt", TalksProject.Article)]);

        var run = ToolRun.Of("check", dir.Root);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Equal($"factcorpus: The folder '{dir.Root}' has no *.facts.yaml file (in it or its subfolders).{Environment.NewLine}", run.Error);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error_without_stack_trace()
    {
        var run = ToolRun.Of("check", RepoPaths.Corpus, "--no-such-option");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.StartsWith("factcorpus: ", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("check", "--help")]
    public void Help_describes_each_verb_and_exits_with_0(params string[] args)
    {
        var run = ToolRun.Of(args);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Output);
        Assert.Contains("Exit code", run.Output, StringComparison.OrdinalIgnoreCase);
    }
}
