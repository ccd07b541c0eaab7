using System.Collections;
using System.Reflection;
using FactCorpus.Generator.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Steps = FactCorpus.Generator.FactCorpusGenerator.Steps;

namespace FactCorpus.Generator.Tests;

/// <summary>
/// Incrementality, proved with tracked steps: editing C# re-reads no YAML, editing one YAML file re-reads only
/// that file, and the cached models hold only plain values.
/// </summary>
public class CachingTests
{
    private static readonly AdditionalText[] Files = ShippedCorpus.Files().ToArray();

    private static (GeneratorDriver Driver, Compilation Compilation) FirstRun()
    {
        var compilation = GeneratorHarness.EmptyCompilation("class User { }");
        return (GeneratorHarness.CreateDriver(Files, "FactCorpus").RunGenerators(compilation), compilation);
    }

    [Fact]
    public void Editing_csharp_rereads_no_yaml_and_regenerates_nothing()
    {
        var (driver, compilation) = FirstRun();

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Another { }"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in new[] { Steps.FactFiles, Steps.Articles, Steps.Options, Steps.Corpus })
        {
            Assert.All(Reasons(result, step), r => Assert.Contains(r, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Editing_one_yaml_file_rereads_only_that_file()
    {
        var (driver, compilation) = FirstRun();
        var edited = Files.First(f => f.Path.EndsWith("entities.facts.yaml", StringComparison.Ordinal));
        var text = edited.GetText()!.ToString();
        var replacement = new InMemoryAdditionalText(edited.Path, text.Replace("U.S. Secretary of State", "US Secretary of State"));
        Assert.NotEqual(text, replacement.GetText().ToString());

        var result = driver.ReplaceAdditionalText(edited, replacement).RunGenerators(compilation).GetRunResult().Results.Single();

        var reread = Reasons(result, Steps.FactFiles);
        Assert.Equal(Files.Count(f => f.Path.EndsWith(".facts.yaml", StringComparison.Ordinal)), reread.Count);
        Assert.Single(reread, IncrementalStepRunReason.Modified);
        Assert.All(reread.Where(r => r != IncrementalStepRunReason.Modified), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(result, Steps.Articles), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(result, Steps.Corpus));
    }

    [Fact]
    public void Pipeline_models_hold_plain_values_only()
    {
        var (driver, _) = FirstRun();
        var result = driver.GetRunResult().Results.Single();

        var forbidden = new[] { typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SourceText), typeof(AdditionalText), typeof(Location) };
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var found = new List<string>();
        foreach (var step in new[] { Steps.FactFiles, Steps.Articles, Steps.Options, Steps.Corpus })
        {
            foreach (var output in result.TrackedSteps[step].SelectMany(s => s.Outputs))
            {
                Walk(output.Value, step, forbidden, seen, found);
            }
        }

        Assert.True(seen.Count > 1000, $"walked only {seen.Count} objects: the walk is not reaching the models");
        Assert.Empty(found);
    }

    private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();

    private static void Walk(object? value, string path, Type[] forbidden, HashSet<object> seen, List<string> found)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || value is decimal)
        {
            return;
        }

        var type = value.GetType();
        if (forbidden.Any(f => f.IsAssignableFrom(type)) || type.Namespace?.StartsWith("FactCorpus.Generator.Reading", StringComparison.Ordinal) == true)
        {
            found.Add(path + ": " + type.FullName);
            return;
        }

        // Descriptors are immutable static metadata, the one Roslyn type a DiagnosticInfo may carry.
        if (value is DiagnosticDescriptor || (!type.IsValueType && !seen.Add(value)))
        {
            return;
        }

        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                Walk(item, $"{path}[{i++}]", forbidden, seen, found);
            }

            return;
        }

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Walk(field.GetValue(value), path + "." + field.Name, forbidden, seen, found);
        }
    }
}
