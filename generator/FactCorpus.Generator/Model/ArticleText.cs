namespace FactCorpus.Generator.Model
{
    /// <summary>An article's text, already normalised for evidence matching, keyed by its full path.</summary>
    internal sealed record ArticleText(string Path, string NormalizedText);
}
