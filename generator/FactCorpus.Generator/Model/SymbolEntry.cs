namespace FactCorpus.Generator.Model
{
    /// <summary>
    /// The declaration an id resolves to, without its location, so that moving lines in a file changes no
    /// entry. <see cref="FilePath"/> and <see cref="Ordinal"/> (its position among that file's items) tell the
    /// declaration apart from a duplicate. <see cref="IsValid"/> holds what is known across files: read without
    /// errors, a C# name of its own and, for a source, an article that exists.
    /// </summary>
    internal sealed record SymbolEntry(
        string Id,
        ItemKind Kind,
        string FilePath,
        int Ordinal,
        bool IsValid,
        string? Label,
        DateSpec? Published,
        string? ArticlePath,
        string? ArticleWritten);

    /// <summary>
    /// One *.facts.yaml file of the corpus: <see cref="Key"/> names its generated file and part classes (unique,
    /// also ignoring case); <see cref="Sections"/> are the kinds of item it declares.
    /// </summary>
    internal sealed record FactFileEntry(string Path, string Key, ItemKind Sections);
}
