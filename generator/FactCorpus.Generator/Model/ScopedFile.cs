namespace FactCorpus.Generator.Model
{
    /// <summary>
    /// One file with the part of the symbol table it depends on: what its validation and code are made from; and
    /// the paths of the articles its evidence is checked against (<see cref="Validation.CitedArticles"/>), in ordinal order;
    /// and every id the table was asked for while cutting its part (<see cref="Probes"/>, in the order asked, found or
    /// not), whose entries alone decide that part, for the build task's cache (<see cref="Ahead.ScopeKeys"/>).
    /// </summary>
    internal sealed record ScopedFile(FactFile File, CorpusSymbols Symbols, EquatableArray<string> CitedPaths, EquatableArray<string> Probes = default);
}
