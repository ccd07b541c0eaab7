using System.Collections.Immutable;
using FactCorpus.Generator.Model;

namespace FactCorpus.Generator.Validation
{
    /// <summary>
    /// The articles a file's evidence is checked against: those of the sources its claims, quotes and events name.
    /// A source's own declaration reads no article (whether it exists is in the symbol table), so a file of sources
    /// alone cites none. Their paths are found while scoping the file (<see cref="SymbolTable.ScopeTo"/>), which
    /// walks its items anyway, through <see cref="SourceOf"/>, as <see cref="FileValidator"/> finds an excerpt's
    /// article: so every article it looks for is here.
    /// </summary>
    internal static class CitedArticles
    {
        /// <param name="readable">The articles evidence may be checked against, by path (see <see cref="CorpusSteps.Readable"/>).</param>
        public static EquatableArray<ArticleText> Of(ScopedFile file, ReadableArticles readable)
        {
            var cited = ImmutableArray.CreateBuilder<ArticleText>(file.CitedPaths.Count);
            foreach (var path in file.CitedPaths)
            {
                if (readable.TryGet(path, out var article))
                {
                    cited.Add(article);
                }
            }

            return new EquatableArray<ArticleText>(cited.ToImmutable());
        }

        /// <summary>The entry a `source` reference resolves to when it has an article; else null.</summary>
        public static SymbolEntry? SourceOf(LocatedText? source, CorpusSymbols symbols) =>
            source is not null && symbols.TryGet(source.Text, out var entry) && entry.ArticlePath is not null ? entry : null;
    }
}
