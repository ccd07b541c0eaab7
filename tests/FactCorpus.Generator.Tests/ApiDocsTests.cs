using System.Reflection;
using System.Text.RegularExpressions;
using FactCorpus.Generator.Tests.Support;
using FactCorpus.Model;
using Microsoft.CodeAnalysis;

namespace FactCorpus.Generator.Tests;

/// <summary>
/// docs/api.md cannot drift from the code: every public member of the FactCorpus.Model types and of the generated
/// Corpus class is a row of its type's table (found by reflection), and the doc's example compiles against the
/// shipped corpus.
/// </summary>
public class ApiDocsTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly string Doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "api.md"));

    private static readonly Lazy<GeneratorResult> Shipped = new(() => GeneratorHarness.Run(ShippedCorpus.Files(), "FactCorpus"));

    /// <summary>The public members a reader can call, by name: properties, methods (not accessors or overrides of object's), fields and enum values.</summary>
    private static IEnumerable<string> PublicMembers(Type type) =>
        type.GetMembers(Declared)
            .Where(m => m switch
            {
                MethodInfo method => !method.IsSpecialName && method.GetBaseDefinition().DeclaringType == type,
                PropertyInfo or FieldInfo => !(m is FieldInfo { IsSpecialName: true }),
                _ => false,
            })
            .Select(m => m.Name)
            .Distinct();

    /// <summary>The text under the heading "## `Type`" (any level, anything after the name) up to the next heading.</summary>
    private static string Section(string type)
    {
        var match = Regex.Match(Doc, $"(?ms)^#{{2,4}} `{type}`[^\\n]*\\n(?<body>.*?)(?=^#{{1,4}} |\\z)");
        Assert.True(match.Success, $"docs/api.md has no section headed `{type}`");
        return match.Groups["body"].Value;
    }

    private static void AssertEveryMemberIsARow(Type type, string section)
    {
        var members = PublicMembers(type).ToList();
        Assert.NotEmpty(members);
        var missing = members.Where(name => !Regex.IsMatch(Section(section), $"(?m)^\\| `{name}[`(<]")).ToList();
        Assert.True(missing.Count == 0, $"docs/api.md, section `{section}`, has no row for: {string.Join(", ", missing)}");
    }

    /// <summary>A type as api.md heads it: a generic type with its parameters as C# writes them ("PartReader&lt;T&gt;").</summary>
    private static string Heading(Type type) =>
        type.IsGenericTypeDefinition ? type.Name[..type.Name.IndexOf('`')] + "<" + string.Join(", ", type.GetGenericArguments().Select(a => a.Name)) + ">" : type.Name;

    public static TheoryData<string> ModelTypes() =>
        new(typeof(CorpusIndex).Assembly.GetExportedTypes().Where(t => PublicMembers(t).Any()).Select(Heading).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void Every_public_member_of_the_model_types_is_in_api_md(string type) =>
        AssertEveryMemberIsARow(typeof(CorpusIndex).Assembly.GetExportedTypes().Single(t => Heading(t) == type), type);

    [Fact]
    public void Every_public_member_of_the_generated_Corpus_class_is_in_api_md()
    {
        var corpus = Shipped.Value.Load().GetType("FactCorpus.Corpus")!;
        Assert.Contains("FromSource", PublicMembers(corpus));
        AssertEveryMemberIsARow(corpus, "Corpus");
    }

    [Fact]
    public void The_rows_name_only_members_that_exist()
    {
        var corpus = Shipped.Value.Load().GetType("FactCorpus.Corpus")!;
        var types = typeof(CorpusIndex).Assembly.GetExportedTypes().Append(corpus);
        foreach (var type in types.Where(t => Doc.Contains($"# `{Heading(t)}`", StringComparison.Ordinal)))
        {
            var documented = Regex.Matches(Section(Heading(type)), "(?m)^\\| `(?<name>\\w+)").Select(m => m.Groups["name"].Value);
            Assert.All(documented, name => Assert.Contains(name, PublicMembers(type)));
        }
    }

    [Fact]
    public void The_example_compiles_against_the_shipped_corpus()
    {
        var example = Regex.Match(Doc, "(?s)## Example.*?```csharp\\n(?<code>.*?)```").Groups["code"].Value;
        var lines = example.Split('\n');
        var usings = lines.Where(l => l.StartsWith("using ", StringComparison.Ordinal));
        var body = lines.Where(l => !l.StartsWith("using ", StringComparison.Ordinal));
        var code = string.Join("\n", usings) + "\npublic static class Example\n{\n    public static void Run()\n    {\n" + string.Join("\n", body) + "\n    }\n}\n";
        Assert.Contains("EventsBetween", code);

        var console = MetadataReference.CreateFromFile(typeof(Console).Assembly.Location);
        var compiled = Shipped.Value.Output.AddReferences(console)
            .AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(code, path: "Example.cs"));

        Assert.Empty(compiled.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
    }
}
