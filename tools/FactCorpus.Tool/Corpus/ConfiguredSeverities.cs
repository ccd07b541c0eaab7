using System.Collections.Immutable;
using FactCorpus.Generator.Diagnostics;
using Microsoft.CodeAnalysis;

namespace FactCorpus.Tool.Corpus;

/// <summary>
/// The severities a build of the corpus folder's project would give the FC diagnostics: those of the global analyzer
/// configs the SDK passes the compiler (every `.globalconfig`, and every `.editorconfig` with `is_global = true`, in
/// the folder and the folders above it), merged by Roslyn's own rules (a higher `global_level` wins; two files that
/// disagree at one level leave the default). A diagnostic in a YAML file lies in no C# file, so only these global
/// options apply to it, as in the compiler.
/// </summary>
internal sealed class ConfiguredSeverities
{
    private readonly ImmutableDictionary<string, ReportDiagnostic> byId;

    private ConfiguredSeverities(ImmutableDictionary<string, ReportDiagnostic> byId) => this.byId = byId;

    public static ConfiguredSeverities Above(string directory)
    {
        var configs = new List<AnalyzerConfig>();
        for (var folder = new DirectoryInfo(directory); folder is not null; folder = folder.Parent)
        {
            foreach (var name in new[] { ".globalconfig", ".editorconfig" })
            {
                var path = Path.Combine(folder.FullName, name);
                if (File.Exists(path))
                {
                    configs.Add(AnalyzerConfig.Parse(File.ReadAllText(path), path));
                }
            }
        }

        return new ConfiguredSeverities(AnalyzerConfigSet.Create(configs).GlobalConfigOptions.TreeOptions);
    }

    /// <summary>What the build reports the diagnostic as: its configured severity, else its default.</summary>
    public ReportDiagnostic Of(DiagnosticInfo diagnostic) =>
        byId.TryGetValue(diagnostic.Descriptor.Id, out var configured) && configured != ReportDiagnostic.Default ? configured
        : diagnostic.Descriptor.DefaultSeverity == DiagnosticSeverity.Error ? ReportDiagnostic.Error
        : ReportDiagnostic.Warn;
}
