namespace FactCorpus.Generator.Model
{
    /// <summary>Which of the generator and the analyzer reports the FC diagnostics of a compilation.</summary>
    internal enum DiagnosticsReporter
    {
        Generator,
        Analyzer,
    }

    /// <summary>Project settings the generator reads from MSBuild properties.</summary>
    internal sealed record CorpusOptions(string Namespace, DiagnosticsReporter Reporter);
}
