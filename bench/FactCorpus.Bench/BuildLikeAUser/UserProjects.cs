using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace FactCorpus.Bench.BuildLikeAUser;

/// <summary>
/// The three projects of the measurement and the edits made to them. The corpus project is what the FactCorpus
/// template makes (netstandard2.0, hover documentation shipped, the packed generator and model), holding a
/// synthetic corpus; the floor is the same project with, instead of the corpus, as many bare members as the corpus
/// has items, over as many files, and no generator: what compiling the members alone costs. Between the two, the
/// generated members: the corpus's members exactly as the generator emits them, without their data, added by a
/// generator that does nothing else (<see cref="GeneratedMembers"/>).
/// </summary>
internal static partial class UserProjects
{
    /// <summary>The C# file both projects have, whose one line <see cref="EditCSharp"/> changes.</summary>
    private const string EditedCSharp = "Edited.cs";

    public static UserProject Corpus(PackedFeed feed, SyntheticCorpus corpus)
    {
        var project = new UserProject("Bench", feed.NewProjectFolder($"corpus-{corpus.Claims}"));
        project.Write("Bench.csproj", ProjectFile("Bench", $"""
              <ItemGroup>
                <PackageReference Include="FactCorpus.Generator" Version="{feed.Version}" PrivateAssets="all" />
                <PackageReference Include="FactCorpus.Model" Version="{feed.Version}" />
                <!-- Off unless asked for: the GC probe (bench/FactCorpus.Bench.GcProbe) logs the compiler's collections. -->
                <Analyzer Include="$(FactCorpusGcProbe)" Condition="'$(FactCorpusGcProbe)' != ''" />
              </ItemGroup>
            """));
        foreach (var (path, text) in corpus.FactFiles.Concat(corpus.Articles))
        {
            project.Write(path, text);
        }

        EditCSharp(project, 0);
        return project;
    }

    public static UserProject Floor(PackedFeed feed, SyntheticCorpus corpus)
    {
        var project = new UserProject("Floor", feed.NewProjectFolder($"floor-{corpus.Claims}"));

        // Bare members have nothing to document; the documentation file is written when the corpus's is (Release).
        project.Write("Floor.csproj", ProjectFile("Floor", """
              <PropertyGroup>
                <NoWarn>$(NoWarn);CS1591</NoWarn>
              </PropertyGroup>
            """));
        project.Write("D.cs", "namespace Floor\n{\n    internal static class D\n    {\n        public static object Get(int i) => i;\n    }\n}\n");

        // Round-robin over the files, as the synthetic corpus spreads its items.
        var files = corpus.FactFiles.Length;
        for (var f = 0; f < files; f++)
        {
            var members = new StringBuilder().Append(CultureInfo.InvariantCulture, $"namespace Floor\n{{\n    public static class Members{f:D3}\n    {{\n");
            for (var i = f; i < corpus.Items; i += files)
            {
                members.Append(CultureInfo.InvariantCulture, $"        public static object M{i} => D.Get({i});\n");
            }

            project.Write($"Members{f:D3}.cs", members.Append("    }\n}\n").ToString());
        }

        EditCSharp(project, 0);
        return project;
    }

    public static UserProject GeneratedMembersAlone(PackedFeed feed, SyntheticCorpus corpus)
    {
        var project = new UserProject("Members", feed.NewProjectFolder($"members-{corpus.Claims}"));
        // Generated as for a build without a doc file: nothing to document, as for the floor.
        project.Write("Members.csproj", ProjectFile("Members", $"""
              <PropertyGroup>
                <NoWarn>$(NoWarn);CS1591</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="FactCorpus.Model" Version="{feed.Version}" />
                <Analyzer Include="{GeneratedMembers.EchoGeneratorPath}" />
                <AdditionalFiles Include="generated/*{EchoGenerator.EchoGenerator.Suffix}" />
              </ItemGroup>
            """));
        foreach (var (name, text) in GeneratedMembers.Of(corpus.Claims, corpus.FactFiles.Length))
        {
            project.Write(Path.Combine("generated", name + ".txt"), text);
        }

        EditCSharp(project, 0);
        return project;
    }

    /// <summary>A one-line C# edit: the constant in Edited.cs takes the round's number.</summary>
    public static void EditCSharp(UserProject project, int round) =>
        project.Write(EditedCSharp, $"namespace {project.Name}\n{{\n    internal static class Edited\n    {{\n        public const int Round = {round};\n    }}\n}}\n");

    /// <summary>The first claim's statement in the corpus's first file gets a text of its own for the round, so its model really changes.</summary>
    public static void EditStatement(UserProject project, SyntheticCorpus corpus, int round)
    {
        var path = corpus.FactFiles[0].Path;
        project.Write(path, Statement().Replace(project.Read(path), $"statement: \"Round {round}: the talks lasted more than {round} hours.\"", 1));
    }

    // Only what differs between the projects is passed in; the rest is the template's MyCorpus.csproj.
    private static string ProjectFile(string name, string items) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>netstandard2.0</TargetFramework>
            <LangVersion>latest</LangVersion>
            <Nullable>enable</Nullable>
            <RootNamespace>{name}</RootNamespace>
            <GenerateDocumentationFile Condition="'$(Configuration)' == 'Release'">true</GenerateDocumentationFile>
          </PropertyGroup>
        {items}
        </Project>
        """;

    [GeneratedRegex("statement: \"[^\"\\n]*\"")]
    private static partial Regex Statement();
}
