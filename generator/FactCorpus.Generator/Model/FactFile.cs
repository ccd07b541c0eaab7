using FactCorpus.Generator.Diagnostics;

namespace FactCorpus.Generator.Model
{
    /// <summary>
    /// Everything read from one *.facts.yaml file: its items and the errors found while reading it.
    /// <see cref="ReadToEnd"/> is false when a syntax error (or a limit) broke the reading off: the items are
    /// those before the break, and ids declared after it are unknown to the rest of the corpus.
    /// </summary>
    internal sealed record FactFile(string Path, CorpusItems Items, EquatableArray<DiagnosticInfo> Diagnostics, bool ReadToEnd);
}
