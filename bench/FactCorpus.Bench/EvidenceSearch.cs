using BenchmarkDotNet.Attributes;
using FactCorpus.Generator;
using FactCorpus.Generator.Model;
using FactCorpus.Generator.Validation;

namespace FactCorpus.Bench;

/// <summary>
/// The closest-passage hint of FC3001 at 10,000 evidence excerpts over 200 articles (the 10,000-claim synthetic
/// corpus). Baseline: the check every build makes, IndexOf of each correct excerpt in its article. Against it:
/// the same check when every excerpt misses (a number changed, a word dropped, or letter case changed, a third
/// each), without and with the search for the closest passage, which builds each article's word index once per
/// run (fresh ArticleText instances, so no index is reused between operations).
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class EvidenceSearch
{
    private (string Path, string Text)[] articles = [];
    private (int Article, string Excerpt)[] hits = [];
    private (int Article, string Excerpt)[] misses = [];

    [GlobalSetup]
    public void Setup()
    {
        var corpus = new SyntheticCorpus(10_000, 1);
        articles = corpus.Articles;
        var excerpts = new List<(int, string)>();
        for (var a = 0; a < articles.Length; a++)
        {
            // The synthetic claims' evidence: one sentence each, 50 an article.
            excerpts.AddRange(articles[a].Text.Split(". ").Where(s => s.StartsWith("Official", StringComparison.Ordinal)).Select(s => (a, TextNormalizer.Normalize(s + "."))));
        }

        hits = excerpts.ToArray();
        misses = excerpts.Select((e, i) => (e.Item1, Mutate(e.Item2, i))).ToArray();
        if (hits.Length != 10_000 || articles.Length != 200 || misses.Any(m => Normalized(m.Article).Contains(m.Excerpt, StringComparison.Ordinal)))
        {
            throw new InvalidOperationException("the synthetic corpus is not 10,000 excerpts over 200 articles, or a mutated excerpt still matches");
        }
    }

    [Benchmark(Baseline = true, Description = "IndexOf, 10,000 hits")]
    public int IndexOfHits() => Check(hits);

    [Benchmark(Description = "IndexOf, 10,000 misses")]
    public int IndexOfMisses() => Check(misses);

    [Benchmark(Description = "IndexOf + closest passage, 10,000 misses")]
    public int ClosestPassageMisses()
    {
        var texts = articles.Select(a => CorpusSteps.Article(a.Path, a.Text)).ToArray();
        var found = 0;
        foreach (var (article, excerpt) in misses)
        {
            if (texts[article].NormalizedText.IndexOf(excerpt, StringComparison.Ordinal) < 0)
            {
                found += ClosestPassage.Describe(ArticleIndex.Of(texts[article]), excerpt, "the evidence").Passage is null ? 0 : 1;
            }
        }

        return found;
    }

    /// <summary>The part of the closest-passage run that is building the articles' word indexes.</summary>
    [Benchmark(Description = "word indexes of the 200 articles")]
    public int BuildIndexes() =>
        articles.Sum(a => ArticleIndex.Of(CorpusSteps.Article(a.Path, a.Text)).Words.Count);

    private string Normalized(int article) => TextNormalizer.Normalize(articles[article].Text);

    private int Check((int Article, string Excerpt)[] excerpts)
    {
        var texts = articles.Select(a => TextNormalizer.Normalize(a.Text)).ToArray();
        var found = 0;
        foreach (var (article, excerpt) in excerpts)
        {
            found += texts[article].IndexOf(excerpt, StringComparison.Ordinal) >= 0 ? 1 : 0;
        }

        return found;
    }

    /// <summary>"…lasted more than 5 hours…" → "…lasted more than 6 hours…", "…lasted 5 hours…", or "official …".</summary>
    private static string Mutate(string excerpt, int i) => (i % 3) switch
    {
        0 => excerpt.Replace(" hours", "0 hours", StringComparison.Ordinal),
        1 => excerpt.Replace("more than ", "", StringComparison.Ordinal),
        _ => "o" + excerpt.Substring(1),
    };
}
