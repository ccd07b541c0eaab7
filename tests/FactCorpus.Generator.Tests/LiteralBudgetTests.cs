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

        var counted = run.TrackedSteps[FactCorpusGenerator.Steps.GeneratedFiles].Concat(run.TrackedSteps[FactCorpusGenerator.Steps.Corpus]).SelectMany(s => s.Outputs)
            .SelectMany(o => ((GeneratorOutput)o.Value).Literals?.Values ?? EquatableArray<string>.Empty).ToHashSet();
        // Attribute arguments and constants live in other metadata tables; every other literal is loaded by ldstr.
        var inCode = run.GeneratedSources.SelectMany(s => s.SyntaxTree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax>())
            .Where(l => l.IsKind(SyntaxKind.StringLiteralExpression))
            .Where(l => !l.Ancestors().Any(a => a is Microsoft.CodeAnalysis.CSharp.Syntax.AttributeSyntax
                || (a is Microsoft.CodeAnalysis.CSharp.Syntax.FieldDeclarationSyntax field && field.Modifiers.Any(SyntaxKind.ConstKeyword))))
            .Select(l => l.Token.ValueText).ToHashSet();

        // One literal a part: each part's items are one string of data.
        Assert.True(inCode.Count >= 7, $"only {inCode.Count} literals found");
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

    /// <summary>
    /// The items are embedded data, not string literals, so a corpus whose text is far past what the user-string heap
    /// holds (about 25.6 MB of UTF-16 here, where literals stopped at FC0007) builds, and its items decode whole.
    /// </summary>
    [Fact]
    public void A_corpus_past_the_user_string_heap_builds_as_data()
    {
        var result = GeneratorHarness.Run(("big.facts.yaml", BigCorpus()), ("small.facts.yaml", "entities:\n  - { id: s, kind: person, name: S }\n"));

        Assert.Empty(result.Located);
        Assert.Empty(result.CompileDiagnostics.Select(d => d.ToString()));
        var assembly = result.Load();
        Assert.Equal($"199{new string('x', 64_000)}", ((FactCorpus.Model.Entity)assembly.Member("TestCorpus.Entities", "E199")!).Description);
    }

    /// <summary>
    /// With the data-section feature on, a compiler that has it (Roslyn 4.14+) stores long literals (the corpus's
    /// tables) as UTF-8 data, so they fit; one that predates it ignores the feature, and FC0007 stays.
    /// </summary>
    [Fact]
    public void The_data_section_feature_takes_long_literals_out_of_the_budget_only_on_compilers_that_have_it()
    {
        var on = new CSharpParseOptions().WithFeatures([new KeyValuePair<string, string>(LiteralBudget.DataSectionFeature, "1000")]);
        var files = ImmutableArray.Create(LiteralBudget.Of("/big.facts.yaml", StringsOfTotalSize(2 * LiteralBudget.HeapCapacity).ToEquatableArray()));
        var longest = files.SelectMany(f => f.Values).Max(v => v.Length);

        Assert.Equal(1000, LiteralBudget.DataSectionThreshold(on, new Version(4, 14, 0, 0)));
        Assert.Null(LiteralBudget.Check(files, LiteralBudget.DataSectionThreshold(on, new Version(4, 14, 0, 0))));
        Assert.Null(LiteralBudget.DataSectionThreshold(on, new Version(4, 13, 0, 0)));
        Assert.Equal("FC0007", LiteralBudget.Check(files, LiteralBudget.DataSectionThreshold(on, new Version(4, 13, 0, 0)))?.Descriptor.Id);
        // A threshold as long as the literals leaves them in the heap.
        Assert.Equal("FC0007", LiteralBudget.Check(files, longest)?.Descriptor.Id);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("off", null)]
    [InlineData("0", 0)]
    [InlineData("20", 20)]
    [InlineData("true", 100)]
    [InlineData("-5", 100)]
    public void The_threshold_is_read_as_Roslyn_reads_it(string? value, int? threshold)
    {
        var options = value is null ? new CSharpParseOptions() : new CSharpParseOptions().WithFeatures([new KeyValuePair<string, string>(LiteralBudget.DataSectionFeature, value)]);

        Assert.Equal(threshold, LiteralBudget.DataSectionThreshold(options, new Version(4, 14, 0, 0)));
    }

    /// <summary>Data longer than a literal's limit goes in pieces that add up to it, never splitting a surrogate pair.</summary>
    [Fact]
    public void Long_data_is_pieces_of_at_most_the_limit_that_keep_surrogate_pairs_whole()
    {
        Assert.Equal(["abcd", "efgh", "i"], LiteralBudget.Pieces("abcdefghi", 4));
        Assert.Equal(["abcd"], LiteralBudget.Pieces("abcd", 4));
        Assert.Equal([""], LiteralBudget.Pieces("", 4));
        Assert.Equal(["abc", "\U0001F600ab", "cd"], LiteralBudget.Pieces("abc\U0001F600abcd", 4));
    }

    /// <summary>
    /// Long parts of non-ASCII text decode whole from the embedded data (UTF-8, whose byte lengths differ from the
    /// text's lengths the data counts in).
    /// </summary>
    [Fact]
    public void Long_non_ascii_text_decodes_whole_from_the_data()
    {
        var yaml = new StringBuilder("entities:\n");
        for (var i = 0; i < 20; i++)
        {
            yaml.Append($"  - {{ id: e{i:D2}, kind: person, name: Person {i}, description: {i:D2}{new string('x', 60_000)}\u00e9\U0001F600 }}\n");
        }

        var result = GeneratorHarness.Run(("long.facts.yaml", yaml.ToString()));

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompileDiagnostics.Select(d => d.ToString()));
        var assembly = result.Load();
        for (var i = 0; i < 20; i++)
        {
            var entity = (FactCorpus.Model.Entity)assembly.Member("TestCorpus.Entities", $"E{i:D2}")!;
            Assert.Equal($"{i:D2}{new string('x', 60_000)}\u00e9\U0001F600", entity.Description);
        }
    }

    /// <summary>Roslyn keeps a literal UTF-8 cannot hold (a lone surrogate) in the heap, however long.</summary>
    [Fact]
    public void A_long_literal_with_a_lone_surrogate_stays_in_the_heap()
    {
        Assert.False(LiteralBudget.InHeap(new string('a', 50) + "\U0001F600", 10));
        Assert.True(LiteralBudget.InHeap(new string('a', 50) + "\uD800", 10));
        Assert.True(LiteralBudget.InHeap("\uDC00" + new string('a', 50), 10));
        Assert.True(LiteralBudget.InHeap(new string('a', 10), 10));
        Assert.True(LiteralBudget.InHeap(new string('a', 50), null));
    }

    /// <summary>200 entities with a different 64,000-character description each: about 25.6 MB of UTF-16 data in four parts.</summary>
    private static string BigCorpus()
    {
        var big = new StringBuilder("entities:\n");
        for (var i = 0; i < 200; i++)
        {
            big.Append($"  - id: e{i}\n    kind: person\n    name: Person {i}\n    description: {i:D3}{new string('x', 64_000)}\n");
        }

        return big.ToString();
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
