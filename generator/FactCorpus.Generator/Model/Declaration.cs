namespace FactCorpus.Generator.Model
{
    /// <summary>
    /// What the rest of the corpus needs to know of one item of a file: its id and kind, its position among the
    /// file's items of that kind, whether it was read with errors, and what other files show or follow of it (an
    /// entity's name, and its kind and aliases, which tell whether evidence names it; a source's title, date and
    /// article path; a claim's replacement). Its C# member name is not kept: <see cref="Emitting.MemberNames.IdsByName"/>
    /// compares ids by theirs.
    /// </summary>
    internal readonly record struct Declaration(
        LocatedText Id,
        ItemKind Kind,
        int Index,
        bool HasErrors,
        string? Label = null,
        DateSpec? Published = null,
        LocatedText? TextPath = null,
        LocatedText? SupersededBy = null,
        EntityKind? EntityKind = null,
        EquatableArray<string> Aliases = default);

    /// <summary>
    /// The declarations of one *.facts.yaml file, in the order they are written (see <see cref="Validation.SymbolTable.Declare"/>);
    /// <see cref="AllIdsRead"/> false when the file may declare more ids than could be read (see <see cref="FactFile.AllIdsRead"/>).
    /// </summary>
    internal sealed record FileDeclarations(string Path, EquatableArray<Declaration> Items, bool AllIdsRead);
}
