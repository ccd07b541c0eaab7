using FactCorpus.Generator.Diagnostics;

namespace FactCorpus.Generator.Model
{
    /// <summary>Everything read from one *.facts.yaml file: its items and the errors found while reading it.</summary>
    internal sealed record FactFile(string Path, CorpusItems Items, EquatableArray<DiagnosticInfo> Diagnostics);
}
