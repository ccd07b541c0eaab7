using System.IO.Compression;
using System.Text.RegularExpressions;
using FactCorpus.Generator.Ahead;
using FactCorpus.Generator.Diagnostics;
using FactCorpus.Generator.Model;
using FactCorpus.Generator.Tests.Support;

namespace FactCorpus.Generator.Tests.EndToEnd;

/// <summary>
/// The real chain: packed packages, a fresh project that references the generator by PackageReference, and
/// `dotnet build`. Few tests, because each build starts a cold compiler.
/// </summary>
[Collection(PackedPackages.Collection)]
public class PackageTests(PackedPackages packages)
{
    [Fact]
    public void Generator_package_carries_YamlDotNet_beside_the_generator_the_build_props_the_schema_and_the_task()
    {
        using var zip = ZipFile.OpenRead(packages.GeneratorPackage);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet();

        Assert.Contains("analyzers/dotnet/cs/FactCorpus.Generator.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/FactCorpus.Generator.DesignTime.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/YamlDotNet.dll", entries);
        // The build targets' task, with what it loads: the generator's writer, YamlDotNet and Roslyn's diagnostics types.
        Assert.Contains("tasks/netstandard2.0/FactCorpus.Generator.Tasks.dll", entries);
        Assert.Contains("tasks/netstandard2.0/FactCorpus.Generator.dll", entries);
        Assert.Contains("tasks/netstandard2.0/YamlDotNet.dll", entries);
        Assert.Contains("tasks/netstandard2.0/Microsoft.CodeAnalysis.dll", entries);
        Assert.DoesNotContain("analyzers/dotnet/cs/FactCorpus.Generator.Tasks.dll", entries);
        Assert.Contains("build/FactCorpus.Generator.props", entries);
        Assert.Contains("build/FactCorpus.Generator.targets", entries);
        Assert.Contains("schema/facts.schema.json", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
    }

    /// <summary>
    /// Beside the IL, ReadyToRun images of the very same assembly (same identity and module id) for three platforms,
    /// each with YamlDotNet beside it, in a folder named after the .NET version they were compiled for.
    /// </summary>
    [Fact]
    public void Generator_package_carries_ReadyToRun_images_of_the_same_generator()
    {
        using var zip = ZipFile.OpenRead(packages.GeneratorPackage);
        var framework = "net" + Environment.Version.Major + ".0";
        AssertImagesOfTheSameAssembly(zip, "analyzers/dotnet/cs/FactCorpus.Generator.dll", platform => $"build/r2r/{framework}/{platform}/FactCorpus.Generator.dll");
        Assert.All(ReadyToRunPlatforms, platform => Assert.NotNull(zip.GetEntry($"build/r2r/{framework}/{platform}/YamlDotNet.dll")));
    }

    /// <summary>The model's images are runtime assets of their platform and .NET version; every compile gets the IL.</summary>
    [Fact]
    public void Model_package_carries_ReadyToRun_images_of_the_same_model_as_runtime_assets()
    {
        using var zip = ZipFile.OpenRead(packages.ModelPackage);
        var framework = "net" + Environment.Version.Major + ".0";
        AssertImagesOfTheSameAssembly(zip, "lib/netstandard2.0/FactCorpus.Model.dll", platform => $"runtimes/{platform}/lib/{framework}/FactCorpus.Model.dll");
        Assert.DoesNotContain(zip.Entries, e => e.FullName.StartsWith("ref/", StringComparison.Ordinal) || (e.FullName.StartsWith("lib/", StringComparison.Ordinal) && !e.FullName.StartsWith("lib/netstandard2.0/", StringComparison.Ordinal)));
    }

    /// <summary>
    /// An app on this machine loads the model's image for its platform (listed in its deps.json, picked by the host),
    /// the IL on a platform without one.
    /// </summary>
    [Fact]
    public void An_app_loads_the_ReadyToRun_model_of_its_platform()
    {
        var project = packages.NewProjectFolder();
        File.WriteAllText(Path.Combine(project, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net{Environment.Version.Major}.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="FactCorpus.Model" Version="{packages.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), "System.Console.WriteLine(typeof(FactCorpus.Model.Claim).Assembly.Location);\n");

        var loaded = PackedPackages.Run(project, "run", "-nologo", "-p:UseSharedCompilation=false").Trim().Replace('\\', '/');

        var platform = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
        Assert.EndsWith(ReadyToRunPlatforms.Contains(platform) ? $"/runtimes/{platform}/lib/net{Environment.Version.Major}.0/FactCorpus.Model.dll" : "/FactCorpus.Model.dll", loaded);
        if (ReadyToRunPlatforms.Contains(platform))
        {
            using var pe = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(loaded));
            Assert.True(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, loaded);
        }
    }

    /// <summary>The IL at <paramref name="il"/> is IL only; each platform's image is ReadyToRun and the same assembly (identity, module id).</summary>
    private static void AssertImagesOfTheSameAssembly(ZipArchive zip, string il, Func<string, string> image)
    {
        var source = Module(zip, il);
        Assert.False(source.ReadyToRun);
        foreach (var platform in ReadyToRunPlatforms)
        {
            var compiled = Module(zip, image(platform));
            Assert.True(compiled.ReadyToRun, image(platform));
            Assert.Equal(source.Identity, compiled.Identity);
            Assert.Equal(source.Mvid, compiled.Mvid);
        }
    }

    private static (bool ReadyToRun, string Identity, Guid Mvid) Module(ZipArchive zip, string path)
    {
        using var bytes = new MemoryStream();
        using (var entry = zip.GetEntry(path)!.Open())
        {
            entry.CopyTo(bytes);
        }

        bytes.Position = 0;
        using var pe = new System.Reflection.PortableExecutable.PEReader(bytes);
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        return (pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0,
            metadata.GetAssemblyDefinition().GetAssemblyName().FullName,
            metadata.GetGuid(metadata.GetModuleDefinition().Mvid));
    }

    [Fact]
    public void A_fresh_project_builds_its_facts_and_fails_with_located_FC_errors_when_they_break()
    {
        var project = TalksProject.Create(packages);

        var valid = Build(project);
        Assert.True(valid.ExitCode == 0, valid.Output);
        Assert.DoesNotContain("warning FC", valid.Output);

        // Line 18 is the claim's `predicate:`; a misspelt field name there must fail at that line and column,
        // and the build prints the link to the id's section of docs/diagnostics.md after the message.
        Break(project, "    predicate: talks_duration", "    predicat: talks_duration");
        AssertFailsWith(Build(project), "talks.facts.yaml(18,5): error FC1001", $"({Descriptors.HelpBaseUri}#fc1001-unknown-field)");

        // An unterminated flow sequence makes YamlDotNet throw InvalidOperationException: still FC0001, not CS8785.
        Break(project, "    predicat: talks_duration", "    predicate: [talks_duration");
        AssertFailsWith(Build(project), "talks.facts.yaml(", "error FC0001");
    }

    /// <summary>
    /// The items' data is embedded in the assembly, written by the package's task outside the compiler: the program
    /// reads its facts, also from a file whose path has a space, a non-ASCII letter and a '#' (resource names come
    /// from paths); editing one YAML file rewrites that file's data alone, and a C# edit rewrites none.
    /// </summary>
    [Fact]
    public void Each_files_data_is_embedded_and_rewritten_only_when_its_yaml_changes()
    {
        var project = TalksProject.Create(packages);
        var csproj = Path.Combine(project, "Talks.csproj");
        File.WriteAllText(csproj, File.ReadAllText(csproj).Replace("<TargetFramework>", "<OutputType>Exe</OutputType><TargetFramework>"));
        Directory.CreateDirectory(Path.Combine(project, "more facts"));
        File.WriteAllText(Path.Combine(project, "more facts", "lieux #1 é.facts.yaml"), "entities:\n  - { id: jeddah, kind: place, name: Jeddah }\n");
        File.WriteAllText(Path.Combine(project, "Program.cs"), "System.Console.WriteLine(Talks.Claims.TalksLength.Statement + \" | \" + Talks.Entities.Jeddah.Name);\n");
        Assert.Equal("The article reports that the talks lasted more than eight hours. | Jeddah", BuildAndRun(project));
        // In a folder of the package version's own under obj/Debug/net10.0/factcorpus/.
        var data = Assert.Single(Directory.GetDirectories(Path.Combine(project, "obj", "Debug", "net10.0", "factcorpus")));
        // Named from the path: '_' for what the analyzer config could cut, and the path's hash.
        var talks = Assert.Single(Directory.GetFiles(data, "talks.facts.yaml.*.data"));
        var more = Assert.Single(Directory.GetFiles(Path.Combine(data, "more_facts"), "lieux__1__.facts.yaml.*.data"));
        Assert.True(File.Exists(talks) && File.Exists(more), string.Join(", ", Directory.GetFiles(data)));
        var (talksWritten, moreWritten) = (File.GetLastWriteTimeUtc(talks), File.GetLastWriteTimeUtc(more));
        // The code generated ahead, likewise: the task keeps its last run (AheadCache) and makes again the edited
        // file's code and the corpus's table alone.
        var code = Path.Combine(data, AheadFile.SourcesFolder);
        Assert.True(File.Exists(Path.Combine(data, AheadFile.Cache)));
        var codeWritten = Directory.GetFiles(code).ToDictionary(f => Path.GetFileName(f), File.GetLastWriteTimeUtc);
        Assert.Equal(3, codeWritten.Count);
        Assert.Contains("talks.facts.g.cs", codeWritten.Keys);

        Break(project, "statement: The article reports that the talks lasted", "statement: The article reports that the talks went on for");
        Assert.Equal("The article reports that the talks went on for more than eight hours. | Jeddah", BuildAndRun(project));
        Assert.True(File.GetLastWriteTimeUtc(talks) > talksWritten, "the edited file's data was not rewritten");
        Assert.Equal(moreWritten, File.GetLastWriteTimeUtc(more));
        Assert.Equal(
            codeWritten.Keys.Order(StringComparer.Ordinal).Select(k => (k, k is "Corpus.g.cs" or "talks.facts.g.cs")),
            codeWritten.Keys.Order(StringComparer.Ordinal).Select(k => (k, File.GetLastWriteTimeUtc(Path.Combine(code, k)) > codeWritten[k])));

        talksWritten = File.GetLastWriteTimeUtc(talks);
        File.AppendAllText(Path.Combine(project, "Use.cs"), "// a C# edit\n");
        Assert.Equal("The article reports that the talks went on for more than eight hours. | Jeddah", BuildAndRun(project));
        Assert.Equal((talksWritten, moreWritten), (File.GetLastWriteTimeUtc(talks), File.GetLastWriteTimeUtc(more)));

        // The compiler compiles the code the task generated ahead, listed beside its results, and the generator
        // takes those results, whose key the task made from the project's properties as the compiler sees them
        // (else FC0009 fails the build): one more class, added to that code, reaches the program after a C# edit,
        // which runs the task no more than it rewrites data.
        var aheadFile = Path.Combine(data, AheadFile.Name);
        Assert.NotNull(AheadFile.Read(File.ReadAllText(aheadFile)));
        Assert.Contains("talks.facts.g.cs", File.ReadAllLines(Path.Combine(data, AheadFile.SourcesList)));
        File.WriteAllText(Path.Combine(data, AheadFile.SourcesFolder, "Marker.g.cs"), "namespace Talks { internal static class Ahead { public const string Taken = \"taken ahead\"; } }");
        File.AppendAllLines(Path.Combine(data, AheadFile.SourcesList), ["Marker.g.cs"]);
        File.WriteAllText(Path.Combine(project, "Program.cs"), "System.Console.WriteLine(Talks.Claims.TalksLength.Statement + \" | \" + Talks.Ahead.Taken);\n");
        Assert.Equal("The article reports that the talks went on for more than eight hours. | taken ahead", BuildAndRun(project));

        // Removing a file runs the task again, which the files' times alone would not: its code and the marker are
        // gone (with the code left, the key would differ: FC0009).
        File.Delete(Path.Combine(project, "more facts", "lieux #1 é.facts.yaml"));
        File.WriteAllText(Path.Combine(project, "Program.cs"), "System.Console.WriteLine(Talks.Claims.TalksLength.Statement + \" | \" + (typeof(Talks.Claims).Assembly.GetType(\"Talks.Ahead\") is null ? \"no marker\" : \"marker\"));\n");
        Assert.Equal("The article reports that the talks went on for more than eight hours. | no marker", BuildAndRun(project));

        // A file the compiler gets that the task did not see (added by a target that runs after the package's) is
        // not in the code made ahead: FC0009 at that file says so, and nothing else is reported.
        File.WriteAllText(Path.Combine(project, "late.txt"), "A fictional text added late.\n");
        File.WriteAllText(csproj, File.ReadAllText(csproj).Replace("</Project>", "<Target Name=\"AddLate\" DependsOnTargets=\"_FactCorpusTakeAhead\" BeforeTargets=\"CoreCompile\"><ItemGroup><AdditionalFiles Include=\"late.txt\" /></ItemGroup></Target></Project>"));
        AssertFailsWith(Build(project), "late.txt(1,1): error FC0009: ", "the compiler gets the file " + Path.Combine(project, "late.txt") + ", which the code was not made from. Build again");
    }

    private static string BuildAndRun(string project) =>
        PackedPackages.Run(project, "run", "--nologo", "-p:UseSharedCompilation=false").Trim().Split('\n')[^1].Trim();

    /// <summary>
    /// The compiler gets the design-time analyzer only in editors' design-time builds: with any analyzer, a build
    /// pays for the compiler's analyzer driver although the generator already reports (issue 10). A build whose code
    /// was generated ahead gets the generator of such builds alone, which reports the diagnostics found ahead. What
    /// the compiler would be given is read after the targets ran, without compiling, as a design-time build does.
    /// </summary>
    [Fact]
    public void The_analyzer_reaches_the_compiler_in_design_time_builds_only_and_the_full_generator_where_nothing_was_generated_ahead()
    {
        var project = TalksProject.Create(packages);
        PackedPackages.Run(project, "restore");

        Assert.Equal(["FactCorpus.Generator", "YamlDotNet"], AnalyzersPassedToTheCompiler(project, designTime: false, "-p:FactCorpusGenerateAhead=false").Select(a => a.Name));
        Assert.Equal(["FactCorpus.Generator.Ahead"], AnalyzersPassedToTheCompiler(project, designTime: false, "-p:UseSharedCompilation=false").Select(a => a.Name));
        Assert.Equal(["FactCorpus.Generator", "FactCorpus.Generator.DesignTime", "YamlDotNet"], AnalyzersPassedToTheCompiler(project, designTime: true).Select(a => a.Name));
    }

    private static readonly string[] ReadyToRunPlatforms = ["linux-x64", "win-x64", "osx-arm64"];

    /// <summary>
    /// A command-line build gives the compiler the generator's ReadyToRun image for the SDK's platform and .NET
    /// version, with the YamlDotNet beside it (the IL on a platform without an image), and so the generator of
    /// builds whose code was generated ahead; an editor's design-time build, and FactCorpusReadyToRun=false, the IL.
    /// </summary>
    [Fact]
    public void A_command_line_build_gets_the_ReadyToRun_generator_and_editors_the_IL()
    {
        var project = TalksProject.Create(packages);
        PackedPackages.Run(project, "restore");
        var platform = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
        var readyToRun = ReadyToRunPlatforms.Contains(platform) ? $"build/r2r/net{Environment.Version.Major}.0/{platform}/" : null;
        string IL(string name) => name == "FactCorpus.Generator.Ahead" ? "build/ahead/" : "analyzers/dotnet/cs/";

        foreach (var ahead in new[] { "true", "false" })
        {
            Assert.All(AnalyzersPassedToTheCompiler(project, designTime: false, $"-p:FactCorpusGenerateAhead={ahead}"), a => Assert.EndsWith(readyToRun ?? IL(a.Name), a.Folder));
            Assert.All(AnalyzersPassedToTheCompiler(project, designTime: false, $"-p:FactCorpusGenerateAhead={ahead}", "-p:FactCorpusReadyToRun=false"), a => Assert.EndsWith(IL(a.Name), a.Folder));
        }

        Assert.All(AnalyzersPassedToTheCompiler(project, designTime: true), a => Assert.EndsWith("analyzers/dotnet/cs/", a.Folder));
    }

    /// <summary>
    /// The results are generated ahead of the compiler in command-line builds without a compiler server, whose
    /// compiler starts the generator afresh every time; not with a server, which keeps the generator's incremental
    /// state from build to build (unless the project asks for them), and never in editors' design-time builds.
    /// </summary>
    [Fact]
    public void Results_are_generated_ahead_without_a_compiler_server_only_and_never_for_editors()
    {
        var project = TalksProject.Create(packages);
        PackedPackages.Run(project, "restore");
        bool Ahead(params string[] properties)
        {
            var json = PackedPackages.Run(project, ["msbuild", "-t:Compile", "-p:SkipCompilerExecution=true", .. properties, "-getItem:AdditionalFiles"]);
            return System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("Items").GetProperty("AdditionalFiles").EnumerateArray()
                .Any(f => Path.GetFileName(f.GetProperty("FullPath").GetString()!) == AheadFile.Name);
        }

        Assert.True(Ahead("-p:UseSharedCompilation=false"));
        Assert.False(Ahead("-p:UseSharedCompilation=false", "-p:DesignTimeBuild=true"));
        Assert.False(Ahead("-p:UseSharedCompilation=true"));
        Assert.True(Ahead("-p:UseSharedCompilation=true", "-p:FactCorpusGenerateAhead=true"));
        Assert.False(Ahead("-p:UseSharedCompilation=false", "-p:FactCorpusGenerateAhead=false"));
    }

    private static (string Name, string Folder)[] AnalyzersPassedToTheCompiler(string project, bool designTime, params string[] properties)
    {
        var json = PackedPackages.Run(project, ["msbuild", "-t:Compile", "-p:SkipCompilerExecution=true", $"-p:DesignTimeBuild={designTime}", .. properties, "-getItem:Analyzer"]);
        return System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("Items").GetProperty("Analyzer").EnumerateArray()
            .Select(a => (Name: a.GetProperty("Filename").GetString()!, Folder: Path.GetDirectoryName(a.GetProperty("FullPath").GetString()!)!.Replace('\\', '/') + "/"))
            .Where(a => a.Name.StartsWith("FactCorpus", StringComparison.Ordinal) || a.Name == "YamlDotNet")
            .OrderBy(a => a.Name, StringComparer.Ordinal)
            .ToArray();
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

    /// <summary>FC3004 is a warning in a real build: the build succeeds, and prints it at the said_by with its help link.</summary>
    [Fact]
    public void Evidence_that_does_not_name_the_speaker_is_a_located_warning_and_the_build_succeeds()
    {
        var project = TalksProject.Create(packages);
        var csproj = Path.Combine(project, "Talks.csproj");
        File.WriteAllText(csproj, File.ReadAllText(csproj).Replace("<TreatWarningsAsErrors>true</TreatWarningsAsErrors>", "<TreatWarningsAsErrors>false</TreatWarningsAsErrors>", StringComparison.Ordinal));
        // The article states the talks' length in its own words; Rubio is not named in that sentence.
        Break(project, "    said_by: talks_article", "    said_by: marco_rubio");

        var build = Build(project);

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains(
            "talks.facts.yaml(21,14): warning FC3004: No evidence of claims.talks_length names who said it, Marco Rubio: no sentence of the article that holds its evidence mentions 'Marco Rubio' or 'Rubio'",
            build.Output);
        Assert.Contains($"({Descriptors.HelpBaseUri}#fc3004-evidence-does-not-show-who-said-it)", build.Output);
    }

    /// <summary>
    /// Two fictional articles that disagree (Support/BridgeCorpus.cs), through a real build: FC4001 is a warning at
    /// both claims of each conflict, the build succeeds, and the shipped documentation (what hover shows) links each
    /// claim to the one it conflicts with; a date the curator supplied says so there too.
    /// </summary>
    [Fact]
    public void Conflicting_claims_are_warnings_at_both_claims_and_the_hover_docs_link_them()
    {
        var project = TalksProject.Create(packages);
        File.Delete(Path.Combine(project, TalksProject.FactsFile));
        File.Delete(Path.Combine(project, "Use.cs"));
        var csproj = Path.Combine(project, "Talks.csproj");
        File.WriteAllText(csproj, File.ReadAllText(csproj).Replace("<TreatWarningsAsErrors>true</TreatWarningsAsErrors>", "<TreatWarningsAsErrors>false</TreatWarningsAsErrors>", StringComparison.Ordinal));
        foreach (var (path, text) in BridgeCorpus.Files())
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(project, path))!);
            // The Courier's day is not in its article: the curator's knowledge.
            File.WriteAllText(Path.Combine(project, path), text.Replace(
                "published: 2024-06\n", "published: { on: 2024-06-05, by: curator, from: \"the issue of Wednesday 5 June\" }\n", StringComparison.Ordinal));
        }

        var build = Build(project);

        Assert.True(build.ExitCode == 0, build.Output);
        var warnings = build.Output.Split('\n').Select(l => Regex.Match(l, @"(\w+\.facts\.yaml\(\d+,\d+\)): warning (FC\d{4})")).Where(m => m.Success)
            .Select(m => $"{m.Groups[2].Value} {m.Groups[1].Value}").Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(["FC4001 courier.facts.yaml(2,9)", "FC4001 gazette.facts.yaml(11,9)", "FC4001 gazette.facts.yaml(19,9)", "FC4001 gazette.facts.yaml(2,9)"], warnings);
        var docs = File.ReadAllText(Directory.GetFiles(Path.Combine(project, "bin"), "Talks.xml", SearchOption.AllDirectories).Single());
        Assert.Matches(@"<member name=""P:Talks\.Claims\.GazetteCost"">(?:(?!</member>).)*Conflicts with <see cref=""P:Talks\.Claims\.CourierCost""", docs.ReplaceLineEndings(" "));
        Assert.Contains("per the curator, not the article", docs);
    }

    [Fact]
    public void Files_saved_as_windows_1252_fail_with_FC0005_at_their_first_bad_character()
    {
        var project = TalksProject.Create(packages);
        var windows1252 = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        // The article's “ (0x93) on line 1; in the YAML, the – (0x96) of line 3.
        File.WriteAllBytes(Path.Combine(project, "articles", "talks.txt"), windows1252.GetBytes(TalksProject.Article));
        var facts = TalksProject.Facts.Replace("title: Talks in Jeddah", "title: Talks in Jeddah \u2013 day one", StringComparison.Ordinal);
        File.WriteAllBytes(Path.Combine(project, TalksProject.FactsFile), windows1252.GetBytes(facts));

        var build = Build(project);
        AssertFailsWith(build, "talks.txt(1,23): error FC0005");
        AssertFailsWith(build, "talks.facts.yaml(3,28): error FC0005");
        // Each file's one error: the evidence and the quote the wrong text would fail are not reported.
        Assert.Equal(2, build.Output.Split('\n').Count(l => l.Contains(": error ", StringComparison.Ordinal)));
    }

    /// <summary>The props list the project's *.txt files for the generator, which may not look at the disk itself.</summary>
    [Fact]
    public void An_article_outside_the_article_folder_is_reported_as_existing_but_not_an_additional_file()
    {
        var project = TalksProject.Create(packages);
        Directory.CreateDirectory(Path.Combine(project, "texts"));
        File.Move(Path.Combine(project, "articles", "talks.txt"), Path.Combine(project, "texts", "talks.txt"));
        Break(project, "    text: articles/talks.txt", "    text: texts/talks.txt");

        AssertFailsWith(Build(project), "talks.facts.yaml(4,11): error FC3003", "the file exists, but is not an AdditionalFile");
    }

    /// <summary>Builds with a file logger: the console loggers print each error twice, which would hide a duplicate.</summary>
    internal static (int ExitCode, string Output) Build(string project)
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

    internal static void AssertFailsWith((int ExitCode, string Output) build, params string[] expected)
    {
        Assert.True(build.ExitCode != 0, build.Output);
        // Exactly one line: the generator reports in a build, the analyzer only at design time.
        var errorLines = build.Output.Split('\n').Where(l => expected.All(l.Contains)).ToList();
        Assert.True(errorLines.Count == 1, $"expected one line with {string.Join(" and ", expected)} in:\n{build.Output}");
        Assert.DoesNotContain("CS8785", build.Output);
        Assert.False(Regex.IsMatch(build.Output, @"\.g\.cs\(\d+,\d+\): error"), build.Output);
    }
}
