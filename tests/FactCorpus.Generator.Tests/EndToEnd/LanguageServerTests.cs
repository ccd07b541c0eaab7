using System.Text.Json.Nodes;

namespace FactCorpus.Generator.Tests.EndToEnd;

/// <summary>
/// A real language server, csharp-ls, as an editor uses it: over a consumer project that references a packed
/// corpus by PackageReference (completion and hover come from the package's XML docs), and over a corpus project
/// with a broken YAML file (the FC error comes through the language server's diagnostics).
/// </summary>
[Collection(PackedPackages.Collection)]
public class LanguageServerTests(PackedPackages packages)
{
    private const string ConsumerCode = """
        var hours = Talks.Claims.TalksLength;
        var speaker = Talks.Entities.MarcoRubio;
        System.Console.WriteLine(hours.Statement + speaker.Name);
        """;

    [Fact]
    public void Completion_and_hover_over_a_packed_corpus_show_its_members_and_facts()
    {
        var corpus = TalksProject.Create(packages);
        PackedPackages.Run(corpus, "pack", "-o", packages.Feed, "-p:UseSharedCompilation=false");

        var consumer = packages.NewProjectFolder();
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Talks" Version="1.0.0" />
              </ItemGroup>
            </Project>
            """);
        var program = Path.Combine(consumer, "Program.cs");
        File.WriteAllText(program, ConsumerCode);
        PackedPackages.Run(consumer, "restore");

        using var server = new LanguageServerClient(CsharpLs.Path, consumer);
        server.Initialize(consumer);
        server.Open(program);

        var completion = server.Request("textDocument/completion", At(program, "Claims.", after: true));
        var labels = (completion is JsonObject list ? list["items"]! : completion).AsArray().Select(i => i!["label"]!.GetValue<string>()).ToList();
        Assert.Contains("TalksLength", labels);
        Assert.DoesNotContain("MarcoRubio", labels);

        var hover = server.Request("textDocument/hover", At(program, "TalksLength", after: false));
        var text = hover["contents"]!["value"]!.GetValue<string>();
        Assert.Contains("The article reports that the talks lasted more than eight hours.", text);
        Assert.Contains("more than 8 hours", text);
        Assert.Contains("Talks in Jeddah", text);
        Assert.Contains("Evidence: \"The talks in Jeddah - on Tuesday - lasted more than eight hours.\"", text);
    }

    [Fact]
    public void A_broken_yaml_file_gives_an_FC_diagnostic_through_the_language_server()
    {
        var corpus = TalksProject.Create(packages);
        var facts = Path.Combine(corpus, TalksProject.FactsFile);
        File.WriteAllText(facts, File.ReadAllText(facts).Replace("    predicate: talks_duration", "    predicat: talks_duration"));
        PackedPackages.Run(corpus, "restore");

        using var server = new LanguageServerClient(CsharpLs.Path, corpus);
        server.Settings["csharp"] = new JsonObject { ["analyzersEnabled"] = true };
        server.Initialize(corpus);
        server.Open(Path.Combine(corpus, "Use.cs"));

        var report = server.Request("workspace/diagnostic", new JsonObject { ["previousResultIds"] = new JsonArray() });
        var yaml = report["items"]!.AsArray().Single(i => i!["uri"]!.GetValue<string>() == LanguageServerClient.Uri(facts))!;
        var unknownField = yaml["items"]!.AsArray().Single(d => d!["code"]!.GetValue<string>() == "FC1001")!;
        Assert.Contains("predicat", unknownField["message"]!.GetValue<string>());
        Assert.Equal(17, unknownField["range"]!["start"]!["line"]!.GetValue<int>());
        Assert.Equal(4, unknownField["range"]!["start"]!["character"]!.GetValue<int>());
    }

    /// <summary>The LSP position of <paramref name="marker"/> in the file: at its start, or just after it.</summary>
    private static JsonObject At(string path, string marker, bool after)
    {
        var lines = File.ReadAllLines(path);
        var line = Array.FindIndex(lines, l => l.Contains(marker, StringComparison.Ordinal));
        var character = lines[line].IndexOf(marker, StringComparison.Ordinal) + (after ? marker.Length : 0);
        return new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = LanguageServerClient.Uri(path) },
            ["position"] = new JsonObject { ["line"] = line, ["character"] = character },
        };
    }
}
