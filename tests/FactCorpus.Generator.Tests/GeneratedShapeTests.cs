using System.Reflection;
using FactCorpus.Generator.Tests.Support;
using Microsoft.CodeAnalysis;

namespace FactCorpus.Generator.Tests;

/// <summary>
/// Generated code that scales: one C# file a YAML file, its items as data in one class, never one giant static
/// constructor; and the index still sees every item of every file, in id order.
/// </summary>
public class GeneratedShapeTests
{
    /// <summary>
    /// A file's items of a kind are one reader, a field of the file's one internal data class; the reader reads each
    /// part (64 items) from the file's embedded data, another field, when first needed. Members read their item from
    /// a class a part, one array of its items (an array element compiles in about half the time of a call): no nested
    /// class, list method or finder a part, no method in the data class, and no data in the code. First use of a
    /// member decodes its part only.
    /// </summary>
    [Fact]
    public void A_file_is_one_data_class_with_one_reader_a_kind_and_a_class_a_part_and_its_items_stay_reachable_by_name_and_id()
    {
        var entities = string.Concat(Enumerable.Range(0, 200).Select(i => $"  - {{ id: e{i:000}, kind: person, name: Person {i} }}\n"));
        var result = GeneratorHarness.Run(("people.facts.yaml", "entities:\n" + entities));
        Assert.Empty(result.Diagnostics);

        var assembly = result.Load();
        Assert.Empty(assembly.GetType("TestCorpus.Entities")!.GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic));
        var data = assembly.GetType("TestCorpus.Data_people")!;
        Assert.False(data.IsPublic);
        Assert.Empty(data.GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic));
        Assert.Empty(data.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly));
        Assert.Equal(["Entities", "Resource"], data.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic).Select(f => f.Name).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["Part_people_Entity0", "Part_people_Entity1", "Part_people_Entity2", "Part_people_Entity3"],
            assembly.GetTypes().Where(t => t.Name.StartsWith("Part_", StringComparison.Ordinal)).Select(t => t.Name).Order(StringComparer.Ordinal));
        var reader = (FactCorpus.Model.Encoded.PartsReader<FactCorpus.Model.Entity>)data.GetField("Entities", BindingFlags.Static | BindingFlags.NonPublic)!.GetValue(null)!;
        Assert.Equal(200, reader.Count);

        var first = (FactCorpus.Model.Entity)assembly.Member("TestCorpus.Entities", "E000")!;
        Assert.Equal("Person 0", first.Name);
        var parts = (object?[])typeof(FactCorpus.Model.Encoded.PartsReader<FactCorpus.Model.Entity>).GetField("parts", BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(reader)!;
        Assert.Equal([true, false, false, false], parts.Select(p => p is not null));

        var last = (FactCorpus.Model.Entity)assembly.Member("TestCorpus.Entities", "E199")!;
        Assert.Equal("Person 199", last.Name);
        var lastPart = (FactCorpus.Model.Entity[])assembly.GetType("TestCorpus.Part_people_Entity3")!.GetField("Items", BindingFlags.Static | BindingFlags.NonPublic)!.GetValue(null)!;
        Assert.Equal(8, lastPart.Length);
        Assert.Same(last, lastPart[7]);
        Assert.Same(last, reader.Find("e199"));
        Assert.Same(assembly.Member("TestCorpus.Entities", "E163"), reader.Find("e163"));
        Assert.Null(reader.Find("e1999"));
        Assert.Equal(200, last.Corpus.Entities.Count);
    }

    /// <summary>
    /// Hover docs only where the compiler reads them: an IDE (Parse) and a build writing the doc file (Diagnose) get
    /// them; a plain build (None) treats `///` as comments, so it gets none and does not pay for them.
    /// </summary>
    [Theory]
    [InlineData(DocumentationMode.Diagnose, true)]
    [InlineData(DocumentationMode.Parse, true)]
    [InlineData(DocumentationMode.None, false)]
    public void Docs_are_written_only_when_the_compiler_reads_them(DocumentationMode mode, bool docs)
    {
        var result = GeneratorHarness.Run(ShippedCorpus.Files(), "FactCorpus", documentationMode: mode);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompileDiagnostics.Select(d => d.ToString()));
        var claims = result.Sources.Single(s => s.HintName == "claims.facts.g.cs").Source;
        Assert.Equal(docs, claims.Contains("/// <para>The article reports that Putin has insisted that any agreement must protect Russia's long-term security interests.</para>", StringComparison.Ordinal));
        Assert.Equal(docs, result.Sources.All(s => s.Source.Contains("/// <summary>", StringComparison.Ordinal)));
        Assert.Equal(docs, result.Sources.Any(s => s.Source.Contains("///", StringComparison.Ordinal)));
        Assert.Contains("public static global::FactCorpus.Model.Claim AgreementMustProtectRussianSecurity => Part_claims_Claim0.Items[0];", claims);
    }

    /// <summary>
    /// The generated public members keep their nullable reference types, while the generated bodies are not analysed
    /// for nullable warnings (annotations on, warnings off): that analysis was a fifth of their compile time.
    /// </summary>
    [Fact]
    public void Generated_members_are_nullable_annotated_without_nullable_analysis()
    {
        var result = GeneratorHarness.Run(ShippedCorpus.Files(), "FactCorpus", documentationMode: DocumentationMode.None);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompileDiagnostics.Select(d => d.ToString()));
        var claim = result.Output.GetTypeByMetadataName("FactCorpus.Claims")!.GetMembers("AgreementMustProtectRussianSecurity").OfType<IPropertySymbol>().Single();
        Assert.Equal(NullableAnnotation.NotAnnotated, claim.Type.NullableAnnotation);
        var tryFind = result.Output.GetTypeByMetadataName("FactCorpus.Corpus")!.GetMembers("TryFindById").OfType<IMethodSymbol>().Single();
        Assert.Equal([NullableAnnotation.NotAnnotated, NullableAnnotation.NotAnnotated], tryFind.Parameters.Select(p => p.Type.NullableAnnotation));
        foreach (var tree in result.Output.SyntaxTrees.Where(t => t.FilePath.EndsWith(".g.cs", StringComparison.Ordinal)))
        {
            var context = result.Output.GetSemanticModel(tree).GetNullableContext(tree.Length - 1);
            Assert.True(context.AnnotationsEnabled(), tree.FilePath);
            Assert.False(context.WarningsEnabled(), tree.FilePath);
        }
    }

    /// <summary>
    /// References are found through Corpus.Find_, which calls each file's reader as <c>Data_said.Entities</c>: that
    /// must mean the generated field even when the user's part of Claims declares members named Entities and Sources,
    /// and a global alias is named Entities. (Built without docs: the docs' crefs in Claims would mean the user's
    /// Sources, a separate matter.)
    /// </summary>
    [Fact]
    public void References_mean_the_generated_members_whatever_else_is_named_like_their_classes()
    {
        var yaml = "sources:\n  - { id: src, title: Source, text: articles/a.txt }\n"
            + "entities:\n  - { id: amy, kind: person, name: Amy }\n"
            + "claims:\n  - { id: c1, subject: amy, predicate: p, value: { kind: entity, entity: amy }, statement: S., said_by: src, source: src, evidence: [\"word\"] }\n";
        const string user = "global using Entities = System.String;\nnamespace TestCorpus { public static partial class Claims { public static class Sources { } public static int Entities => 1; } }\n";
        var result = GeneratorHarness.Run(
            [new InMemoryAdditionalText(GeneratorHarness.Root + "said.facts.yaml", yaml), new InMemoryAdditionalText(GeneratorHarness.Root + "articles/a.txt", "word")],
            userCode: user,
            documentationMode: DocumentationMode.None);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompileDiagnostics.Select(d => d.ToString()));
        Assert.Contains("            1 => Data_said.Entities.Find(id),\n", result.Sources.Single(s => s.HintName == "Corpus.g.cs").Source);
        var assembly = result.Load();
        var claim = (FactCorpus.Model.Claim)assembly.Member("TestCorpus.Claims", "C1")!;
        Assert.Same(assembly.Member("TestCorpus.Entities", "Amy"), claim.Subject);
        Assert.Same(assembly.Member("TestCorpus.Sources", "Src"), claim.SaidBy);
        Assert.Same(assembly.Member("TestCorpus.Sources", "Src"), claim.Source);
    }

    [Fact]
    public void Each_yaml_file_gets_its_own_csharp_file_even_when_file_names_clash()
    {
        var result = GeneratorHarness.Run(
            ("a/people.facts.yaml", "entities:\n  - { id: zed, kind: person, name: Zed }\n  - { id: amy, kind: person, name: Amy }\n"),
            ("b/people.facts.yaml", "entities:\n  - { id: bob, kind: person, name: Bob }\n"),
            ("c/People.facts.yaml", "entities:\n  - { id: cat, kind: person, name: Cat }\n"),
            ("c/people_2.facts.yaml", "entities:\n  - { id: dan, kind: person, name: Dan }\n"),
            ("d/Corpus.facts.yaml", "entities:\n  - { id: eve, kind: person, name: Eve }\n"),
            ("d/été 2025-03.facts.yaml", "entities:\n  - { id: fay, kind: person, name: Fay }\n"),
            ("d/empty.facts.yaml", "# nothing yet\n"));

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompileDiagnostics);
        // Keys follow path order: a/people, b/people, c/People, c/people_2 (its own name is taken by then).
        // A file that declares nothing has nothing to generate.
        string[] expected = ["people.facts.g.cs", "people_2.facts.g.cs", "People_3.facts.g.cs", "people_2_2.facts.g.cs", "Corpus.facts.g.cs", "_t__2025_03.facts.g.cs", "Corpus.g.cs"];
        Assert.Equal(expected.Order(StringComparer.Ordinal), result.Sources.Select(s => s.HintName).Order(StringComparer.Ordinal));

        var assembly = result.Load();
        var index = (FactCorpus.Model.CorpusIndex)assembly.Member("TestCorpus.Corpus", "Index")!;
        Assert.Equal(["amy", "bob", "cat", "dan", "eve", "fay", "zed"], index.Entities.Select(e => e.Id));
        Assert.Same(assembly.Member("TestCorpus.Entities", "Amy"), index.FindById("amy"));
    }

    /// <summary>An '_' between two digits stays, so numbered ids keep apart; after a letter it goes, as in the shipped corpus.</summary>
    [Fact]
    public void Numbered_ids_keep_the_underscore_between_digits_and_never_collide()
    {
        var result = GeneratorHarness.Run(("numbered.facts.yaml", """
            entities:
              - { id: claim_1_10, kind: topic, name: One ten }
              - { id: claim_11_0, kind: topic, name: Eleven nought }
              - { id: claim_110, kind: topic, name: One hundred and ten }
              - { id: ceasefire_proposal_30_days, kind: topic, name: Thirty days }
              - { id: round_2_talks, kind: topic, name: Second round }
              - { id: v1_2_3, kind: topic, name: Version }
            """));

        Assert.Empty(result.Located);
        Assert.Empty(result.CompileDiagnostics);
        var names = result.Load().GetType("TestCorpus.Entities")!.GetProperties(BindingFlags.Public | BindingFlags.Static).Select(p => p.Name);
        Assert.Equal(["CeasefireProposal30Days", "Claim110", "Claim11_0", "Claim1_10", "Round2Talks", "V1_2_3"], names.Order(StringComparer.Ordinal));
    }
}
