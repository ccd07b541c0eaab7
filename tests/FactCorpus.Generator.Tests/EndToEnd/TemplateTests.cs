using System.Text.RegularExpressions;
using FactCorpus.Generator.Tests.Support;

namespace FactCorpus.Generator.Tests.EndToEnd;

/// <summary>
/// The README's "Writing a corpus" steps, literally: install the packed template (into a hive of its own, so the
/// machine's templates are untouched), `dotnet new factcorpus -n Harbour`, and build with nothing but what the
/// template made: its nuget.config names the feed the packages were packed into and an empty packages folder.
/// </summary>
[Collection(PackedPackages.Collection)]
public class TemplateTests(PackedPackages packages)
{
    private const string FactsFile = "harbour-light.facts.yaml";

    [Fact]
    public void A_project_made_from_the_template_builds_green_has_its_schema_and_fails_at_a_broken_line()
    {
        var hive = packages.NewFolder("hive");
        PackedPackages.Run(packages.Root, "new", "install", packages.TemplatePackage, "--debug:custom-hive", hive);
        var work = packages.NewFolder("template");
        PackedPackages.Run(work, "new", "factcorpus", "-n", "Harbour", "--debug:custom-hive", hive);
        var project = Path.Combine(work, "Harbour");

        // Where the packages come from: the feed they were packed into, extracted into the project's own empty folder.
        var config = File.ReadAllText(Path.Combine(project, "nuget.config"));
        Assert.Contains($"value=\"{packages.Feed}\"", config);
        Assert.Contains("key=\"globalPackagesFolder\" value=\".packages\"", config);
        Assert.False(Directory.Exists(Path.Combine(project, ".packages")));
        var csproj = File.ReadAllText(Path.Combine(project, "Harbour.csproj"));
        Assert.Contains($"<PackageReference Include=\"FactCorpus.Generator\" Version=\"{packages.Version}\"", csproj);
        Assert.Contains("<GenerateDocumentationFile Condition=\"'$(Configuration)' == 'Release'\">true</GenerateDocumentationFile>", csproj);
        Assert.Contains("<RootNamespace>Harbour</RootNamespace>", csproj);

        var valid = PackageTests.Build(project);
        Assert.True(valid.ExitCode == 0, valid.Output);
        Assert.DoesNotContain("warning", valid.Output, StringComparison.OrdinalIgnoreCase);
        // The edit loop (Debug) writes no doc file; the package (`dotnet pack` builds Release) ships it for hover.
        Assert.False(File.Exists(Path.Combine(project, "bin", "Debug", "netstandard2.0", "Harbour.xml")));
        var packed = packages.NewFolder("template-pack");
        PackedPackages.Run(project, "pack", "-o", packed, "-p:UseSharedCompilation=false");
        using (var package = System.IO.Compression.ZipFile.OpenRead(Path.Combine(packed, "Harbour.1.0.0.nupkg")))
        {
            var docs = package.GetEntry("lib/netstandard2.0/Harbour.xml");
            Assert.NotNull(docs);
            using var reader = new StreamReader(docs.Open());
            Assert.Contains("<member name=\"P:Harbour.Claims.", reader.ReadToEnd());
        }

        // The schema line resolves, relative to the YAML file as the YAML language server resolves it, to the copy
        // of the packed schema that the build put in the project.
        var yaml = Path.Combine(project, FactsFile);
        var modeline = Regex.Match(File.ReadLines(yaml).First(), @"^# yaml-language-server: \$schema=(?<path>\S+)$");
        Assert.True(modeline.Success, File.ReadLines(yaml).First());
        var schema = Path.GetFullPath(Path.Combine(project, modeline.Groups["path"].Value));
        Assert.Equal(Path.Combine(project, ".factcorpus", "facts.schema.json"), schema);
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, "generator", "FactCorpus.Generator", "schema", "facts.schema.json")), File.ReadAllText(schema));
        Assert.Contains(".factcorpus/", File.ReadAllLines(Path.Combine(project, ".gitignore")));

        // Copied only when it changed: a second build leaves the copy as it was.
        var copied = File.GetLastWriteTimeUtc(schema);
        var again = PackageTests.Build(project);
        Assert.True(again.ExitCode == 0, again.Output);
        Assert.Equal(copied, File.GetLastWriteTimeUtc(schema));

        // Line 36 is a claim's `predicate:`; a misspelt field name there fails at that line and column.
        var lines = File.ReadAllLines(yaml);
        Assert.Equal("    predicate: cost", lines[35]);
        lines[35] = "    predicat: cost";
        File.WriteAllLines(yaml, lines);
        PackageTests.AssertFailsWith(PackageTests.Build(project), FactsFile + "(36,5): error FC1001");
    }
}
