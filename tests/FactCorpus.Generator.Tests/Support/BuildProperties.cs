using System.Diagnostics.CodeAnalysis;
using FactCorpus.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactCorpus.Generator.Tests.Support;

/// <summary>
/// MSBuild properties as the generator sees them (build_property.X), and each fact file's resource name as the
/// package's targets set it (<see cref="ResourceName"/>).
/// </summary>
/// <param name="resource">Each fact file's resource name, when not <see cref="ResourceName"/>.</param>
internal sealed class BuildProperties(IReadOnlyDictionary<string, string> values, Func<string, string>? resource = null) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(values);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(
        CorpusSteps.IsFactFile(textFile.Path)
            ? new Dictionary<string, string> { ["build_metadata.AdditionalFiles." + DataFormat.ResourceMetadata] = (resource ?? ResourceName)(textFile.Path) }
            : new Dictionary<string, string>());

    /// <summary>The folder in-memory projects hold their files in.</summary>
    public const string ProjectFolder = "/corpus/";

    /// <summary>A fact file's resource, named as the targets name it: its path from the project's folder, <see cref="ProjectFolder"/> (files elsewhere, as the shipped corpus read from the repository, by their names).</summary>
    public static string ResourceName(string path) =>
        "FactCorpus.Data/" + (path.StartsWith(ProjectFolder, StringComparison.Ordinal) ? path.Substring(ProjectFolder.Length) : Path.GetFileName(path));

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
