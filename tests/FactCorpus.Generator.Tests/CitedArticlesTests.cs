using System.Collections.Immutable;
using FactCorpus.Generator.Diagnostics;
using FactCorpus.Generator.Model;
using FactCorpus.Generator.Tests.Support;
using FactCorpus.Generator.Validation;

namespace FactCorpus.Generator.Tests;

/// <summary>
/// Issue 10 point 3: the articles a file cites are found while it is scoped, in the walk over its items that scoping
/// makes anyway, and looked up by path in a hash table compared by value.
/// </summary>
public class CitedArticlesTests
{
    private const string Sources = "sources:\n  - { id: article_b, title: B, text: articles/b.txt }\n  - { id: article_a, title: A, text: articles/a.txt }\n  - { id: no_text, title: C }\n";

    [Fact]
    public void A_file_cites_the_articles_of_its_items_sources_once_each_in_path_order_and_no_source_without_one()
    {
        var claims = """
            claims:
              - { id: c1, predicate: p, statement: S., said_by: article_a, source: article_b }
              - { id: c2, predicate: p, statement: S., said_by: article_b, source: no_text }
            quotes:
              - { id: q1, speaker: article_b, mode: indirect, text: T, source: article_b }
            events:
              - { id: e1, type: t, summary: S., source: article_a }

            """;

        var scoped = Scope(("sources.facts.yaml", Sources), ("claims.facts.yaml", claims));

        Assert.Equal([GeneratorHarness.Root + "articles/a.txt", GeneratorHarness.Root + "articles/b.txt"], scoped["claims.facts.yaml"].CitedPaths);
        // A source's own declaration reads no article; said_by names a source without citing its article.
        Assert.Empty(scoped["sources.facts.yaml"].CitedPaths);
    }

    [Fact]
    public void Citing_keeps_the_readable_articles_of_the_cited_paths()
    {
        var claims = "claims:\n  - { id: c1, predicate: p, statement: S., source: article_a }\n  - { id: c2, predicate: p, statement: S., source: article_b }\n";
        var scoped = Scope(("sources.facts.yaml", Sources), ("claims.facts.yaml", claims))["claims.facts.yaml"];
        var a = Article("articles/a.txt", "Text a.");
        var b = Article("articles/b.txt", "Text b.");

        // b failed its encoding check, so it is not readable: its excerpts are not checked.
        var cited = CitedArticles.Of(scoped, CorpusSteps.Readable([a, b], [null, DiagnosticInfo.Create(Descriptors.NotUtf8, LocationInfo.StartOf(GeneratorHarness.Root + "articles/b.txt"))]));

        Assert.Equal([a], cited);
    }

    [Fact]
    public void Readable_articles_are_equal_while_their_paths_and_texts_are()
    {
        static ReadableArticles Readable(params ArticleText[] articles) => CorpusSteps.Readable([.. articles], [.. articles.Select(_ => (DiagnosticInfo?)null)]);

        Assert.Equal(Readable(Article("a.txt", "One."), Article("b.txt", "Two.")), Readable(Article("b.txt", "Two."), Article("a.txt", "One.")));
        Assert.NotEqual(Readable(Article("a.txt", "One.")), Readable(Article("a.txt", "One!")));
        Assert.NotEqual(Readable(Article("a.txt", "One.")), Readable(Article("c.txt", "One.")));
        Assert.NotEqual(Readable(Article("a.txt", "One.")), Readable(Article("a.txt", "One."), Article("b.txt", "Two.")));
    }

    private static ArticleText Article(string path, string text) =>
        CorpusSteps.ReadArticle(new InMemoryAdditionalText(GeneratorHarness.Root + path, text), default);

    private static Dictionary<string, ScopedFile> Scope(params (string Path, string Text)[] files)
    {
        var read = files.Select(f => CorpusSteps.ReadFactFile(new InMemoryAdditionalText(GeneratorHarness.Root + f.Path, f.Text), default)).ToImmutableArray();
        var symbols = CorpusSteps.Link(
            read.Select(CorpusSteps.Declare).ToImmutableArray(),
            [GeneratorHarness.Root + "articles/a.txt", GeneratorHarness.Root + "articles/b.txt"],
            EquatableArray<string>.Empty);
        Assert.Empty(symbols.Problems);
        return read.ToDictionary(f => Path.GetFileName(f.Path), f => CorpusSteps.Scope(f, symbols));
    }
}
