using System.Reflection;
using FactCorpus.Generator.Tests.Support;

namespace FactCorpus.Generator.Tests;

/// <summary>Generated code that scales: items live in small part classes, never in one giant static constructor.</summary>
public class GeneratedShapeTests
{
    [Fact]
    public void Items_are_spread_over_parts_of_at_most_64_and_stay_reachable_by_name()
    {
        var entities = string.Concat(Enumerable.Range(0, 200).Select(i => $"  - {{ id: e{i}, kind: person, name: Person {i} }}\n"));
        var result = GeneratorHarness.Run(("people.facts.yaml", "entities:\n" + entities));
        Assert.Empty(result.Diagnostics);

        var assembly = result.Load();
        var parts = assembly.GetType("TestCorpus.Entities")!.GetNestedTypes(BindingFlags.NonPublic);
        Assert.Equal(["Part_0", "Part_1", "Part_2", "Part_3"], parts.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.All(parts, p => Assert.InRange(p.GetFields(BindingFlags.Static | BindingFlags.NonPublic).Length, 1, 64));

        var last = (FactCorpus.Model.Entity)assembly.Member("TestCorpus.Entities", "E199")!;
        Assert.Equal("Person 199", last.Name);
        Assert.Equal(200, last.Corpus.Entities.Count);
    }
}
