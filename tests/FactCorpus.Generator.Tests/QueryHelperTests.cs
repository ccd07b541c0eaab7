using System.ComponentModel;
using System.Reflection;
using FactCorpus.Generator.Tests.Support;
using FactCorpus.Model;
using YamlDotNet.RepresentationModel;

namespace FactCorpus.Generator.Tests;

/// <summary>
/// The shipped corpus compiled and loaded: nothing in the YAML is missing from the generated corpus, and the query
/// helpers answer what the YAML says (read independently with YamlDotNet's document model).
/// </summary>
public class QueryHelperTests
{
    private static readonly Lazy<(CorpusIndex Index, Type Corpus, Type Entities)> Compiled = new(() =>
    {
        var assembly = GeneratorHarness.Run(ShippedCorpus.Files(), "FactCorpus").Load();
        var corpus = assembly.GetType("FactCorpus.Corpus")!;
        return ((CorpusIndex)corpus.GetProperty("Index")!.GetValue(null)!, corpus, assembly.GetType("FactCorpus.Entities")!);
    });

    private static CorpusIndex Index => Compiled.Value.Index;

    /// <summary>Every item of a section across the corpus files, as YAML mappings.</summary>
    private static List<YamlMappingNode> Yaml(string section) =>
        ShippedCorpus.FactFilePaths.SelectMany(path =>
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(path)));
            var root = (YamlMappingNode)stream.Documents[0].RootNode;
            return root.Children.TryGetValue(section, out var items) ? ((YamlSequenceNode)items).Children.Cast<YamlMappingNode>() : [];
        }).ToList();

    private static string Field(YamlMappingNode item, string name) => ((YamlScalarNode)item.Children[name]).Value!;

    [Theory]
    [InlineData("sources")]
    [InlineData("entities")]
    [InlineData("claims")]
    [InlineData("quotes")]
    [InlineData("events")]
    public void Every_item_of_the_yaml_is_generated_and_found_by_id(string section)
    {
        var ids = Yaml(section).Select(i => Field(i, "id")).ToList();
        Assert.NotEmpty(ids);

        IEnumerable<CorpusItem> generated = section switch
        {
            "sources" => Index.Sources,
            "entities" => Index.Entities,
            "claims" => Index.Claims,
            "quotes" => Index.Quotes,
            _ => Index.Events,
        };
        Assert.Equal(ids.Order(StringComparer.Ordinal), generated.Select(i => i.Id));
        Assert.All(ids, id => Assert.Equal(id, Index.FindById(id).Id));
    }

    [Fact]
    public void FindById_of_an_unknown_id_says_which_id()
    {
        Assert.False(Index.TryFindById("no_such_fact", out _));
        var error = Assert.Throws<KeyNotFoundException>(() => Index.FindById("no_such_fact"));
        Assert.Contains("no_such_fact", error.Message);
    }

    [Fact]
    public void ClaimsAbout_QuotesBy_and_FromSource_agree_with_the_yaml()
    {
        var rubio = (Entity)Index.FindById("marco_rubio");
        var proposal = (Entity)Index.FindById("ceasefire_proposal_30_days");
        var source = Assert.Single(Index.Sources);

        Assert.Equal(
            Yaml("claims").Where(c => Field(c, "subject") == proposal.Id).Select(c => Field(c, "id")).Order(StringComparer.Ordinal),
            Index.ClaimsAbout(proposal).Select(c => c.Id));
        Assert.Equal(
            Yaml("quotes").Where(q => Field(q, "speaker") == rubio.Id).Select(q => Field(q, "id")).Order(StringComparer.Ordinal),
            Index.QuotesBy(rubio).Select(q => q.Id));
        Assert.Equal(
            new[] { "claims", "quotes", "events" }.SelectMany(section =>
                Yaml(section).Where(i => Field(i, "source") == source.Id).Select(i => Field(i, "id")).Order(StringComparer.Ordinal)),
            Index.FromSource(source).Select(r => r.Id));
    }

    [Fact]
    public void FromSource_lists_claims_then_quotes_then_events_each_by_id()
    {
        var source = Assert.Single(Index.Sources);
        var reported = Index.FromSource(source);

        Assert.Equal(Index.Claims.Count + Index.Quotes.Count + Index.Events.Count, reported.Count);
        Assert.Equal(Index.ClaimsFrom(source).Concat<ReportedItem>(Index.QuotesFrom(source)).Concat(Index.EventsFrom(source)), reported);
        Assert.Equal(reported, (IEnumerable<ReportedItem>)Compiled.Value.Corpus.GetMethod("FromSource")!.Invoke(null, [source])!);
    }

    /// <summary>The README promises plain lists: every query and navigation property that returns items returns IReadOnlyList.</summary>
    [Fact]
    public void Every_query_and_navigation_that_returns_items_returns_a_read_only_list()
    {
        const BindingFlags members = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        // Types and members hidden from IntelliSense are for generated code only (CorpusIndex.Merge, Encoded.PartReader).
        var returning = typeof(CorpusIndex).Assembly.GetExportedTypes().Append(Compiled.Value.Corpus)
            .Where(type => type.GetCustomAttribute<EditorBrowsableAttribute>()?.State != EditorBrowsableState.Never)
            .SelectMany(type => type.GetMethods(members).Where(m => !m.IsSpecialName).Select(m => (Member: m as MemberInfo, Type: m.ReturnType))
                .Concat(type.GetProperties(members).Select(p => (Member: p as MemberInfo, Type: p.PropertyType))))
            .Where(m => m.Member.GetCustomAttribute<EditorBrowsableAttribute>()?.State != EditorBrowsableState.Never)
            .Where(m => m.Type != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(m.Type))
            .ToList();

        Assert.Contains(returning, m => m.Member.Name == "EventsBetween");
        Assert.Contains(returning, m => m.Member.Name == "FromSource" && m.Member.DeclaringType == Compiled.Value.Corpus);
        Assert.All(returning, m => Assert.True(
            m.Type.IsGenericType && m.Type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>),
            $"{m.Member.DeclaringType!.Name}.{m.Member.Name} returns {m.Type.Name}, not IReadOnlyList<T>"));
    }

    [Fact]
    public void Typed_values_keep_unit_bound_precision_and_attribution()
    {
        var occupied = (Claim)Index.FindById("russia_occupied_share_of_ukraine");
        var quantity = Assert.IsType<QuantityValue>(occupied.Value);
        Assert.Equal((5m, "percent", Bound.Approximately), (quantity.Amount, quantity.Unit, quantity.Bound));
        Assert.Equal(ClaimStatus.Disputed, occupied.Status);
        Assert.Contains("fifth", occupied.Note);
        Assert.Same(occupied.Source, occupied.SaidBy);
        Assert.Contains(occupied.Qualifiers.Includes, e => e.Id == "crimea");

        var talks = (Event)Index.FindById("jeddah_talks");
        Assert.Equal((DatePrecision.Day, "2025-03-11"), (talks.Date!.Precision, talks.Date.ToString()));
        Assert.NotNull(talks.Date.ResolvedFrom);

        var duration = Assert.IsType<DurationValue>(((Claim)Index.FindById("ceasefire_proposal_duration")).Value);
        Assert.Equal("30 days", duration.ToString());
    }
}
