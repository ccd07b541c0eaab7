using System.Globalization;
using System.Text;
using FactCorpus.Generator.Model;
using FactCorpus.Shared;

namespace FactCorpus.Tool.Report;

/// <summary>
/// The events on a time axis as inline SVG, one row each, each date at its precision: a year is a dashed band over
/// the whole year, a month a band over the month, a day a dot; a curator's date (not the article's) says so in its label.
/// </summary>
internal static class Timeline
{
    private const int Width = 900;
    private const int Left = 20;
    private const int Right = 20;
    private const int Top = 40;
    private const int Row = 26;

    public static string Svg(IReadOnlyList<EventSpec> events, string itemsPage)
    {
        var dated = events.Where(e => e.Date is not null).Select(e => (Event: e, Date: e.Date!.Value))
            .OrderBy(e => Range(e.Date).From).ThenBy(e => Range(e.Date).To).ThenBy(e => e.Event.Id.Text, StringComparer.Ordinal)
            .ToList();
        var height = Top + Math.Max(dated.Count, 1) * Row + 10;
        var svg = new StringBuilder();
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"Timeline of events\" width=\"").Append(Width)
            .Append("\" height=\"").Append(height).Append("\" viewBox=\"0 0 ").Append(Width).Append(' ').Append(height).Append("\">\n");
        if (dated.Count == 0)
        {
            svg.Append("<text x=\"").Append(Left).Append("\" y=\"").Append(Top).Append("\">No event has a date.</text>\n</svg>\n");
            return svg.ToString();
        }

        var first = dated.Min(e => Range(e.Date).From);
        var last = dated.Max(e => Range(e.Date).To);
        double span = (last - first).Days;
        double X(DateTime day) => Left + (day - first).Days / span * (Width - Left - Right);

        svg.Append("<line class=\"axis\" x1=\"").Append(Left).Append("\" y1=\"24\" x2=\"").Append(Width - Right).Append("\" y2=\"24\"/>\n");
        foreach (var tick in Ticks(first, last))
        {
            svg.Append("<line class=\"axis\" x1=\"").Append(Number(X(tick.Day))).Append("\" y1=\"20\" x2=\"").Append(Number(X(tick.Day))).Append("\" y2=\"28\"/>")
                .Append("<text x=\"").Append(Number(X(tick.Day))).Append("\" y=\"14\" text-anchor=\"middle\">").Append(tick.Label).Append("</text>\n");
        }

        for (var i = 0; i < dated.Count; i++)
        {
            var (@event, date) = dated[i];
            var (from, to) = Range(date);
            var y = Top + i * Row;
            var label = ValueText.Date(date.Year, date.Month, date.Day) + (date.Origin == DateOrigin.Curator ? " (curator's date)" : "") + ": " + @event.Summary;
            svg.Append("<a href=\"").Append(itemsPage).Append("#event-").Append(Html.Escape(@event.Id.Text)).Append("\">")
                .Append("<title>").Append(Html.Escape(label)).Append("</title>");
            var x1 = X(from);
            var x2 = X(to);
            svg.Append(date.Day != 0
                ? "<circle class=\"day\" cx=\"" + Number(x1) + "\" cy=\"" + y + "\" r=\"5\"/>"
                : "<rect class=\"" + (date.Month != 0 ? "month" : "year") + "\" x=\"" + Number(x1) + "\" y=\"" + (y - 6) + "\" width=\"" + Number(Math.Max(x2 - x1, 3)) + "\" height=\"12\"/>");
            var rightSide = x1 < Width / 2.0;
            svg.Append("<text x=\"").Append(Number(rightSide ? Math.Max(x2, x1) + 8 : x1 - 8)).Append("\" y=\"").Append(y + 4)
                .Append(rightSide ? "\">" : "\" text-anchor=\"end\">").Append(Html.Escape(Shorten(label))).Append("</text></a>\n");
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    /// <summary>The days a date covers, its last day excluded: a whole year, a whole month or one day.</summary>
    private static (DateTime From, DateTime To) Range(DateSpec date)
    {
        var from = new DateTime(date.Year, Math.Max(date.Month, 1), Math.Max(date.Day, 1), 0, 0, 0, DateTimeKind.Utc);
        return (from, date.Day != 0 ? from.AddDays(1) : date.Month != 0 ? from.AddMonths(1) : from.AddYears(1));
    }

    /// <summary>A tick at each year, or at each month when the axis spans less than two years.</summary>
    private static IEnumerable<(DateTime Day, string Label)> Ticks(DateTime first, DateTime last)
    {
        var months = (last - first).Days < 730;
        var tick = months ? new DateTime(first.Year, first.Month, 1, 0, 0, 0, DateTimeKind.Utc) : new DateTime(first.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        tick = tick < first ? (months ? tick.AddMonths(1) : tick.AddYears(1)) : tick;
        for (; tick <= last; tick = months ? tick.AddMonths(1) : tick.AddYears(1))
        {
            yield return (tick, months ? tick.ToString("yyyy-MM", CultureInfo.InvariantCulture) : tick.Year.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static string Shorten(string label) => label.Length <= 90 ? label : label.Substring(0, 89) + "…";

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
