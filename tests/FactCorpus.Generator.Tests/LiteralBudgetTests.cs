using System.Collections.Immutable;
using System.Text;
using FactCorpus.Generator.Emitting;
using FactCorpus.Generator.Model;
using FactCorpus.Generator.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactCorpus.Generator.Tests;

/// <summary>
/// A corpus whose text overflows the string literals one assembly may hold gets FC0007 on its largest file, not only
/// the compiler's CS8103; and the generator sizes literals as the compiler does.
/// </summary>
public class LiteralBudgetTests
{
    /// <summary>Roslyn 4.x (the tests' compiler) refuses a literal that would start at this offset of the heap.</summary>
    private const long Roslyn4Limit = 0x1000000;

    [Fact]
    public void Literal_sizes_add_up_to_what_the_compiler_counts()
    {
        // The heap holds the strings in source order; "!" starts where they end.
        var fits = StringsOfTotalSize(Roslyn4Limit - 1 - LiteralBudget.EmptyHeap);
        var overflows = StringsOfTotalSize(Roslyn4Limit - LiteralBudget.EmptyHeap);

        Assert.DoesNotContain("CS8103", EmitErrors(fits.Append("!")));
        Assert.Contains("CS8103", EmitErrors(overflows.Append("!")));
    }

    [Fact]
    public void The_literals_counted_are_every_string_literal_the_generated_code_loads()
    {
        var files = ShippedCorpus.Files().Concat(HostileCorpus.Files.Select(f => (AdditionalText)new InMemoryAdditionalText(GeneratorHarness.Root + f.Path, f.Text)));
        var run = GeneratorHarness.CreateDriver(files).RunGenerators(GeneratorHarness.EmptyCompilation()).GetRunResult().Results.Single();

        var counted = run.TrackedSteps[FactCorpusGenerator.Steps.GeneratedFiles].SelectMany(s => s.Outputs)
            .SelectMany(o => ((GeneratorOutput)o.Value).Literals?.Values ?? EquatableArray<string>.Empty).ToHashSet();
        // Attribute arguments and constants live in other metadata tables; every other literal is loaded by ldstr.
        var inCode = run.GeneratedSources.SelectMany(s => s.SyntaxTree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax>())
            .Where(l => l.IsKind(SyntaxKind.StringLiteralExpression))
            .Where(l => !l.Ancestors().Any(a => a is Microsoft.CodeAnalysis.CSharp.Syntax.AttributeSyntax
                || (a is Microsoft.CodeAnalysis.CSharp.Syntax.FieldDeclarationSyntax field && field.Modifiers.Any(SyntaxKind.ConstKeyword))))
            .Select(l => l.Token.ValueText).ToHashSet();

        Assert.True(inCode.Count > 300, $"only {inCode.Count} literals found");
        Assert.Equal(inCode.Order(StringComparer.Ordinal), counted.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FC0007_only_when_the_compiler_refuses_a_literal_whatever_their_order()
    {
        // The largest literal met last starts at (total - largest): over the capacity means some literal is refused.
        var atCapacity = StringsOfTotalSize(LiteralBudget.HeapCapacity - LiteralBudget.EmptyHeap).ToEquatableArray();
        var largest = atCapacity.Max(LiteralBudget.Size);
        var files = ImmutableArray.Create(LiteralBudget.Of("/a.facts.yaml", atCapacity));

        Assert.Null(LiteralBudget.Check(files.Add(LiteralBudget.Of("/b.facts.yaml", ImmutableArray.Create(new string('z', (int)(largest - 3) / 2)).ToEquatableArray()))));
        var over = LiteralBudget.Check(files.Add(LiteralBudget.Of("/b.facts.yaml", ImmutableArray.Create(new string('z', (int)(largest - 3) / 2), "!").ToEquatableArray())));

        Assert.NotNull(over);
        Assert.Equal("FC0007", over.Descriptor.Id);
        Assert.Equal("/a.facts.yaml", over.Location.FilePath);
    }

    [Fact]
    public void Literals_repeated_across_files_count_once()
    {
        var shared = StringsOfTotalSize(LiteralBudget.HeapCapacity).ToEquatableArray();

        Assert.Null(LiteralBudget.Check([LiteralBudget.Of("/a.facts.yaml", shared), LiteralBudget.Of("/b.facts.yaml", shared)]));
    }

    [Fact]
    public void A_corpus_too_large_for_one_assembly_gets_FC0007_on_its_largest_file()
    {
        // 140 entities with a different 64,000-character description each: about 17.9 MB of UTF-16 literals.
        var big = new StringBuilder("entities:\n");
        for (var i = 0; i < 140; i++)
        {
            big.Append($"  - id: e{i}\n    kind: person\n    name: Person {i}\n    description: {i:D3}{new string('x', 64_000)}\n");
        }

        var result = GeneratorHarness.Run(("big.facts.yaml", big.ToString()), ("small.facts.yaml", "entities:\n  - { id: s, kind: person, name: S }\n"));

        Assert.Equal(["FC0007 big.facts.yaml(1,1)"], result.Located);
        Assert.Contains("split the corpus", result.Diagnostics.Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Distinct strings whose heap sizes add up to exactly <paramref name="total"/>.</summary>
    private static List<string> StringsOfTotalSize(long total)
    {
        var strings = new List<string>();
        var left = total;
        while (left > 40_000)
        {
            var value = strings.Count.ToString("D6") + new string('a', 7_994);
            strings.Add(value);
            left -= LiteralBudget.Size(value);
        }

        // Two last strings that fill what is left exactly (sizes jump where the length prefix grows).
        var sizes = Enumerable.Range(1, 20_000).ToDictionary(n => LiteralBudget.Size(new string('b', n)), n => n);
        var first = sizes.First(s => sizes.ContainsKey(left - s.Key));
        strings.Add(new string('b', first.Value));
        strings.Add(new string('c', sizes[left - first.Key]));
        Assert.Equal(total, strings.Sum(LiteralBudget.Size));
        return strings;
    }

    private static List<string> EmitErrors(IEnumerable<string> literals)
    {
        var source = "static class Literals { public static readonly string[] All = { " + string.Join(", ", literals.Select(CSharpLiteral.String)) + " }; }";
        var compilation = GeneratorHarness.EmptyCompilation().AddSyntaxTrees(CSharpSyntaxTree.ParseText(source));
        using var stream = new MemoryStream();
        return compilation.Emit(stream).Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).ToList();
    }
}
