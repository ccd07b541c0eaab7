using FactCorpus.Generator.Diagnostics;

namespace FactCorpus.Generator.Model
{
    /// <summary>
    /// One file after the cross-file checks: the items it declares that are valid and whose references resolve
    /// to valid items, each list ordered by id, and all its diagnostics (reading, cross-file, references,
    /// evidence), ordered and bounded; and the file as read (<see cref="Read"/>), whose every item the embedded data
    /// holds, so that the members can name theirs by position there.
    /// </summary>
    internal sealed record ValidatedFile(string Path, CorpusItems Items, EquatableArray<DiagnosticInfo> Diagnostics, FactFile Read);
}
