using System;
using System.Collections.Generic;
using FactCorpus.Generator.Model;

namespace FactCorpus.Generator.Validation
{
    /// <summary>
    /// The articles a file's evidence is checked against: those of the sources its claims, quotes and events name.
    /// A source's own declaration reads no article (whether it exists is in the symbol table), so a file of sources
    /// alone cites none. <see cref="FileValidator"/> finds an excerpt's article through <see cref="SourceOf"/> too,
    /// so every article it looks for is here.
    /// </summary>
    internal static class CitedArticles
    {
        /// <param name="readable">The articles evidence may be checked against, by path (see <see cref="CorpusSteps.Readable"/>).</param>
        public static EquatableArray<ArticleText> Of(FactFile file, CorpusSymbols symbols, ReadableArticles readable)
        {
            // A list sorted once, by path so the result does not depend on item order; not a SortedDictionary, whose
            // tree the runtime would compile just-in-time in every build for this one use.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var cited = new List<ArticleText>();
            void Add(LocatedText? source)
            {
                if (SourceOf(source, symbols) is { ArticlePath: { } path } && seen.Add(path) && readable.TryGet(path, out var article))
                {
                    cited.Add(article);
                }
            }

            foreach (var claim in file.Items.Claims)
            {
                Add(claim.Source);
            }

            foreach (var quote in file.Items.Quotes)
            {
                Add(quote.Source);
            }

            foreach (var @event in file.Items.Events)
            {
                Add(@event.Source);
            }

            cited.Sort(static (a, b) => string.CompareOrdinal(a.Path, b.Path));
            return cited.ToEquatableArray();
        }

        /// <summary>The entry a `source` reference resolves to when it has an article; else null.</summary>
        public static SymbolEntry? SourceOf(LocatedText? source, CorpusSymbols symbols) =>
            source is not null && symbols.TryGet(source.Text, out var entry) && entry.ArticlePath is not null ? entry : null;
    }
}
