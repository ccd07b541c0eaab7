using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace FactCorpus.Bench.BuildLikeAUser;

/// <summary>
/// The public members the generator emits for a corpus, without the data behind them: each generated file's
/// properties and <c>Values</c> constants as they are, its data class reduced to one stub method a kind
/// (<c>=&gt; null!</c>), and no <c>Corpus.g.cs</c> (the index and finder over the data). What any design that keeps
/// the public API (member names and types) must compile, whatever it does with the data.
/// </summary>
internal static partial class GeneratedMembers
{
    /// <summary>The echo generator's assembly, which the bench's build copies beside it.</summary>
    public static string EchoGeneratorPath => typeof(EchoGenerator.EchoGenerator).Assembly.Location;

    /// <summary>Each generated file's name (e.g. <c>corpus_000.facts.g.cs</c>) and its members without data, as a build without a doc file generates them.</summary>
    public static IEnumerable<(string Name, string Text)> Of(int claims, int files)
    {
        var run = new Harness(claims, files, DocumentationMode.None).FullRun();
        var generated = run.Results.Single().GeneratedSources.Where(s => s.HintName.EndsWith(".facts.g.cs", StringComparison.Ordinal)).ToList();
        return generated.Count == files
            ? generated.Select(s => (s.HintName, WithoutData(s.HintName, s.SourceText.ToString())))
            : throw new InvalidOperationException($"{generated.Count} generated files for {files} YAML files");
    }

    /// <summary>The file's text up to its data class, then that class with a stub for each kind the members call.</summary>
    private static string WithoutData(string name, string text)
    {
        var dataClass = DataClass().Match(text);
        if (!dataClass.Success)
        {
            throw new InvalidOperationException($"{name}: no data class; the generated code changed shape, and this bench with it");
        }

        var members = text[..dataClass.Index];
        var className = dataClass.Groups["name"].Value;
        var kinds = MemberCall().Matches(members).Where(m => m.Groups["class"].Value == className).Select(m => m.Groups["kind"].Value).Distinct().Order(StringComparer.Ordinal).ToList();
        if (kinds.Count == 0)
        {
            throw new InvalidOperationException($"{name}: no member calls {className}");
        }

        return members
            + $"    internal static class {className}\n    {{\n"
            + string.Concat(kinds.Select(kind => $"        internal static global::FactCorpus.Model.{kind} {kind}(int index) => null!;\n"))
            + "    }\n}\n";
    }

    [GeneratedRegex(@"^    internal static class (?<name>Data_\w+)$", RegexOptions.Multiline)]
    private static partial Regex DataClass();

    [GeneratedRegex(@"=> (?<class>Data_\w+)\.(?<kind>\w+)\(\d+\);")]
    private static partial Regex MemberCall();
}
