using System.Text.Json;
using FactCorpus.Generator.Tests.Support;
using FactCorpus.Model;

namespace FactCorpus.Generator.Tests;

/// <summary>
/// Issue 12, point 4 (run time): items of FactCorpus.Model as schema.org JSON-LD (<see cref="JsonLd"/>,
/// <see cref="CorpusItem.ToJsonLd"/>), parsed back with System.Text.Json, on the shipped corpus.
/// </summary>
public class JsonLdTests
{
    private static readonly Lazy<CorpusIndex> Shipped = new(() =>
        ((CorpusIndex)GeneratorHarness.Run(ShippedCorpus.Files(), "FactCorpus").Load().GetType("FactCorpus.Corpus")!.GetProperty("Index")!.GetValue(null)!));

    private static IEnumerable<CorpusItem> AllItems(CorpusIndex index) =>
        index.Sources.Cast<CorpusItem>().Concat(index.Entities).Concat(index.Claims).Concat(index.Quotes).Concat(index.Events);

    [Fact]
    public void The_graph_has_one_node_per_item_each_with_its_id_and_type()
    {
        var index = Shipped.Value;
        var items = AllItems(index).ToList();

        using var document = JsonDocument.Parse(JsonLd.Graph(items));

        Assert.Equal("https://schema.org", document.RootElement.GetProperty("@context").GetString());
        var nodes = document.RootElement.GetProperty("@graph").EnumerateArray().ToList();
        Assert.Equal(items.Count, nodes.Count);
        Assert.Equal(items.Select(i => i.Id), nodes.Select(n => n.GetProperty("@id").GetString()));
        Assert.Equal(index.Claims.Count, nodes.Count(n => n.GetProperty("@type").GetString() == "Claim"));
        Assert.Equal(index.Quotes.Count, nodes.Count(n => n.GetProperty("@type").GetString() == "Quotation"));
        Assert.Equal(index.Events.Count, nodes.Count(n => n.GetProperty("@type").GetString() == "Event"));
        Assert.Equal(index.Sources.Count, nodes.Count(n => n.GetProperty("@type").GetString() == "NewsArticle"));
    }

    [Fact]
    public void A_claim_names_who_said_it_its_subject_and_the_article_it_appeared_in()
    {
        var claim = Shipped.Value.Claims.First(c => c.SaidBy is Entity);

        using var node = JsonDocument.Parse(claim.ToJsonLd());
        var root = node.RootElement;

        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("Claim", root.GetProperty("@type").GetString());
        Assert.Equal(claim.Id, root.GetProperty("@id").GetString());
        Assert.Equal(claim.Statement, root.GetProperty("text").GetString());
        Assert.Equal(claim.SaidBy.Id, root.GetProperty("author").GetProperty("@id").GetString());
        Assert.Equal(((Entity)claim.SaidBy).Name, root.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal(claim.Subject.Id, root.GetProperty("about").GetProperty("@id").GetString());
        var appearance = root.GetProperty("appearance");
        Assert.Equal("NewsArticle", appearance.GetProperty("@type").GetString());
        Assert.Equal(claim.Source.Id, appearance.GetProperty("@id").GetString());
        // The shipped article has no url: left out (a source with one: Text_is_escaped_...).
        Assert.Null(claim.Source.Url);
        Assert.False(appearance.TryGetProperty("url", out _));
        Assert.Equal(claim.Source.Published!.ToString(), appearance.GetProperty("datePublished").GetString());
        Assert.Equal(claim.Status.ToString().ToLowerInvariant(), root.GetProperty("creativeWorkStatus").GetString());
        Assert.Equal(claim.Evidence, root.GetProperty("citation").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void A_quote_is_a_quotation_by_its_speaker_and_an_event_has_its_location_and_participants()
    {
        var quote = Shipped.Value.Quotes[0];
        var happening = Shipped.Value.Events.First(e => e.Location is not null && e.Participants.Count > 1);

        using var quoteNode = JsonDocument.Parse(quote.ToJsonLd());
        using var eventNode = JsonDocument.Parse(happening.ToJsonLd());

        Assert.Equal("Quotation", quoteNode.RootElement.GetProperty("@type").GetString());
        Assert.Equal(quote.Text, quoteNode.RootElement.GetProperty("text").GetString());
        Assert.Equal(quote.Speaker.Id, quoteNode.RootElement.GetProperty("spokenByCharacter").GetProperty("@id").GetString());
        Assert.Equal("Event", eventNode.RootElement.GetProperty("@type").GetString());
        Assert.Equal(happening.Location!.Id, eventNode.RootElement.GetProperty("location").GetProperty("@id").GetString());
        var attendees = eventNode.RootElement.GetProperty("attendee").EnumerateArray().ToList();
        Assert.Equal(happening.Participants.Select(p => (p.Role, p.Entity.Id)), attendees.Select(a => (a.GetProperty("roleName").GetString()!, a.GetProperty("attendee").GetProperty("@id").GetString()!)));
    }

    [Fact]
    public void Text_is_escaped_for_json_and_for_an_html_script_element_and_unknown_values_are_left_out()
    {
        var scope = new CorpusScope(() => throw new InvalidOperationException("no index in this test"));
        var tricky = "He said \"</script><b>&\"\\ \u0001\n\u2028end";
        var entity = new Entity(scope, "x", EntityKind.Unnamed, tricky, [], null);

        var json = entity.ToJsonLd();
        using var node = JsonDocument.Parse(json);

        Assert.Equal(tricky, node.RootElement.GetProperty("name").GetString());
        Assert.DoesNotContain("<", json);
        Assert.DoesNotContain("&", json);
        Assert.Equal("Thing", node.RootElement.GetProperty("@type").GetString());
        Assert.False(node.RootElement.TryGetProperty("description", out _));
        Assert.False(node.RootElement.TryGetProperty("alternateName", out _));
    }

    [Fact]
    public void A_source_is_a_news_article_with_its_url_and_date_at_its_precision()
    {
        var scope = new CorpusScope(() => throw new InvalidOperationException("no index in this test"));
        var source = new Source(scope, "harbour_article", "Harbour light relit", "The Coastal Courier", new PartialDate(2024, 6, 0, null), "articles/harbour.txt", "https://example.org/harbour?a=1&b=2");

        using var node = JsonDocument.Parse(source.ToJsonLd());

        Assert.Equal("NewsArticle", node.RootElement.GetProperty("@type").GetString());
        Assert.Equal("harbour_article", node.RootElement.GetProperty("@id").GetString());
        Assert.Equal("Harbour light relit", node.RootElement.GetProperty("headline").GetString());
        Assert.Equal("https://example.org/harbour?a=1&b=2", node.RootElement.GetProperty("url").GetString());
        Assert.Equal("2024-06", node.RootElement.GetProperty("datePublished").GetString());
        Assert.Equal("Organization", node.RootElement.GetProperty("publisher").GetProperty("@type").GetString());
        Assert.Equal("The Coastal Courier", node.RootElement.GetProperty("publisher").GetProperty("name").GetString());
    }
}
