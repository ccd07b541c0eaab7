using FactCorpus.Generator.Model;
using FactCorpus.Generator.Validation;

namespace FactCorpus.Tool.Report;

/// <summary>
/// The valid items of a read corpus as the review site shows them: every kind ordered by id (ordinal, so the
/// site is the same whatever the file order), each claim's conflicts, and each source's article.
/// </summary>
internal sealed class ReviewCorpus
{
    public ReviewCorpus(CorpusReading reading)
    {
        var items = reading.Files.Select(f => f.Validated.Items).ToList();
        Sources = items.SelectMany(i => i.Sources).OrderBy(s => s.Id.Text, StringComparer.Ordinal).ToList();
        Entities = items.SelectMany(i => i.Entities).OrderBy(e => e.Id.Text, StringComparer.Ordinal).ToList();
        Claims = items.SelectMany(i => i.Claims).OrderBy(c => c.Id.Text, StringComparer.Ordinal).ToList();
        Quotes = items.SelectMany(i => i.Quotes).OrderBy(q => q.Id.Text, StringComparer.Ordinal).ToList();
        Events = items.SelectMany(i => i.Events).OrderBy(e => e.Id.Text, StringComparer.Ordinal).ToList();
        Conflicts = reading.Files.SelectMany(f => f.Conflicts)
            .GroupBy(c => c.ClaimId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => c.OtherId).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        EntityNames = Entities.ToDictionary(e => e.Id.Text, e => e.Name, StringComparer.Ordinal);
        SourceTitles = Sources.ToDictionary(s => s.Id.Text, s => s.Title, StringComparer.Ordinal);
        var articles = reading.Articles.ToDictionary(a => a.Path, StringComparer.Ordinal);
        Articles = new Dictionary<string, ArticleText>(StringComparer.Ordinal);
        foreach (var source in Sources)
        {
            if (source.TextPath is { } text && articles.TryGetValue(ArticlePaths.Resolve(source.Id.FilePath, text.Text), out var article))
            {
                Articles[source.Id.Text] = article;
            }
        }
    }

    public List<SourceSpec> Sources { get; }

    public List<EntitySpec> Entities { get; }

    public List<ClaimSpec> Claims { get; }

    public List<QuoteSpec> Quotes { get; }

    public List<EventSpec> Events { get; }

    /// <summary>The ids of the claims each claim conflicts with (FC4001's pairs, whether warned or marked disputed).</summary>
    public Dictionary<string, List<string>> Conflicts { get; }

    /// <summary>Each source's article, by the source's id; a source without an article is absent.</summary>
    public Dictionary<string, ArticleText> Articles { get; }

    private Dictionary<string, string> EntityNames { get; }

    private Dictionary<string, string> SourceTitles { get; }

    /// <summary>An entity's name, or a source's title (a source speaking in its own voice).</summary>
    public string NameOf(string id) => EntityNames.TryGetValue(id, out var name) ? name : SourceTitles.TryGetValue(id, out var title) ? title : id;

    public bool IsEntity(string id) => EntityNames.ContainsKey(id);
}
