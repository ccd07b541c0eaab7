namespace FactCorpus.Generator.Model
{
    /// <summary>
    /// One scoped file with the articles its evidence is checked against and no other, so that editing an article
    /// re-validates only the files that cite it.
    /// </summary>
    internal sealed record CitingFile(ScopedFile Scoped, EquatableArray<ArticleText> Articles);
}
