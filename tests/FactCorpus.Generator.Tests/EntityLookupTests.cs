using System.Globalization;
using FactCorpus.Generator.Tests.Support;
using FactCorpus.Model;

namespace FactCorpus.Generator.Tests;

/// <summary>
/// CorpusIndex.FindEntities and TryFindEntity: entities by name or alias, ignoring case and diacritics, the same
/// under any culture; in the shipped corpus, and in a fictional corpus written for this test where two entities share
/// an alias and a name is written with diacritics.
/// </summary>
public class EntityLookupTests
{
    private const string Article = "The mayor and the minister both spoke. Ms Dvořák said the harbour would reopen.";

    private const string Facts = """
        sources:
          - id: harbour_news
            title: Harbour news (fictional)
            text: articles/harbour.txt
        entities:
          - id: mayor_dvorak
            kind: person
            name: Alena Dvořák
            aliases: [Dvořák, the official]
            description: Mayor
          - id: minister_novak
            kind: person
            name: Petr Novák
            aliases: [The Official, NOVÁK, Novak]
            description: Minister
          - id: harbour
            kind: place
            name: the harbour
        """;

    private static readonly Lazy<CorpusIndex> Shipped = new(() =>
        (CorpusIndex)GeneratorHarness.Run(ShippedCorpus.Files(), "FactCorpus").Load().GetType("FactCorpus.Corpus")!.GetProperty("Index")!.GetValue(null)!);

    private static readonly Lazy<CorpusIndex> Fictional = new(() =>
    {
        var result = GeneratorHarness.Run(("articles/harbour.txt", Article), ("harbour.facts.yaml", Facts));
        Assert.Empty(result.Diagnostics);
        return ((Entity)result.Load().Member("TestCorpus.Entities", "Harbour")!).Corpus;
    });

    private static IEnumerable<string> Ids(IEnumerable<Entity> entities) => entities.Select(e => e.Id);

    [Theory]
    [InlineData("zelenskyy")]
    [InlineData("ZELENSKIY")]
    [InlineData("Zelenský")]
    [InlineData("Zelensky")]
    [InlineData("volodymyr zelenskiy")]
    [InlineData("Zelenskỳ")]
    public void Spellings_of_Zelenskiy_find_him_in_the_shipped_corpus(string spelling)
    {
        var found = Assert.Single(Shipped.Value.FindEntities(spelling));
        Assert.Equal("volodymyr_zelenskiy", found.Id);
        Assert.True(Shipped.Value.TryFindEntity(spelling, out var entity));
        Assert.Same(found, entity);
    }

    [Theory]
    [InlineData("Zelenskyi")]
    [InlineData("Zelenskiy ")]
    [InlineData("Volodymyr")]
    [InlineData("")]
    public void An_unknown_name_finds_nothing(string name)
    {
        Assert.Empty(Shipped.Value.FindEntities(name));
        Assert.False(Shipped.Value.TryFindEntity(name, out var entity));
        Assert.Null(entity);
    }

    [Fact]
    public void Names_and_aliases_of_the_shipped_corpus_are_found_whatever_their_case()
    {
        Assert.Equal(["vladimir_putin"], Ids(Shipped.Value.FindEntities("putin")));
        Assert.Equal(["russia"], Ids(Shipped.Value.FindEntities("moscow")));
        Assert.Equal(["united_states"], Ids(Shipped.Value.FindEntities("u.s.")));
        Assert.Equal(["ceasefire_proposal_30_days"], Ids(Shipped.Value.FindEntities("WASHINGTON'S PLAN OF A 30-DAY CEASEFIRE")));
    }

    [Fact]
    public void Two_entities_sharing_an_alias_are_both_found_in_id_order_and_TryFindEntity_declines()
    {
        var index = Fictional.Value;

        Assert.Equal(["mayor_dvorak", "minister_novak"], Ids(index.FindEntities("the official")));
        Assert.Equal(["mayor_dvorak", "minister_novak"], Ids(index.FindEntities("THE OFFICIAL")));
        Assert.False(index.TryFindEntity("The Official", out var entity));
        Assert.Null(entity);
    }

    [Fact]
    public void A_name_written_with_diacritics_is_found_without_them_and_an_entity_is_listed_once()
    {
        var index = Fictional.Value;

        Assert.Equal(["mayor_dvorak"], Ids(index.FindEntities("dvorak")));
        Assert.Equal(["mayor_dvorak"], Ids(index.FindEntities("ALENA DVOŘÁK")));
        // Novák's name, "NOVÁK" and "Novak" fold to one key: one entry, not three.
        Assert.Equal(["minister_novak"], Ids(index.FindEntities("novák")));
        Assert.True(index.TryFindEntity("petr novak", out var novak));
        Assert.Equal("Minister", novak.Description);
        Assert.Throws<ArgumentNullException>(() => index.FindEntities(null!));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("")]
    public void The_lookup_is_culture_invariant(string culture)
    {
        var index = Shipped.Value;
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            // Under tr-TR a culture-aware comparison would take "I" and "i" for different letters.
            Assert.Equal(["vladimir_putin"], Ids(index.FindEntities("PUTIN")));
            Assert.Equal(["volodymyr_zelenskiy"], Ids(index.FindEntities("ZELENSKIY")));
            Assert.Equal(["russian_security_council"], Ids(index.FindEntities("security council")));
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void A_lookup_of_a_plain_ascii_name_allocates_nothing()
    {
        var index = Shipped.Value;
        index.FindEntities("zelenskyy");
        index.TryFindEntity("Putin", out _);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            index.FindEntities("zelenskyy");
            index.FindEntities("no such name");
            index.TryFindEntity("Putin", out _);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
