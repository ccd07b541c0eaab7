namespace FactCorpus.Generator.Model
{
    /// <summary>
    /// One file after validation, with the part of the symbol table its code names, and then the conflicts of its
    /// claims with other claims (<see cref="CorpusConflicts.For"/>): all that emitting reads. It holds no article, so an
    /// article edit that changes no result of the file leaves it equal and its code cached.
    /// </summary>
    internal sealed record CheckedFile(ValidatedFile Validated, CorpusSymbols Symbols, EquatableArray<ClaimConflict> Conflicts = default);
}
