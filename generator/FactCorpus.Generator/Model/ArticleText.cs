namespace FactCorpus.Generator.Model
{
    /// <summary>
    /// An article keyed by its full path: its text as written (to locate a passage in the file), normalised for
    /// evidence matching, and where in the normalised text its paragraphs break (each a space that stood for a blank
    /// line; sentences end there). Read with <see cref="CorpusSteps.Article"/>.
    /// </summary>
    internal sealed record ArticleText(string Path, string NormalizedText, string Text, EquatableArray<int> ParagraphBreaks);
}
