using FactCorpus.Generator.Tests.EndToEnd;
using FactCorpus.Generator.Tests.Support;

namespace FactCorpus.Bench.BuildLikeAUser;

/// <summary>
/// FactCorpus.Model and FactCorpus.Generator packed once from this checkout into a feed in a new temporary folder,
/// whose nuget.config restores every project made under it from that feed (and the user's other sources, for
/// NETStandard.Library) into a packages folder of its own: NuGet never extracts again a version it already holds,
/// so the machine's cache could otherwise stand in for the generator packed here.
/// </summary>
internal sealed class PackedFeed : IDisposable
{
    private PackedFeed(string root, string version)
    {
        Root = root;
        Version = version;
    }

    public string Root { get; }

    public string Version { get; }

    /// <param name="root">A folder to pack into and keep (not disposed); a new temporary one when null.</param>
    public static PackedFeed Pack(string? root = null)
    {
        root = root is null ? Directory.CreateTempSubdirectory("factcorpus-build-like-a-user-").FullName : Directory.CreateDirectory(root).FullName;
        var feed = Path.Combine(root, "feed");
        foreach (var project in new[] { "generator/FactCorpus.Model", "generator/FactCorpus.Generator.Package" })
        {
            var (exitCode, output) = DotNetCli.Run(RepoPaths.Root, "pack", project, "-c", "Release", "-o", feed, "-p:UseSharedCompilation=false");
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"packing {project} failed:\n{output}");
            }
        }

        File.WriteAllText(Path.Combine(root, "nuget.config"), $"""
            <configuration>
              <config><add key="globalPackagesFolder" value="{Path.Combine(root, "packages")}" /></config>
              <packageSources><add key="packed" value="{feed}" /></packageSources>
            </configuration>
            """);

        // The version the checkout packs (Directory.Build.props), read from the package's file name.
        const string prefix = "FactCorpus.Generator.";
        var package = Path.GetFileNameWithoutExtension(Directory.GetFiles(feed, prefix + "*.nupkg").Single());
        return new PackedFeed(root, package[prefix.Length..]);
    }

    /// <summary>A new empty folder under the feed's nuget.config.</summary>
    public string NewProjectFolder(string name) => Directory.CreateDirectory(Path.Combine(Root, name)).FullName;

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
