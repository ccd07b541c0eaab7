using FactCorpus.Generator.Tests.Support;
using FactCorpus.Tool.Report;
using PuppeteerSharp;

namespace FactCorpus.Generator.Tests.Report;

/// <summary>
/// Issue 12, point 3: the review site in a real headless Chromium (the system's, see <see cref="Chromium"/>), from
/// file:// as a reviewer opens it: every page loads without a console error, every claim is there, and following each
/// of a claim's evidence links lands on its mark, the page's target, in view.
/// </summary>
public class ReviewSiteBrowserTests
{
    private static readonly string ShippedSite = ReviewSites.Write(RepoPaths.Corpus);

    /// <summary>Opens <paramref name="page"/> of <paramref name="site"/>, failing on any console error or script error.</summary>
    private static async Task<IPage> OpenAsync(IBrowser browser, string site, string page, List<string> errors)
    {
        var tab = await browser.NewPageAsync();
        await tab.SetViewportAsync(new ViewPortOptions { Width = 1200, Height = 800 });
        tab.Console += (_, e) =>
        {
            if (e.Message.Type == ConsoleType.Error)
            {
                errors.Add(page + ": " + e.Message.Text);
            }
        };
        tab.PageError += (_, e) => errors.Add(page + ": " + e.Message);
        tab.Dialog += (_, e) => errors.Add(page + ": a dialog opened: " + e.Dialog.Message);
        await tab.GoToAsync(Chromium.Url(site, page), WaitUntilNavigation.Load);
        return tab;
    }

    [Fact]
    public async Task Every_page_of_the_shipped_corpus_loads_without_a_console_error_and_shows_every_claim()
    {
        var claims = new ReviewCorpus(CorpusReading.Read(RepoPaths.Corpus)).Claims.Select(c => c.Id.Text).ToList();
        Assert.Equal(44, claims.Count);
        await using var browser = await Chromium.LaunchAsync();
        var errors = new List<string>();

        foreach (var page in Directory.GetFiles(ShippedSite, "*.html").Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            await using var tab = await OpenAsync(browser, ShippedSite, page!, errors);
            Assert.Equal("complete", await tab.EvaluateExpressionAsync<string>("document.readyState"));
        }

        await using var items = await OpenAsync(browser, ShippedSite, ReviewSite.ItemsPage, errors);
        var shown = await items.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('div.item.claim')].map(e => e.id)");
        Assert.Equal(claims.Select(id => "claim-" + id), shown);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Following_each_evidence_link_of_a_claim_reaches_its_mark_as_the_target_in_view()
    {
        var claims = new ReviewCorpus(CorpusReading.Read(RepoPaths.Corpus)).Claims.Select(c => c.Id.Text).ToList();
        await using var browser = await Chromium.LaunchAsync();
        var errors = new List<string>();
        await using var tab = await OpenAsync(browser, ShippedSite, ReviewSite.ItemsPage, errors);
        var followed = 0;

        foreach (var claim in claims)
        {
            var links = await tab.QuerySelectorAllAsync($"#claim-{claim} ul.evidence a");
            Assert.NotEmpty(links);
            for (var i = 0; i < links.Length; i++)
            {
                var selector = $"#claim-{claim} ul.evidence li:nth-child({i + 1}) a";
                var href = await tab.EvaluateExpressionAsync<string>($"document.querySelector('{selector}').getAttribute('href')");
                await Task.WhenAll(tab.WaitForNavigationAsync(), tab.ClickAsync(selector));

                var target = await tab.EvaluateExpressionAsync<TargetInView?>(
                    "(() => { const t = document.querySelector(':target'); if (!t) return null; const r = t.getBoundingClientRect();"
                    + " return { tag: t.tagName, id: t.id, inView: r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth }; })()");
                Assert.NotNull(target);
                Assert.Equal(("MARK", href.Split('#')[1], true), (target!.Tag, target.Id, target.InView));
                // The mark links back: the claim is among the items its passage lists.
                Assert.True(await tab.EvaluateExpressionAsync<bool>($"document.querySelector('sup.refs a[href=\"sources.html#claim-{claim}\"]') !== null"), claim);
                followed++;

                await tab.GoToAsync(Chromium.Url(ShippedSite, ReviewSite.ItemsPage), WaitUntilNavigation.Load);
            }
        }

        Assert.True(followed >= claims.Count, $"{followed} links followed");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Hostile_strings_run_no_script_and_add_no_element()
    {
        var site = ReviewSites.Write(ReviewSites.WriteCorpus(ReviewSites.HostileFiles));
        await using var browser = await Chromium.LaunchAsync();
        var errors = new List<string>();

        foreach (var page in Directory.GetFiles(site, "*.html").Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            await using var tab = await OpenAsync(browser, site, page!, errors);
            Assert.Equal(0, await tab.EvaluateExpressionAsync<int>("document.querySelectorAll('script, img').length"));
        }

        await using var article = await OpenAsync(browser, site, "article-eastbrook_post.html", errors);
        Assert.Contains(ReviewSites.Hostile, await article.EvaluateExpressionAsync<string>("document.querySelector('div.article').textContent"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_screenshot_of_the_shipped_corpus_report_is_a_png_of_the_article_with_its_marks()
    {
        await using var browser = await Chromium.LaunchAsync();
        var errors = new List<string>();
        await using var tab = await OpenAsync(browser, ShippedSite, "article-us_resumes_assistance_article.html", errors);
        // README's screenshot is this one, copied to docs/ when the site's look changes (see the README's "factcorpus report").
        var path = Path.Combine(RepoPaths.Root, "artifacts", "report-screenshot.png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        await tab.ScreenshotAsync(path, new ScreenshotOptions { Type = ScreenshotType.Png });

        var bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes.Take(4));
        Assert.Equal((1200, 800), (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20))));
        Assert.True(await tab.EvaluateExpressionAsync<int>("document.querySelectorAll('mark').length") > 50);
        Assert.Empty(errors);
    }

    private sealed record TargetInView(string Tag, string Id, bool InView);
}
