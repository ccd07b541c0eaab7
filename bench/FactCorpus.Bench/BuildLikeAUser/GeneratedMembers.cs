using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace FactCorpus.Bench.BuildLikeAUser;

/// <summary>
/// The public members the generator emits for a corpus, without the data behind them: each generated file's
/// properties and <c>Values</c> constants as they are, its data class left out and each class of a part's items the
/// members read reduced to a stub (<c>Items = null!</c>), and no <c>Corpus.g.cs</c> (the index and finder over the
/// data). What the public API (member names and types) costs to compile as the members are written, whatever is done
/// with the data.
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

    /// <summary>The file's text up to its data class, then a stub of each class of items the members read.</summary>
    private static string WithoutData(string name, string text)
    {
        var dataClass = DataClass().Match(text);
        if (!dataClass.Success)
        {
            throw new InvalidOperationException($"{name}: no data class; the generated code changed shape, and this bench with it");
        }

        var members = text[..dataClass.Index];
        var parts = MemberRead().Matches(members).Select(m => (Class: m.Groups["class"].Value, Kind: m.Groups["kind"].Value)).Distinct().Order().ToList();
        if (parts.Count == 0)
        {
            throw new InvalidOperationException($"{name}: no member reads a part's items");
        }

        return members
            + string.Concat(parts.Select(part => $"    internal static class {part.Class}\n    {{\n        internal static readonly global::FactCorpus.Model.{part.Kind}[] Items = null!;\n    }}\n\n"))
            + "}\n";
    }

    [GeneratedRegex(@"^    internal static class (?<name>Data_\w+)$", RegexOptions.Multiline)]
    private static partial Regex DataClass();

    [GeneratedRegex(@"global::FactCorpus\.Model\.(?<kind>\w+) \w+ => (?<class>Part_\w+)\.Items\[\d+\];")]
    private static partial Regex MemberRead();
}
