namespace FactCorpus.Generator.Model
{
    /// <summary>
    /// One file with the part of the symbol table it depends on: what its validation and code are made from; and
    /// the paths of the articles its evidence is checked against (<see cref="Validation.CitedArticles"/>), in ordinal order.
    /// </summary>
    internal sealed record ScopedFile(FactFile File, CorpusSymbols Symbols, EquatableArray<string> CitedPaths);
}
