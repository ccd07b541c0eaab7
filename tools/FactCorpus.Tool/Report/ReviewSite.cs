using System.Globalization;
using System.Text;
using FactCorpus.Generator.Model;
using FactCorpus.Shared;

namespace FactCorpus.Tool.Report;

/// <summary>
/// The static review site of a corpus: an overview, every item by source (with its status, conflicts and links to
/// its marked evidence), the items by entity, each article with its cited passages marked and linked back, and the
/// timeline of events. Pages are written in a fixed order from items ordered by id, so the same corpus gives the
/// same bytes.
/// </summary>
internal sealed class ReviewSite
{
    public const string ItemsPage = "sources.html";
    public const string EntitiesPage = "entities.html";

    private readonly ReviewCorpus corpus;
    private readonly Dictionary<string, ArticleMarks> marks;

    private ReviewSite(ReviewCorpus corpus)
    {
        this.corpus = corpus;
        marks = corpus.Articles.ToDictionary(a => a.Key, a => new ArticleMarks(a.Value), StringComparer.Ordinal);
    }

    /// <summary>The pages of the site by file name, in the order they are written.</summary>
    public static IReadOnlyList<(string Name, string Html)> Pages(ReviewCorpus corpus) => new ReviewSite(corpus).Build();

    /// <summary>Writes the site into <paramref name="output"/> (created if needed) and returns the paths written.</summary>
    public static IReadOnlyList<string> Write(ReviewCorpus corpus, string output)
    {
        Directory.CreateDirectory(output);
        var written = new List<string>();
        foreach (var (name, html) in Pages(corpus))
        {
            var path = Path.Combine(output, name);
            File.WriteAllText(path, html, new UTF8Encoding(false));
            written.Add(path);
        }

        return written;
    }

    public static string ArticlePage(string sourceId) => "article-" + sourceId + ".html";

    private List<(string, string)> Build()
    {
        // The items page first: its cards cite the passages the article pages then mark.
        var items = ItemsBySource();
        var pages = new List<(string, string)> { ("index.html", Overview()), (ItemsPage, items), (EntitiesPage, ItemsByEntity()), ("timeline.html", TimelinePage()) };
        pages.AddRange(corpus.Sources.Where(s => marks.ContainsKey(s.Id.Text)).Select(s => (ArticlePage(s.Id.Text), Article(s))));
        return pages;
    }

    private string Overview()
    {
        var body = new StringBuilder();
        body.Append("<p>").Append(Count(corpus.Sources.Count, "source")).Append(", ").Append(Count(corpus.Entities.Count, "entity", "entities")).Append(", ")
            .Append(Count(corpus.Claims.Count, "claim")).Append(", ").Append(Count(corpus.Quotes.Count, "quote")).Append(", ").Append(Count(corpus.Events.Count, "event")).Append(".</p>\n");
        body.Append("<h2>Articles</h2>\n<ul>\n");
        foreach (var source in corpus.Sources)
        {
            body.Append("<li>").Append(marks.ContainsKey(source.Id.Text) ? Html.Link(ArticlePage(source.Id.Text), source.Title) : Html.Escape(source.Title))
                .Append(" (").Append(Html.Link(ItemsPage + "#source-" + source.Id.Text, "its items")).Append(")</li>\n");
        }

        body.Append("</ul>\n<h2>Claims to look at</h2>\n");
        var flagged = corpus.Claims.Where(c => c.Status != ClaimStatus.Reported || corpus.Conflicts.ContainsKey(c.Id.Text)).ToList();
        if (flagged.Count == 0)
        {
            body.Append("<p>No claim is disputed, retracted, superseded or in conflict with another.</p>\n");
        }
        else
        {
            body.Append("<ul>\n");
            foreach (var claim in flagged)
            {
                body.Append("<li>").Append(ClaimLink(claim)).Append(' ').Append(StatusBadges(claim)).Append("</li>\n");
            }

            body.Append("</ul>\n");
        }

        return Html.Page("Corpus review", body.ToString());
    }

    private string ItemsBySource()
    {
        var body = new StringBuilder();
        // Each source, then the items that name none (null).
        foreach (var source in corpus.Sources.Cast<SourceSpec?>().Append(null))
        {
            var id = source?.Id.Text;
            var claims = corpus.Claims.Where(c => c.Source?.Text == id).ToList();
            var quotes = corpus.Quotes.Where(q => q.Source?.Text == id).ToList();
            var events = corpus.Events.Where(e => e.Source?.Text == id).ToList();
            if (id is null && claims.Count + quotes.Count + events.Count == 0)
            {
                continue;
            }

            body.Append("<section").Append(id is null ? "" : " id=\"source-" + Html.Escape(id) + "\"").Append(">\n<h2>").Append(Html.Escape(source?.Title ?? "Items without a source")).Append("</h2>\n");
            if (source is not null)
            {
                body.Append("<p>").Append(Html.Escape(string.Join(", ", new[] { source.Publisher, source.Published is { } date ? DateText(date) : null }.OfType<string>())));
                body.Append(source.Url is null ? "" : " " + UrlLink(source.Url)).Append(marks.ContainsKey(source.Id.Text) ? " " + Html.Link(ArticlePage(source.Id.Text), "the article, marked") : "").Append("</p>\n");
            }

            Section(body, "Claims", claims, ClaimCard);
            Section(body, "Quotes", quotes, QuoteCard);
            Section(body, "Events", events, EventCard);
            body.Append("</section>\n");
        }

        return Html.Page("Items by source", body.ToString());
    }

    private static void Section<T>(StringBuilder body, string heading, List<T> items, Action<StringBuilder, T> card)
    {
        if (items.Count == 0)
        {
            return;
        }

        body.Append("<h3>").Append(heading).Append("</h3>\n");
        foreach (var item in items)
        {
            card(body, item);
        }
    }

    private void ClaimCard(StringBuilder body, ClaimSpec claim)
    {
        var classes = "item claim is-" + Status(claim.Status) + (corpus.Conflicts.ContainsKey(claim.Id.Text) ? " has-conflicts" : "");
        body.Append("<div class=\"").Append(classes).Append("\" id=\"claim-").Append(Html.Escape(claim.Id.Text)).Append("\">\n");
        body.Append("<p><span class=\"id\">claim ").Append(Html.Escape(claim.Id.Text)).Append("</span> ").Append(StatusBadges(claim)).Append("</p>\n");
        body.Append("<p class=\"statement\">").Append(Html.Escape(claim.Statement)).Append("</p>\n<p>");
        Field(body, "Subject", claim.Subject is null ? null : EntityLink(claim.Subject.Text));
        Field(body, "Predicate", Html.Escape(claim.Predicate));
        Field(body, "Value", claim.Value is { } value ? Html.Escape(ValueOf(value)) : null);
        Field(body, "Said by", claim.SaidBy is null ? null : EntityLink(claim.SaidBy.Text));
        Field(body, "Date", claim.Date is { } date ? Html.Escape(DateText(date)) : null);
        Field(body, "As of", claim.AsOf is { } asOf ? Html.Escape(DateText(asOf)) : null);
        body.Append("</p>\n");
        if (claim.Note is not null)
        {
            body.Append("<p>Note: ").Append(Html.Escape(claim.Note)).Append("</p>\n");
        }

        if (claim.SupersededBy is not null)
        {
            body.Append("<p>Superseded by ").Append(Html.Link("#claim-" + claim.SupersededBy.Text, claim.SupersededBy.Text)).Append("</p>\n");
        }

        if (corpus.Conflicts.TryGetValue(claim.Id.Text, out var others))
        {
            body.Append("<p class=\"conflict\">Conflicts with ").Append(string.Join(", ", others.Select(o => Html.Link("#claim-" + o, o)))).Append("</p>\n");
        }

        Evidence(body, claim.Source, claim.Evidence.Select(e => e.Text), new ItemRef("claim", claim.Id.Text));
        body.Append("</div>\n");
    }

    private void QuoteCard(StringBuilder body, QuoteSpec quote)
    {
        var item = new ItemRef("quote", quote.Id.Text);
        body.Append("<div class=\"item quote\" id=\"quote-").Append(Html.Escape(quote.Id.Text)).Append("\">\n");
        body.Append("<p><span class=\"id\">quote ").Append(Html.Escape(quote.Id.Text)).Append("</span> (").Append(quote.Mode == QuoteMode.Direct ? "direct" : "indirect").Append(")</p>\n");
        if (quote.Text is not null)
        {
            var mark = quote.Mode == QuoteMode.Direct ? MarkOf(quote.Source, quote.Text.Text, item) : null;
            var text = "\u201C" + quote.Text.Text + "\u201D";
            body.Append("<p class=\"statement\">").Append(mark is null ? Html.Escape(text) : Html.Link(mark, text)).Append("</p>\n");
        }

        body.Append("<p>");
        Field(body, "Speaker", quote.Speaker is null ? null : EntityLink(quote.Speaker.Text));
        Field(body, "Audience", quote.Audience is null ? null : EntityLink(quote.Audience.Text));
        Field(body, "Date", quote.Date is { } date ? Html.Escape(DateText(date)) : null);
        body.Append("</p>\n");
        Evidence(body, quote.Source, quote.Evidence.Select(e => e.Text), item);
        body.Append("</div>\n");
    }

    private void EventCard(StringBuilder body, EventSpec @event)
    {
        body.Append("<div class=\"item event\" id=\"event-").Append(Html.Escape(@event.Id.Text)).Append("\">\n");
        body.Append("<p><span class=\"id\">event ").Append(Html.Escape(@event.Id.Text)).Append("</span> (").Append(Html.Escape(@event.Type)).Append(")</p>\n");
        body.Append("<p class=\"statement\">").Append(Html.Escape(@event.Summary)).Append("</p>\n<p>");
        Field(body, "Date", @event.Date is { } date ? Html.Escape(DateText(date)) : null);
        Field(body, "Location", @event.Location is null ? null : EntityLink(@event.Location.Text));
        Field(body, "Participants", @event.Participants.Count == 0 ? null : string.Join(", ", @event.Participants.Select(p => EntityLink(p.Entity.Text) + " (" + Html.Escape(p.Role) + ")")));
        body.Append("</p>\n");
        Evidence(body, @event.Source, @event.Evidence.Select(e => e.Text), new ItemRef("event", @event.Id.Text));
        body.Append("</div>\n");
    }

    private void Evidence(StringBuilder body, LocatedText? source, IEnumerable<string> excerpts, ItemRef item)
    {
        var list = excerpts.ToList();
        if (list.Count == 0)
        {
            return;
        }

        body.Append("<ul class=\"evidence\">\n");
        foreach (var excerpt in list)
        {
            var text = "\u201C" + excerpt + "\u201D";
            var mark = MarkOf(source, excerpt, item);
            body.Append("<li>").Append(mark is null ? Html.Escape(text) : Html.Link(mark, text)).Append("</li>\n");
        }

        body.Append("</ul>\n");
    }

    /// <summary>The link to the mark of an excerpt in its source's article; null when the source has no article.</summary>
    private string? MarkOf(LocatedText? source, string excerpt, ItemRef item) =>
        source is not null && marks.TryGetValue(source.Text, out var article) && article.Cite(excerpt, item) is { } id
            ? ArticlePage(source.Text) + "#" + id
            : null;

    private string ItemsByEntity()
    {
        var body = new StringBuilder();
        foreach (var entity in corpus.Entities)
        {
            var id = entity.Id.Text;
            body.Append("<section id=\"entity-").Append(Html.Escape(id)).Append("\">\n<h2>").Append(Html.Escape(entity.Name)).Append("</h2>\n<p><span class=\"id\">")
                .Append(Html.Escape(id)).Append("</span>, ").Append(entity.Kind.ToString().ToLowerInvariant());
            body.Append(entity.Aliases.Count == 0 ? "" : "; also " + Html.Escape(string.Join(", ", entity.Aliases))).Append("</p>\n");
            if (entity.Description is not null)
            {
                body.Append("<p>").Append(Html.Escape(entity.Description)).Append("</p>\n");
            }

            LinkList(body, "Claims about it", corpus.Claims.Where(c => c.Subject?.Text == id).Select(c => ClaimLink(c) + " " + StatusBadges(c)));
            LinkList(body, "Claims it made", corpus.Claims.Where(c => c.SaidBy?.Text == id).Select(c => ClaimLink(c) + " " + StatusBadges(c)));
            LinkList(body, "Quotes", corpus.Quotes.Where(q => q.Speaker?.Text == id).Select(q => Html.Link(ItemsPage + "#quote-" + q.Id.Text, q.Id.Text)));
            LinkList(body, "Events", corpus.Events.Where(e => e.Location?.Text == id || e.Participants.Any(p => p.Entity.Text == id)).Select(e => Html.Link(ItemsPage + "#event-" + e.Id.Text, e.Summary)));
            body.Append("</section>\n");
        }

        return Html.Page("Items by entity", body.ToString());
    }

    private static void LinkList(StringBuilder body, string heading, IEnumerable<string> links)
    {
        var list = links.ToList();
        if (list.Count == 0)
        {
            return;
        }

        body.Append("<h3>").Append(heading).Append("</h3>\n<ul>\n");
        foreach (var link in list)
        {
            body.Append("<li>").Append(link).Append("</li>\n");
        }

        body.Append("</ul>\n");
    }

    private string TimelinePage() =>
        Html.Page("Timeline of events", "<p>A dot is a day, a band a month, a dashed band a year: each event at the precision its date is known.</p>\n"
            + Timeline.Svg(corpus.Events, ItemsPage));

    private string Article(SourceSpec source) =>
        Html.Page(source.Title, "<p>Marked passages are cited as evidence or quoted; the links after each lead to the items citing it.</p>\n<div class=\"article\">"
            + marks[source.Id.Text].ToHtml(ItemsPage) + "</div>\n");

    /// <summary>A web address as a link only when it is one (http or https): a curated url is never run as script.</summary>
    private static string UrlLink(string url) =>
        url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? Html.Link(url, url) : Html.Escape(url);

    private string ClaimLink(ClaimSpec claim) => Html.Link(ItemsPage + "#claim-" + claim.Id.Text, claim.Statement);

    private string EntityLink(string id) =>
        Html.Link(corpus.IsEntity(id) ? EntitiesPage + "#entity-" + id : ItemsPage + "#source-" + id, corpus.NameOf(id));

    private string StatusBadges(ClaimSpec claim) =>
        "<span class=\"status status-" + Status(claim.Status) + "\">" + Status(claim.Status) + "</span>"
        + (corpus.Conflicts.ContainsKey(claim.Id.Text) ? " <span class=\"status conflict\">in conflict</span>" : "");

    private static string Status(ClaimStatus status) => status.ToString().ToLowerInvariant();

    private static void Field(StringBuilder body, string name, string? html)
    {
        if (html is not null)
        {
            body.Append("<span class=\"field\">").Append(name).Append(": ").Append(html).Append(". </span>");
        }
    }

    private string ValueOf(ValueSpec value) => value.Kind switch
    {
        ValueKind.Quantity => ValueText.Bounded(value.Bound.ToString(), value.Amount, value.Unit),
        ValueKind.Duration => ValueText.Bounded(value.Bound.ToString(), value.Amount, ValueText.TimeUnit(value.TimeUnit.ToString(), value.Amount)),
        ValueKind.Date => value.Date is { } date ? DateText(date) : "",
        ValueKind.Entity => value.Entity is null ? "" : corpus.NameOf(value.Entity.Text),
        _ => value.Text,
    };

    /// <summary>A date at its precision; a curator's date says so, with how it is known.</summary>
    private static string DateText(DateSpec date) =>
        ValueText.Date(date.Year, date.Month, date.Day) + (date.Origin == DateOrigin.Curator ? " (per the curator" + (date.From is null ? "" : ": " + date.From) + ")" : "");

    private static string Count(int count, string one, string? many = null) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many ?? one + "s");
}
