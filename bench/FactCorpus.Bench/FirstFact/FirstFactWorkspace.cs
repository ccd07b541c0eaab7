using System.Diagnostics;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FactCorpus.Generator;
using FactCorpus.Generator.Tests.EndToEnd;
using FactCorpus.Generator.Tests.Support;
using FirstFactApps;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace FactCorpus.Bench.FirstFact;

/// <summary>
/// What the fresh-process measurement runs, in one folder: the synthetic corpus compiled to corpus/Bench.dll (with
/// FactCorpus.Model.dll beside it, as an app loads it from the model package: <see cref="PackagedModel"/>), the same data as YAML files and as JSON in data/, and the three apps of
/// bench/FirstFactApps (embedded in this assembly) built once with <c>dotnet build -c Release</c>.
/// The folder is in the temp directory, named by a hash of its inputs: BenchmarkDotNet runs each benchmark's global
/// setup in a process of its own, and a build takes seconds, so they share one build until an input changes.
/// </summary>
internal sealed class FirstFactWorkspace
{
    private const string AppsResourcePrefix = "FirstFactApps/";

    private FirstFactWorkspace(string root)
    {
        Root = root;
        YamlDotNet = App(root, "YamlDotNet");
        SystemTextJson = App(root, "SystemTextJson");
        Generated = App(root, "Generated");
    }

    public string Root { get; }

    public FirstFactApp YamlDotNet { get; }

    public FirstFactApp SystemTextJson { get; }

    public FirstFactApp Generated { get; }

    public static FirstFactWorkspace Prepare(int claims)
    {
        var harness = new Harness(claims, 1);
        var parent = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "factcorpus-first-fact"));
        var root = Path.Combine(parent.FullName, $"{claims}-{InputsHash(harness)}");
        if (Directory.Exists(root))
        {
            return new FirstFactWorkspace(root);
        }

        // Other runs may be using other folders at this moment (another checkout, another generator), so only
        // folders a day old go.
        foreach (var stale in parent.GetDirectories().Where(d => d.LastWriteTimeUtc < DateTime.UtcNow.AddDays(-1)))
        {
            stale.Delete(recursive: true);
        }

        // Built aside and moved into place whole, so a folder under the final name is always complete, even when
        // two runs build the same inputs at once.
        var building = $"{root}.building-{Environment.ProcessId}";
        WriteApps(building);
        WriteCorpus(building, harness);
        Build(building);
        try
        {
            Directory.Move(building, root);
        }
        catch (IOException) when (Directory.Exists(root))
        {
            Directory.Delete(building, recursive: true);
        }

        return new FirstFactWorkspace(root);
    }

    private static FirstFactApp App(string root, string name) =>
        new(name, Path.Combine(root, name, "bin", "Release", "net10.0", "FirstFact." + name + (OperatingSystem.IsWindows() ? ".exe" : "")));

    /// <summary>Generator and model assemblies, the corpus text and the apps' sources: what the built apps depend on.</summary>
    private static string InputsHash(Harness harness)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(File.ReadAllBytes(typeof(FactCorpusGenerator).Assembly.Location));
        hash.AppendData(File.ReadAllBytes(typeof(FactCorpus.Model.Claim).Assembly.Location));
        hash.AppendData("the model as packaged"u8);
        foreach (var (path, text) in harness.Corpus.FactFiles)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(path + "\n" + text));
        }

        foreach (var (name, content) in AppSources())
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name + "\n"));
            hash.AppendData(content);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    private static IEnumerable<(string Name, byte[] Content)> AppSources()
    {
        var assembly = typeof(FirstFactWorkspace).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            // MSBuild writes the folder part of the logical name with the OS's separator.
            var name = resource.Replace('\\', '/');
            if (name.StartsWith(AppsResourcePrefix, StringComparison.Ordinal))
            {
                using var stream = assembly.GetManifestResourceStream(resource)!;
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                yield return (name[AppsResourcePrefix.Length..], copy.ToArray());
            }
        }
    }

    private static void WriteApps(string root)
    {
        foreach (var (name, content) in AppSources())
        {
            var path = Path.Combine(root, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, content);
        }
    }

    /// <summary>corpus/: the generated code compiled, as the corpus author's build would; data/: the same facts as YAML and as JSON.</summary>
    private static void WriteCorpus(string root, Harness harness)
    {
        var corpus = Directory.CreateDirectory(Path.Combine(root, "corpus")).FullName;
        File.WriteAllBytes(Path.Combine(corpus, "Bench.dll"), CompiledCorpus.Emit(harness));
        File.WriteAllBytes(Path.Combine(corpus, "FactCorpus.Model.dll"), PackagedModel());

        var data = Directory.CreateDirectory(Path.Combine(root, "data")).FullName;
        var yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        var files = new List<FactsFileDto>();
        foreach (var (path, text) in harness.Corpus.FactFiles)
        {
            File.WriteAllText(Path.Combine(data, path), text);
            files.Add(yaml.Deserialize<FactsFileDto>(text));
        }

        File.WriteAllBytes(Path.Combine(data, "corpus.json"), JsonSerializer.SerializeToUtf8Bytes(files.ToArray(), FactsJsonContext.Default.FactsFileDtoArray));
    }

    /// <summary>
    /// The model an app on this machine loads from the FactCorpus.Model package, packed from this checkout: the
    /// ReadyToRun image of this platform and .NET version when the package has one, else the IL.
    /// </summary>
    private static byte[] PackagedModel()
    {
        var feed = Directory.CreateTempSubdirectory("factcorpus-first-fact-model-");
        try
        {
            var (exitCode, output) = DotNetCli.Run(RepoPaths.Root, "pack", "generator/FactCorpus.Model", "-c", "Release", "-o", feed.FullName, "-p:UseSharedCompilation=false");
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"packing the model failed:\n{output}");
            }

            using var zip = ZipFile.OpenRead(feed.GetFiles("FactCorpus.Model.*.nupkg").Single().FullName);
            var entry = zip.GetEntry($"runtimes/{RuntimeInformation.RuntimeIdentifier}/lib/net{Environment.Version.Major}.0/FactCorpus.Model.dll")
                ?? zip.GetEntry("lib/netstandard2.0/FactCorpus.Model.dll")!;
            using var bytes = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(bytes);
            }

            return bytes.ToArray();
        }
        finally
        {
            feed.Delete(recursive: true);
        }
    }

    private static void Build(string root)
    {
        // No build servers: they would outlive the bench and keep running beside the measured processes.
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            ArgumentList = { "build", "FirstFact.slnx", "-c", "Release", "--disable-build-servers", "-nologo", "-v", "quiet" },
        };

        // Set when the bench itself runs under an MSBuild-driven host; they would point this build at another SDK's MSBuild.
        foreach (var variable in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(variable);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet build");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"building the first-fact apps in {root} failed:\n{output}\n{error.Result}");
        }
    }
}
