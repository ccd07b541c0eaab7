namespace FactCorpus.Generator.Model
{
    /// <summary>
    /// What the rest of the corpus needs to know of one item of a file: its id and kind, whether it was read
    /// with errors, and what other files show of it (an entity's name; a source's title, date and article path).
    /// </summary>
    internal sealed record Declaration(LocatedText Id, ItemKind Kind, bool HasErrors, string? Label, DateSpec? Published, LocatedText? TextPath);

    /// <summary>
    /// The declarations of one *.facts.yaml file, in the order the file declares them; <see cref="AllIdsRead"/> false
    /// when the file may declare more ids than could be read (see <see cref="FactFile.AllIdsRead"/>).
    /// </summary>
    internal sealed record FileDeclarations(string Path, EquatableArray<Declaration> Items, bool AllIdsRead);
}
