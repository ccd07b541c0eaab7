using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactCorpus.Generator.Tests.Support;

/// <summary>The *.facts.yaml files and articles of the repository's corpus/ folder, as the compiler would pass them.</summary>
internal static class ShippedCorpus
{
    public static string ArticlePath => Path.Combine(RepoPaths.Corpus, "articles", "us-resumes-security-assistance-to-ukraine.txt");

    public static IEnumerable<string> FactFilePaths => Directory.EnumerateFiles(RepoPaths.Corpus, "*.facts.yaml").Order(StringComparer.Ordinal);

    public static IEnumerable<AdditionalText> Files() =>
        FactFilePaths.Append(ArticlePath).Select(p => (AdditionalText)new InMemoryAdditionalText(p, File.ReadAllText(p)));

    /// <summary>The shipped corpus plus one more file, corpus/case.facts.yaml, that may refer to its ids.</summary>
    public static IEnumerable<AdditionalText> FilesWith(SourceText caseFile) =>
        Files().Append(new InMemoryAdditionalText(Path.Combine(RepoPaths.Corpus, "case.facts.yaml"), caseFile));
}
