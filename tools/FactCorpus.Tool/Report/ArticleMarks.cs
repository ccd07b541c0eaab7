using System.Globalization;
using System.Text;
using FactCorpus.Generator.Model;
using FactCorpus.Generator.Validation;

namespace FactCorpus.Tool.Report;

/// <summary>An item of the corpus as a page links to it: its kind ("claim", "quote", "event") and id.</summary>
internal sealed record ItemRef(string Kind, string Id)
{
    /// <summary>The id of the item's card on the sources page.</summary>
    public string Anchor => Kind + "-" + Id;
}

/// <summary>
/// The passages of one article that items cite (evidence excerpts and the text of direct quotes), found as the
/// generator checks them (the first occurrence of the normalised excerpt) and located in the file as written.
/// Each distinct passage is one mark; its id is made from its offsets, so it is stable and the same for every item
/// that cites it.
/// </summary>
internal sealed class ArticleMarks
{
    private readonly ArticleText article;
    private readonly ArticleIndex index;
    private readonly SortedDictionary<(int Start, int End), List<ItemRef>> marks = new();

    public ArticleMarks(ArticleText article)
    {
        this.article = article;
        index = ArticleIndex.Of(article);
    }

    /// <summary>The id of the mark of <paramref name="excerpt"/>, cited by <paramref name="item"/>; null when the article does not contain it.</summary>
    public string? Cite(string excerpt, ItemRef item)
    {
        var normalized = TextNormalizer.Normalize(excerpt);
        var at = normalized.Length == 0 ? -1 : index.Text.IndexOf(normalized, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var location = index.Locate(at, at + normalized.Length);
        var span = (location.StartOffset, location.EndOffset);
        if (!marks.TryGetValue(span, out var items))
        {
            marks.Add(span, items = new List<ItemRef>());
        }

        if (!items.Contains(item))
        {
            items.Add(item);
        }

        return MarkId(span);
    }

    private static string MarkId((int Start, int End) span) =>
        "m" + span.Start.ToString(CultureInfo.InvariantCulture) + "-" + span.End.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The article's text, escaped, with every cited passage in a mark followed by links to the items that cite it.
    /// Passages may overlap: the text is cut at every passage's ends, each piece sits in one mark per passage
    /// covering it, and a passage's id is on the mark of its first piece (the one a link scrolls to).
    /// </summary>
    public string ToHtml(string itemsPage)
    {
        var text = article.Text;
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var (start, end) in marks.Keys)
        {
            cuts.Add(start);
            cuts.Add(end);
        }

        var html = new StringBuilder();
        var bounds = cuts.ToList();
        var pending = new Queue<KeyValuePair<(int Start, int End), List<ItemRef>>>(marks);
        // The passages covering the piece, ordered as the marks are; kept from piece to piece, so each is looked at once.
        var covering = new List<KeyValuePair<(int Start, int End), List<ItemRef>>>();
        for (var i = 0; i + 1 < bounds.Count; i++)
        {
            var (from, to) = (bounds[i], bounds[i + 1]);
            covering.RemoveAll(m => m.Key.End <= from);
            while (pending.Count > 0 && pending.Peek().Key.Start == from)
            {
                covering.Add(pending.Dequeue());
            }

            foreach (var mark in covering)
            {
                html.Append("<mark");
                if (mark.Key.Start == from)
                {
                    html.Append(" id=\"").Append(MarkId(mark.Key)).Append('"');
                }

                html.Append(" title=\"").Append(Html.Escape(string.Join(", ", mark.Value.Select(item => item.Kind + " " + item.Id)))).Append("\">");
            }

            html.Append(Html.Escape(text.Substring(from, to - from)));
            html.Insert(html.Length, "</mark>", covering.Count);
            foreach (var mark in covering.Where(m => m.Key.End == to))
            {
                html.Append("<sup class=\"refs\">");
                foreach (var item in mark.Value)
                {
                    html.Append(item == mark.Value[0] ? "" : " ").Append("<a href=\"").Append(itemsPage).Append('#').Append(Html.Escape(item.Anchor)).Append("\">").Append(Html.Escape(item.Id)).Append("</a>");
                }

                html.Append("</sup>");
            }
        }

        return html.ToString();
    }
}
