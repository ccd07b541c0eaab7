using System.IO.Compression;
using System.Text.RegularExpressions;

namespace FactCorpus.Generator.Tests.EndToEnd;

/// <summary>
/// The real chain: packed packages, a fresh project that references the generator by PackageReference, and
/// `dotnet build`. Few tests, because each build starts a cold compiler.
/// </summary>
[Collection(PackedPackages.Collection)]
public class PackageTests(PackedPackages packages)
{
    [Fact]
    public void Generator_package_carries_YamlDotNet_beside_the_generator_the_build_props_and_the_schema()
    {
        using var zip = ZipFile.OpenRead(packages.GeneratorPackage);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet();

        Assert.Contains("analyzers/dotnet/cs/FactCorpus.Generator.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/YamlDotNet.dll", entries);
        Assert.Contains("build/FactCorpus.Generator.props", entries);
        Assert.Contains("schema/facts.schema.json", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fresh_project_builds_its_facts_and_fails_with_located_FC_errors_when_they_break()
    {
        var project = TalksProject.Create(packages);

        var valid = Build(project);
        Assert.True(valid.ExitCode == 0, valid.Output);
        Assert.DoesNotContain("warning FC", valid.Output);

        // Line 18 is the claim's `predicate:`; a misspelt field name there must fail at that line and column.
        Break(project, "    predicate: talks_duration", "    predicat: talks_duration");
        AssertFailsWith(Build(project), "talks.facts.yaml(18,5): error FC1001");

        // An unterminated flow sequence makes YamlDotNet throw InvalidOperationException: still FC0001, not CS8785.
        Break(project, "    predicat: talks_duration", "    predicate: [talks_duration");
        AssertFailsWith(Build(project), "talks.facts.yaml(", "error FC0001");
    }

    /// <summary>
    /// Issue 9: a tab in one file of a multi-file corpus is one error at the tab, not an FC2003 in every file that
    /// refers to an id the broken file declares after it.
    /// </summary>
    [Fact]
    public void A_syntax_error_in_one_file_of_several_is_one_error_at_its_place()
    {
        var project = TalksProject.Create(packages);
        File.WriteAllText(Path.Combine(project, "places.facts.yaml"), """
            entities:
              - id: jeddah
                kind: place
                name: Jeddah
              - id: riyadh
                kind: place
                name: Riyadh
            """);
        File.WriteAllText(Path.Combine(project, "talks_events.facts.yaml"), """
            events:
              - id: jeddah_talks
                type: talks
                summary: Talks in Jeddah.
                location: jeddah
                source: talks_article
                evidence: ["The talks in Jeddah"]
              - id: riyadh_talks
                type: talks
                summary: Talks about Riyadh.
                location: riyadh
                source: talks_article
                evidence: ["The talks in Jeddah"]
            """);
        var valid = Build(project);
        Assert.True(valid.ExitCode == 0, valid.Output);

        File.WriteAllText(Path.Combine(project, "places.facts.yaml"), File.ReadAllText(Path.Combine(project, "places.facts.yaml")).Replace("    kind: place\n    name: Jeddah", "    kind: place\n\tname: Jeddah"));
        var broken = Build(project);

        AssertFailsWith(broken, "places.facts.yaml(4,1): error FC0001: Invalid YAML: line 4 is indented with a tab; YAML allows only spaces");
        Assert.Single(broken.Output.Split('\n'), l => l.Contains(": error ", StringComparison.Ordinal));
    }

    [Fact]
    public void Severities_are_configured_per_id_in_a_global_analyzer_config()
    {
        var project = TalksProject.Create(packages);
        Break(project, "    text: \"We hope that", "    text: \"We trust that");
        AssertFailsWith(Build(project), "talks.facts.yaml(13,11): error FC3002");

        File.WriteAllText(Path.Combine(project, ".globalconfig"), """
            is_global = true
            dotnet_diagnostic.FC3002.severity = none
            """);
        var relaxed = Build(project);
        Assert.True(relaxed.ExitCode == 0, relaxed.Output);
        Assert.DoesNotContain("FC3002", relaxed.Output);
    }

    /// <summary>Builds with a file logger: the console loggers print each error twice, which would hide a duplicate.</summary>
    private static (int ExitCode, string Output) Build(string project)
    {
        var log = Path.Combine(project, "build.log");
        var (exitCode, console) = DotNetCli.Run(project, "build", "-nologo", "-tl:off", "-noConsoleLogger", $"-flp:logfile={log};verbosity=minimal", "-p:UseSharedCompilation=false");
        return (exitCode, File.Exists(log) ? File.ReadAllText(log) : console);
    }

    private static void Break(string project, string line, string replacement)
    {
        var path = Path.Combine(project, TalksProject.FactsFile);
        var text = File.ReadAllText(path);
        Assert.Contains(line, text);
        File.WriteAllText(path, text.Replace(line, replacement));
    }

    private static void AssertFailsWith((int ExitCode, string Output) build, params string[] expected)
    {
        Assert.True(build.ExitCode != 0, build.Output);
        // Exactly one line: the generator reports in a build, the analyzer only at design time.
        var errorLines = build.Output.Split('\n').Where(l => expected.All(l.Contains)).ToList();
        Assert.True(errorLines.Count == 1, $"expected one line with {string.Join(" and ", expected)} in:\n{build.Output}");
        Assert.DoesNotContain("CS8785", build.Output);
        Assert.False(Regex.IsMatch(build.Output, @"\.g\.cs\(\d+,\d+\): error"), build.Output);
    }
}
