namespace FactCorpus.Generator.Model
{
    /// <summary>
    /// An article keyed by its full path: its text as written (to locate a passage in the file) and normalised for
    /// evidence matching.
    /// </summary>
    internal sealed record ArticleText(string Path, string NormalizedText, string Text);
}
