namespace FactCorpus.Generator.Model
{
    /// <summary>One file with the part of the symbol table it depends on: what its validation and code are made from.</summary>
    internal sealed record ScopedFile(FactFile File, CorpusSymbols Symbols);
}
