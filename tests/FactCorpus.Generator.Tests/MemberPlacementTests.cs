using System.Collections.Immutable;
using System.Text;
using FactCorpus.Generator.Model;
using FactCorpus.Generator.Tests.Support;

namespace FactCorpus.Generator.Tests;

/// <summary>
/// Issue 10 point 2: the runtime loads no class with more than 65,535 methods, so past 60,000 items of a kind their
/// members move to C# 14 extension blocks (or FC0008 says which C# version that needs). The build and run at 60,001
/// items under C# 14 is <see cref="EndToEnd.LargeCorpusTests"/>.
/// </summary>
public class MemberPlacementTests
{
    [Fact]
    public void Kinds_over_the_limit_go_to_extension_blocks_under_CSharp_14_and_the_rest_stay_in_their_classes()
    {
        var files = Declarations(("a.facts.yaml", Entities(0, 3)), ("b.facts.yaml", Entities(3, 2) + Claims(1)));

        var placement = MemberPlacement.Decide(files, MemberPlacement.ExtensionBlocksLanguageVersion, limit: 4);

        Assert.Equal(ItemKind.Entity, placement.InExtensionBlocks);
        Assert.Empty(placement.Problems);
        Assert.Same(MemberPlacement.InClasses, MemberPlacement.Decide(files, MemberPlacement.ExtensionBlocksLanguageVersion, limit: 5));
    }

    [Fact]
    public void Under_an_older_CSharp_the_first_item_past_the_limit_in_path_then_line_order_gets_FC0008()
    {
        // b sorts after a whatever order the files come in; a's third entity is the fifth of the corpus.
        var files = Declarations(("b.facts.yaml", Entities(3, 2)), ("a.facts.yaml", Entities(0, 3)));

        var placement = MemberPlacement.Decide(files, languageVersion: 1200, limit: 4);

        Assert.Equal(ItemKind.None, placement.InExtensionBlocks);
        var problem = Assert.Single(placement.Problems);
        Assert.Equal("FC0008", problem.Descriptor.Id);
        Assert.Equal(("/corpus/b.facts.yaml", 5), (problem.Location.FilePath, problem.Location.StartLine + 1));
        Assert.Equal(
            "The corpus declares 5 entities, more than the 4 that one class (Entities) can hold; past that FactCorpus declares them in C# 14 extension blocks, but this project compiles C# 12: set <LangVersion>14</LangVersion> or latest (with the .NET 10 SDK or newer), or split the corpus into several projects",
            problem.ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The real limit through the generator: the harness compiles C# 12 (Roslyn 4.8), so one FC0008 and nothing else.</summary>
    [Fact]
    public void At_60001_entities_a_CSharp_12_project_gets_one_FC0008_at_the_60001st()
    {
        // 15,001 entities in each of three files, the last 14,998 in part3: entities 0 to 60,000.
        var files = Enumerable.Range(0, 4).Select(f => ($"part{f}.facts.yaml", Entities(f * 15_001, f < 3 ? 15_001 : 14_998))).ToArray();

        var result = GeneratorHarness.Run(files);

        // The 60,001st is part3's last, its id on line 2 + 3 × 14,997.
        Assert.Equal(60_001, MemberPlacement.MaxMembersInOneClass + 1);
        Assert.Equal(["FC0008 part3.facts.yaml(44993,9)"], result.Located);
    }

    internal static string Entities(int first, int count)
    {
        var yaml = new StringBuilder("entities:\n");
        for (var i = first; i < first + count; i++)
        {
            yaml.Append("  - id: e").Append(i).Append("\n    kind: organization\n    name: Organisation ").Append(i).Append('\n');
        }

        return yaml.ToString();
    }

    private static string Claims(int count)
    {
        var yaml = new StringBuilder("sources:\n  - id: s\n    title: S\n    text: s.txt\nclaims:\n");
        for (var i = 0; i < count; i++)
        {
            yaml.Append("  - id: c").Append(i).Append("\n    subject: e0\n    predicate: p\n    value: { kind: text, text: t }\n    statement: S.\n    said_by: s\n    source: s\n    evidence: [x]\n");
        }

        return yaml.ToString();
    }

    private static ImmutableArray<FileDeclarations> Declarations(params (string Path, string Text)[] files) =>
        files.Select(f => CorpusSteps.Declare(CorpusSteps.ReadFactFile(new InMemoryAdditionalText(GeneratorHarness.Root + f.Path, f.Text), default))).ToImmutableArray();
}
