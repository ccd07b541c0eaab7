using FactCorpus.Generator.Tests.Support;

namespace FactCorpus.Generator.Tests.EndToEnd;

/// <summary>
/// FactCorpus.Model, FactCorpus.Generator, the FactCorpus.Templates template package and the FactCorpus.Tool tool packed once into a
/// temporary feed, shared by the end-to-end tests (packing is the slow part). Every project made here restores only from that feed into its own fresh
/// packages folder, so a package cached by an earlier build can never stand in for the one packed here.
/// </summary>
public sealed class PackedPackages : IDisposable
{
    public const string Collection = "Packed packages";

    private int projects;

    public PackedPackages()
    {
        Root = Directory.CreateTempSubdirectory("factcorpus-e2e-").FullName;
        Feed = Path.Combine(Root, "feed");
        foreach (var project in new[] { "generator/FactCorpus.Model", "generator/FactCorpus.Generator.Package", "templates/FactCorpus.Templates", "tools/FactCorpus.Tool" })
        {
            Run(RepoPaths.Root, "pack", project, "-c", "Release", "-o", Feed, "-p:UseSharedCompilation=false");
        }

        Version = File.ReadAllText(Path.Combine(RepoPaths.Root, "Directory.Build.props"))
            .Split("<FactCorpusVersion>")[1].Split("<")[0];
    }

    public string Root { get; }

    public string Feed { get; }

    public string Version { get; }

    public string GeneratorPackage => Path.Combine(Feed, $"FactCorpus.Generator.{Version}.nupkg");

    public string ModelPackage => Path.Combine(Feed, $"FactCorpus.Model.{Version}.nupkg");

    public string TemplatePackage => Path.Combine(Feed, $"FactCorpus.Templates.{Version}.nupkg");

    public string ToolPackage => Path.Combine(Feed, $"FactCorpus.Tool.{Version}.nupkg");

    /// <summary>A new empty folder with no nuget.config of its own.</summary>
    public string NewFolder(string prefix)
    {
        var dir = Path.Combine(Root, prefix + Interlocked.Increment(ref projects));
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>A new empty project folder whose nuget.config restores from the feed only, into its own packages folder.</summary>
    public string NewProjectFolder()
    {
        var dir = NewFolder("project");
        File.WriteAllText(Path.Combine(dir, "nuget.config"), $"""
            <configuration>
              <config><add key="globalPackagesFolder" value="{Path.Combine(dir, ".packages")}" /></config>
              <packageSources><add key="packed" value="{Feed}" /></packageSources>
            </configuration>
            """);
        return dir;
    }

    /// <summary>Runs the dotnet CLI and throws with its output when it fails.</summary>
    public static string Run(string directory, params string[] args)
    {
        var (exitCode, output) = DotNetCli.Run(directory, args);
        return exitCode == 0 ? output : throw new InvalidOperationException($"dotnet {string.Join(' ', args)} failed:\n{output}");
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

[CollectionDefinition(PackedPackages.Collection)]
public sealed class PackedPackagesCollection : ICollectionFixture<PackedPackages>;
