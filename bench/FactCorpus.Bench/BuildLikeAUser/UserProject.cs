using System.Diagnostics;
using FactCorpus.Generator.Tests.EndToEnd;

namespace FactCorpus.Bench.BuildLikeAUser;

/// <summary>
/// A project folder built with <c>dotnet build</c> as its author builds it, from a shell, each build timed from
/// start to exit. The compiler is cold, as in CI: no compiler server, no MSBuild node reuse.
/// </summary>
internal sealed class UserProject(string name, string directory)
{
    public string Name { get; } = name;

    public string Directory { get; } = directory;

    /// <summary>The assembly the compiler writes, in obj/: written again exactly when the build compiled.</summary>
    private string IntermediateAssembly => Path.Combine(Directory, "obj", "Debug", "netstandard2.0", Name + ".dll");

    public void Write(string path, string text)
    {
        var full = Path.Combine(Directory, path);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public string Read(string path) => File.ReadAllText(Path.Combine(Directory, path));

    /// <summary>
    /// Builds and returns the seconds it took. Throws on an error or a warning (a synthetic corpus with a
    /// diagnostic would time the wrong thing), and when the build compiled although nothing changed or did not
    /// although something did, so a measured edit is known to have reached the compiler.
    /// </summary>
    public double Build(bool changed)
    {
        var before = File.Exists(IntermediateAssembly) ? File.GetLastWriteTimeUtc(IntermediateAssembly) : DateTime.MinValue;
        var watch = Stopwatch.StartNew();
        var (exitCode, output) = DotNetCli.Run(Directory, "build", "-p:UseSharedCompilation=false", "-nodeReuse:false", "-v", "quiet");
        var seconds = watch.Elapsed.TotalSeconds;
        if (exitCode != 0 || output.Contains(": warning ", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"dotnet build in {Directory} failed or warned:\n{output}");
        }

        var compiled = File.GetLastWriteTimeUtc(IntermediateAssembly) != before;
        return compiled == changed
            ? seconds
            : throw new InvalidOperationException($"dotnet build in {Directory} {(compiled ? "compiled although nothing changed" : "did not compile after an edit")}");
    }
}
