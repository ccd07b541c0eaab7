using FactCorpus.Generator.Diagnostics;

namespace FactCorpus.Generator.Model
{
    /// <summary>
    /// Everything read from one *.facts.yaml file: its items and the errors found while reading it.
    /// <see cref="AllIdsRead"/> is false when the file may declare ids that could not be read: a syntax error (or
    /// a limit) broke the reading off, so the items are those before the break; or an item's id is missing or
    /// malformed, or a section is not a list. The build targets embed the file's data (<see cref="Emitting.DataWriter"/>)
    /// as the resource <see cref="Resource"/>, as they named it (null where they did not run), with the
    /// <see cref="TextHash"/> of the text it was written from, which the generated code holds too.
    /// </summary>
    internal sealed record FactFile(string Path, CorpusItems Items, EquatableArray<DiagnosticInfo> Diagnostics, bool AllIdsRead, ulong TextHash, string? Resource = null);
}
