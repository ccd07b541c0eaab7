namespace FactCorpus.Generator.Tests.EndToEnd;

/// <summary>
/// A small corpus project, "Talks", as a corpus author writes it: an article, a facts file, user code that uses
/// the generated members, and a PackageReference to the packed generator. It also packs, as package Talks 1.0.0.
/// </summary>
internal static class TalksProject
{
    public const string FactsFile = "talks.facts.yaml";

    public const string Article = """
        Rubio told reporters, “We hope that the Russians will answer ‘yes’ as quickly as possible.”
        The talks in Jeddah – on Tuesday – lasted more than eight hours.
        """;

    public const string Facts = """
        sources:
          - id: talks_article
            title: Talks in Jeddah
            text: articles/talks.txt
        entities:
          - id: marco_rubio
            kind: person
            name: Marco Rubio
        quotes:
          - id: rubio_hopes_for_yes
            speaker: marco_rubio
            mode: direct
            text: "We hope that the Russians will answer 'yes' as quickly as possible."
            source: talks_article
        claims:
          - id: talks_length
            subject: marco_rubio
            predicate: talks_duration
            value: { kind: duration, amount: 8, unit: hour, bound: more_than }
            statement: The article reports that the talks lasted more than eight hours.
            said_by: talks_article
            source: talks_article
            evidence: ["The talks in Jeddah - on Tuesday - lasted more than eight hours."]
        """;

    public static string Create(PackedPackages packages)
    {
        var dir = packages.NewProjectFolder();
        File.WriteAllText(Path.Combine(dir, "Talks.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>Talks</RootNamespace>
                <PackageId>Talks</PackageId>
                <Version>1.0.0</Version>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <UseSharedCompilation>false</UseSharedCompilation>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="FactCorpus.Generator" Version="{packages.Version}" PrivateAssets="all" />
                <PackageReference Include="FactCorpus.Model" Version="{packages.Version}" />
              </ItemGroup>
            </Project>
            """);
        Directory.CreateDirectory(Path.Combine(dir, "articles"));
        File.WriteAllText(Path.Combine(dir, "articles", "talks.txt"), Article);
        File.WriteAllText(Path.Combine(dir, FactsFile), Facts);

        // User code that needs the generated members: the build only passes if they exist with these types.
        File.WriteAllText(Path.Combine(dir, "Use.cs"), """
            namespace Talks;
            internal static class Use
            {
                public static string Speaker => Entities.MarcoRubio.Name;
                public static int Hours => Values.TalksLength;
            }
            """);
        return dir;
    }
}
