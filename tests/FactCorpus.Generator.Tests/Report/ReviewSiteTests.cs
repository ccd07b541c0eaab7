using System.Text.RegularExpressions;
using FactCorpus.Generator.Tests.Support;
using FactCorpus.Generator.Tests.Tool;
using FactCorpus.Tool.Report;
using Microsoft.CodeAnalysis;

namespace FactCorpus.Generator.Tests.Report;

/// <summary>
/// Issue 12, point 3: the review site `factcorpus report` writes, read as HTML (the browser tests load it in Chromium):
/// escaping, the status of claims, the links between items and marks, the timeline's precisions, determinism, and the
/// command's exit codes.
/// </summary>
public class ReviewSiteTests
{
    [Fact]
    public void Hostile_strings_in_every_field_and_in_the_article_are_escaped_on_every_page()
    {
        var corpus = ReviewSites.WriteCorpus(ReviewSites.HostileFiles);
        var reading = CorpusReading.Read(corpus);
        Assert.Empty(reading.Diagnostics.Where(d => d.Descriptor.DefaultSeverity == DiagnosticSeverity.Error).Select(d => d.Location.Display + " " + d.Descriptor.Id));

        var pages = ReviewSites.Pages(corpus);

        Assert.Equal(["index.html", "sources.html", "entities.html", "timeline.html", "article-eastbrook_post.html"], pages.Keys);
        foreach (var (name, html) in pages)
        {
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        }

        const string escaped = "&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; &amp; &#39;single&#39; &lt;/mark&gt;&lt;img src=x onerror=alert(1)&gt;";
        Assert.Contains("<title>" + escaped + "</title>", pages["article-eastbrook_post.html"]);
        // The claim's, the quote's and the event's passages overlap: three marks, and between them the text escaped.
        Assert.Equal(3, Regex.Matches(pages["article-eastbrook_post.html"], "<mark id=").Count);
        Assert.Contains("The mayor of Eastbrook said " + escaped + " on Friday.\nThe ferry cost 3 crowns &amp; more.", WithoutMarks(pages["article-eastbrook_post.html"]));
        Assert.Contains("<p class=\"statement\">The mayor said " + escaped + "</p>", pages["sources.html"]);
        Assert.Contains("<h2>The &quot;mayor&quot; " + escaped + "</h2>", pages["entities.html"]);
        Assert.Contains("<title>2024-05-03: " + escaped + "</title>", pages["timeline.html"]);
        // A url that is not http(s) is shown, never linked.
        Assert.Contains(" javascript:alert(&#39;url&#39;) <a href=\"article-eastbrook_post.html\">", pages["sources.html"]);
    }

    [Fact]
    public void Every_evidence_link_of_an_item_targets_a_mark_of_its_article_that_links_back_to_the_item()
    {
        var pages = ReviewSites.Pages(RepoPaths.Corpus);
        var article = pages.Single(p => p.Key.StartsWith("article-", StringComparison.Ordinal));
        var marks = Regex.Matches(article.Value, "<mark id=\"(m[0-9]+-[0-9]+)\"").Select(m => m.Groups[1].Value).ToHashSet();
        var links = Regex.Matches(pages[ReviewSite.ItemsPage], "<div class=\"item (claim|quote|event)[^\"]*\" id=\"([a-z]+-[a-z0-9_]+)\">(.*?)</div>", RegexOptions.Singleline)
            .SelectMany(card => Regex.Matches(card.Groups[3].Value, "href=\"" + Regex.Escape(article.Key) + "#(m[0-9-]+)\"").Select(link => (Item: card.Groups[2].Value, Mark: link.Groups[1].Value)))
            .ToList();

        // Each of the 44 claims, 11 quotes and 12 events cites at least one passage, and every passage is cited.
        Assert.Equal(44 + 11 + 12, links.Select(l => l.Item).Distinct().Count());
        Assert.Equal(marks.Order(), links.Select(l => l.Mark).Distinct().Order());
        foreach (var (item, mark) in links)
        {
            var start = article.Value.IndexOf("<mark id=\"" + mark + "\"", StringComparison.Ordinal);
            var end = int.Parse(mark.Split('-')[1], System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(start >= 0, mark);
            // The links back follow the passage's last piece: the first refs after the mark that name the item.
            Assert.Matches("<sup class=\"refs\">[^<]*(<a [^>]*>[^<]*</a> ?)*<a href=\"sources.html#" + item + "\">", article.Value.Substring(start));
        }
    }

    [Fact]
    public void Passages_are_the_article_text_as_written_with_overlapping_ones_nested()
    {
        var pages = ReviewSites.Pages(RepoPaths.Corpus);
        var article = pages.Single(p => p.Key.StartsWith("article-", StringComparison.Ordinal)).Value;
        var text = File.ReadAllText(ShippedCorpus.ArticlePath);

        // Without its marks and links back, the article page holds the article's text, escaped, unchanged.
        var plain = WithoutMarks(Regex.Match(article, "<div class=\"article\">(.*)</div>", RegexOptions.Singleline).Groups[1].Value);
        Assert.Equal(System.Net.WebUtility.HtmlEncode(text).Replace("&#39;", "'"), System.Net.WebUtility.HtmlEncode(System.Net.WebUtility.HtmlDecode(plain)).Replace("&#39;", "'"));
        // "According to a joint statement from the two nations" is cited alone and within a longer excerpt.
        Assert.Contains("<mark id=\"", Regex.Match(article, "<mark[^>]*><mark id=\"m[0-9-]+\"[^>]*>According to a joint statement from the two nations</mark></mark>").Value);
    }

    [Fact]
    public void Disputed_superseded_and_conflicting_claims_are_marked_as_such_with_links_to_the_other_claims()
    {
        var corpus = ReviewSites.WriteCorpus(BridgeCorpus.Files());
        var pages = ReviewSites.Pages(corpus);
        var items = pages[ReviewSite.ItemsPage];

        Assert.Contains("<div class=\"item claim is-reported has-conflicts\" id=\"claim-gazette_cost\">", items);
        Assert.Contains("<p class=\"conflict\">Conflicts with <a href=\"#claim-courier_cost\">courier_cost</a></p>", items);
        Assert.Contains("<div class=\"item claim is-disputed has-conflicts\" id=\"claim-gazette_workers\">", items);
        Assert.Contains("<p class=\"conflict\">Conflicts with <a href=\"#claim-courier_workers\">courier_workers</a></p>", items);
        Assert.Contains("<div class=\"item claim is-superseded\" id=\"claim-courier_opening_may\">", items);
        Assert.Contains("<p>Superseded by <a href=\"#claim-courier_opening_june\">courier_opening_june</a></p>", items);
        Assert.Contains("<div class=\"item claim is-reported\" id=\"claim-height_first_given\">", items);
        // A source speaking in its own voice is named by its title and links to its items.
        Assert.Contains("Said by: <a href=\"sources.html#source-courier\">The bridge at Lowmoor</a>. ", items);
        // The overview lists exactly the claims to look at: the two conflicts' four claims, the disputed pair and the superseded one.
        var flagged = Regex.Matches(pages["index.html"], "<li><a href=\"sources.html#claim-([a-z0-9_]+)\">").Select(m => m.Groups[1].Value);
        Assert.Equal(
            ["courier_cost", "courier_opening_may", "courier_workers", "gazette_cost", "gazette_workers", "works_took_14_months", "works_took_over_two_years"],
            flagged);
    }

    [Fact]
    public void The_timeline_draws_a_day_as_a_dot_a_month_as_a_band_and_a_year_as_a_dashed_band()
    {
        var timeline = ReviewSites.Pages(RepoPaths.Corpus)["timeline.html"];
        var dated = new ReviewCorpus(CorpusReading.Read(RepoPaths.Corpus)).Events.Count(e => e.Date is not null);
        string Shape(string eventId) => Regex.Match(timeline, "<a href=\"sources.html#event-" + eventId + "\"><title>[^<]*</title><(circle|rect) class=\"([a-z]+)\"").Groups[2].Value;

        Assert.Equal("year", Shape("crimea_annexation"));
        Assert.Equal("month", Shape("zelenskiy_in_saudi_arabia_visit"));
        Assert.Equal("day", Shape("jeddah_talks"));
        Assert.Equal(9, dated);
        Assert.Equal(dated, Regex.Matches(timeline, "<a href=\"sources.html#event-").Count);
        Assert.Contains("<title>2025-03-11 (curator&#39;s date): US-Ukraine talks in Jeddah", timeline);
    }

    [Fact]
    public void The_same_items_give_the_same_bytes_whatever_the_files_are_called_and_in_what_order_they_come()
    {
        var files = BridgeCorpus.Files();
        var renamed = files.Reverse().Select(f => (f.Path.EndsWith(".facts.yaml", StringComparison.Ordinal) ? "z_" + f.Path : f.Path, f.Text)).ToArray();

        var first = ReviewSites.Pages(ReviewSites.WriteCorpus(files));
        var second = ReviewSites.Pages(ReviewSites.WriteCorpus(renamed));

        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, page => Assert.Equal(page.Value, second[page.Key]));
    }

    [Fact]
    public void The_command_writes_the_site_and_says_where_and_fails_with_one_line_for_a_missing_folder_or_one_without_facts()
    {
        var output = Path.Combine(Path.GetTempPath(), "factcorpus-site-" + Guid.NewGuid().ToString("N"));

        var written = ToolRun.Of("report", RepoPaths.Corpus, "-o", output);
        Assert.Equal((0, ""), (written.ExitCode, written.Error));
        Assert.Equal($"Wrote 5 pages to {output}; open {Path.Combine(output, "index.html")}.\n", written.Output);
        Assert.True(File.Exists(Path.Combine(output, "article-us_resumes_assistance_article.html")));

        var missing = Path.Combine(Path.GetTempPath(), "no-such-corpus-" + Guid.NewGuid().ToString("N"));
        var noFolder = ToolRun.Of("report", missing, "-o", output);
        Assert.Equal((2, $"factcorpus: The folder '{missing}' does not exist.\n"), (noFolder.ExitCode, noFolder.Error));

        var empty = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "empty-corpus-" + Guid.NewGuid().ToString("N"))).FullName;
        var noFacts = ToolRun.Of("report", empty, "-o", output);
        Assert.Equal((2, $"factcorpus: The folder '{empty}' has no *.facts.yaml file (in it or its subfolders).\n"), (noFacts.ExitCode, noFacts.Error));
    }

    [Fact]
    public void A_corpus_with_errors_is_still_shown_without_the_items_in_error_and_the_command_exits_with_1()
    {
        var files = BridgeCorpus.Files(courier: BridgeCorpus.CourierFacts.Replace("said_by: courier\n", "said_by: nobody_known\n", StringComparison.Ordinal));
        Assert.NotEqual(BridgeCorpus.CourierFacts, files[4].Text);
        var corpus = ReviewSites.WriteCorpus(files);
        var output = Path.Combine(Path.GetTempPath(), "factcorpus-site-" + Guid.NewGuid().ToString("N"));

        var run = ToolRun.Of("report", corpus, "-o", output);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("factcorpus: the corpus has ", run.Error);
        var items = File.ReadAllText(Path.Combine(output, ReviewSite.ItemsPage));
        Assert.Contains("id=\"claim-gazette_cost\"", items);
        Assert.DoesNotContain("id=\"claim-courier_cost\"", items);
    }

    /// <summary>An article page's HTML without its marks and links back: the article's text, escaped.</summary>
    private static string WithoutMarks(string html) => Regex.Replace(Regex.Replace(html, "<sup class=\"refs\">.*?</sup>", ""), "</?mark[^>]*>", "");
}
