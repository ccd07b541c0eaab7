using FactCorpus.Generator.Tests.Support;

namespace FactCorpus.Generator.Tests.EndToEnd;

/// <summary>
/// FactCorpus.Model and FactCorpus.Generator packed once into a temporary feed, shared by the end-to-end
/// tests (packing is the slow part). Consumers restore into their own fresh packages folder, so a package
/// cached from an earlier build can never stand in for the one packed here.
/// </summary>
public sealed class PackedPackages : IDisposable
{
    public PackedPackages()
    {
        Root = Directory.CreateTempSubdirectory("factcorpus-e2e-").FullName;
        Feed = Path.Combine(Root, "feed");
        foreach (var project in new[] { "generator/FactCorpus.Model", "generator/FactCorpus.Generator" })
        {
            var (exitCode, output) = DotNetCli.Run(RepoPaths.Root, "pack", project, "-c", "Release", "-o", Feed, "-p:UseSharedCompilation=false");
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"dotnet pack {project} failed:\n{output}");
            }
        }

        Version = File.ReadAllText(Path.Combine(RepoPaths.Root, "Directory.Build.props"))
            .Split("<FactCorpusVersion>")[1].Split("<")[0];
    }

    public string Root { get; }

    public string Feed { get; }

    public string Version { get; }

    public string GeneratorPackage => Path.Combine(Feed, $"FactCorpus.Generator.{Version}.nupkg");

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
