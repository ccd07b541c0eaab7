using FactCorpus.Generator.Diagnostics;

namespace FactCorpus.Generator.Model
{
    /// <summary>
    /// The whole corpus after cross-file checks: only items that are valid and whose references all resolve to
    /// valid items, each list ordered by id (so output never depends on file order), and every diagnostic.
    /// </summary>
    internal sealed record ValidatedCorpus(
        CorpusOptions Options,
        bool HasFactFiles,
        CorpusItems Items,
        EquatableArray<DiagnosticInfo> Diagnostics);
}
