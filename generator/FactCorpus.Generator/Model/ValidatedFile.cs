using FactCorpus.Generator.Diagnostics;

namespace FactCorpus.Generator.Model
{
    /// <summary>
    /// One file after the cross-file checks: the items it declares that are valid and whose references resolve
    /// to valid items, each list ordered by id, and all its diagnostics (reading, cross-file, references,
    /// evidence), ordered and bounded.
    /// </summary>
    internal sealed record ValidatedFile(string Path, CorpusItems Items, EquatableArray<DiagnosticInfo> Diagnostics);
}
