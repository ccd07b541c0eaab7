using FactCorpus.Generator.Tests.Support;

namespace FactCorpus.Generator.Tests.EndToEnd;

/// <summary>The csharp-ls language server (dotnet tool 0.28.0), installed into the repo's .tools folder on first use.</summary>
internal static class CsharpLs
{
    public const string Version = "0.28.0";

    private static readonly Lazy<string> Executable = new(Install);

    public static string Path => Executable.Value;

    private static string Install()
    {
        var tools = System.IO.Path.Combine(RepoPaths.Root, ".tools");
        var executable = System.IO.Path.Combine(tools, OperatingSystem.IsWindows() ? "csharp-ls.exe" : "csharp-ls");
        if (!File.Exists(executable))
        {
            PackedPackages.Run(RepoPaths.Root, "tool", "install", "csharp-ls", "--version", Version, "--tool-path", tools);
        }

        return executable;
    }
}
