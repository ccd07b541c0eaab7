namespace FactCorpus.Generator.Tests.Support;

/// <summary>Where the repository's own folders are, found from the test binaries upwards.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Corpus => Path.Combine(Root, "corpus");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FactCorpus.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("FactCorpus.sln not found above " + AppContext.BaseDirectory);
    }
}
