namespace FactCorpus.Generator.Model
{
    /// <summary>
    /// The declaration an id resolves to, without its location, so that moving lines in a file changes no
    /// entry. <see cref="FilePath"/> (and its <see cref="FactFileEntry.Key"/>), <see cref="Kind"/> and <see cref="Index"/> (its position among that file's
    /// items of its kind) tell the declaration apart from a duplicate. <see cref="IsValid"/> holds what is known
    /// across files: read without errors, a C# name of its own, for a source an article that exists, for a claim
    /// no supersede cycle. <see cref="SupersededBy"/> is a claim's replacement, which cycles are found from.
    /// <see cref="EntityKind"/> and <see cref="Aliases"/> (with the name, <see cref="Label"/>) are how an entity is
    /// recognised in an article (<see cref="Validation.AttributionCheck"/>).
    /// </summary>
    internal sealed record SymbolEntry(
        string Id,
        ItemKind Kind,
        string FilePath,
        string FileKey,
        int Index,
        bool IsValid,
        string? Label,
        DateSpec? Published,
        string? ArticlePath,
        string? ArticleWritten,
        string? SupersededBy,
        EntityKind? EntityKind = null,
        EquatableArray<string> Aliases = default);

    /// <summary>
    /// One *.facts.yaml file of the corpus: <see cref="Key"/> names its generated file and part classes (unique,
    /// also ignoring case); <see cref="Sections"/> are the kinds of item it declares.
    /// </summary>
    internal sealed record FactFileEntry(string Path, string Key, ItemKind Sections);
}
