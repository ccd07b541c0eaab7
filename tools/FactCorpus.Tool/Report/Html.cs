using System.Text;

namespace FactCorpus.Tool.Report;

/// <summary>Escaping and the page frame of the review site: one self-contained file per page (inline style, no script, no font or file fetched), so it works from file://.</summary>
internal static class Html
{
    /// <summary>Text for an element or a quoted attribute: every character that could end either is escaped.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => escaped.Append("&amp;"),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '"' => escaped.Append("&quot;"),
                '\'' => escaped.Append("&#39;"),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }

    public static string Link(string href, string text) => "<a href=\"" + Escape(href) + "\">" + Escape(text) + "</a>";

    public static string Page(string title, string body) =>
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + Escape(title) + "</title>\n<style>\n" + Style + "</style>\n</head>\n<body>\n"
        + "<nav><a href=\"index.html\">Overview</a> <a href=\"sources.html\">Items by source</a> <a href=\"entities.html\">Items by entity</a> <a href=\"timeline.html\">Timeline</a></nav>\n"
        + "<h1>" + Escape(title) + "</h1>\n" + body + "</body>\n</html>\n";

    private const string Style = """
        body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 0 auto; padding: 1rem; line-height: 1.5; color: #1d1d1f; }
        nav a { margin-right: 1rem; }
        .article { white-space: pre-wrap; font-family: Georgia, serif; }
        mark { background: #fff1a8; scroll-margin-top: 30vh; }
        mark mark { background: #ffd75e; }
        mark:target { outline: 3px solid #d9480f; }
        sup.refs a { font-size: 0.7rem; margin-left: 0.2rem; }
        .item { border: 1px solid #ccc; border-radius: 4px; padding: 0.5rem 0.75rem; margin: 0.5rem 0; scroll-margin-top: 30vh; }
        .item:target { border-color: #d9480f; }
        .status { font-weight: bold; padding: 0 0.3rem; border-radius: 3px; font-size: 0.85rem; }
        .status-reported { background: #e6f4ea; }
        .status-disputed { background: #ffe3b3; }
        .status-retracted, .status-superseded { background: #f8d7da; }
        .conflict { background: #f3d9fa; }
        .item.has-conflicts, .item.is-disputed, .item.is-superseded, .item.is-retracted { border-left: 6px solid #d9480f; }
        .is-superseded .statement, .is-retracted .statement { text-decoration: line-through; }
        .id { font-family: monospace; color: #555; }
        .curator { font-style: italic; color: #555; }
        svg text { font: 12px system-ui, sans-serif; }
        svg .year { fill: #cfe2ff; stroke: #3d6fb6; stroke-dasharray: 4 2; }
        svg .month { fill: #9ec5fe; stroke: #3d6fb6; }
        svg .day { fill: #0b5ed7; }
        svg .axis { stroke: #888; }

        """;
}
