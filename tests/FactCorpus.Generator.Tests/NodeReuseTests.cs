using FactCorpus.Bench;
using FactCorpus.Generator.Model;
using FactCorpus.Generator.Reading;
using FactCorpus.Generator.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace FactCorpus.Generator.Tests;

/// <summary>
/// A file's reader makes the nodes and mapping readers of each item again for the next item (<see cref="NodePool"/>,
/// <see cref="MappingReader.Pool"/>), so an item must read exactly as it does with nothing read before it. Each item
/// of each file is read twice: in its file, after the items before it, and in a copy where every other item's text
/// is blanked out (spaces, line breaks kept, the list's "- " left as an empty entry) and nothing is made again, so
/// its offsets, lines, columns and list index are the same. Its spec and the diagnostics located in it must be equal.
/// </summary>
public class NodeReuseTests
{
    /// <summary>
    /// Items of every shape the format has, one after another, with mistakes among them (an unknown field, a bad
    /// date, a misspelt kind, an invalid reference, a missing field, an item without an id, a number and an id in
    /// quotes), written for this test and fictional.
    /// </summary>
    private const string Varied = """
        sources:
          - id: gazette
            title: "The Harbour Gazette (fictional)"
            published: 2031-05-02
            text: articles/gazette.txt
          - id: bulletin
            title: Bulletin
            publishr: Someone
            text: articles/bulletin.txt
        entities:
          - id: mayor
            kind: person
            name: Ada Quill
            aliases: [Quill, "the mayor"]
          - id: council
            kind: organisaton
            name: Town council
          - kind: place
            name: No id here
          - id: harbour
            kind: place
            name: Old harbour
            description: The old harbour.
        claims:
          - id: budget
            subject: council
            predicate: harbour_budget
            value: { kind: quantity, amount: 12.5, unit: million_euro, bound: about }
            statement: The council set the budget at about 12.5 million euros.
            said_by: mayor
            source: gazette
            date: { on: 2031-05-01, from: "yesterday" }
            evidence:
              - "about 12.5 million euros"
              - "the mayor said"
            qualifiers:
              as_of: 2031-05
              includes: [harbour]
          - id: delay
            subject: harbour
            predicate: works_delay
            value: { kind: duration, amount: 3, unit: month }
            statement: Works are three months late.
            said_by: Mayor
            source: gazette
            date: 2031-13-01
            evidence: ["three months"]
          - id: opened
            subject: harbour
            predicate: reopening
            value:
              kind: date
              date: 2031-06
            statement: The harbour reopens in June.
            said_by: council
            source: bulletin
            evidence: ["in June"]
            status: superseded
            superseded_by: budget
          - id: berths
            subject: harbour
            predicate: berth_count
            value: { kind: quantity, amount: "40", unit: berth }
            statement: The harbour has forty berths.
            said_by: "true"
            source: gazette
            note: ""
            evidence: ["forty berths"]
          - id: chair
            subject: council
            predicate: chaired_by
            value: { kind: entity, entity: mayor }
            statement: The mayor chairs the council.
            source: gazette
            evidence: ["chairs"]
        quotes:
          - id: promise
            speaker: mayor
            mode: direct
            text: "We will finish by June."
            source: gazette
            date: { on: 2031-05-01, by: curator, from: "the day before the paper" }
            audience: council
            evidence: ["finish by June"]
          - id: aside
            speaker: council
            mode: indirect
            text: They would wait.
            source: bulletin
            evidence: []
        events:
          - id: meeting
            type: council_meeting
            summary: The council met at the harbour.
            date: 2031-05-01
            location: harbour
            participants:
              - { entity: mayor, role: chair }
              - entity: council
                role: host
            source: gazette
            evidence: ["met at the harbour"]
          - id: vote
            type: vote
            summary: A vote.
            participants: [{ entity: mayor }]
            source: gazette
            evidence: ["vote"]
        """;

    public static TheoryData<string> Files()
    {
        var files = new TheoryData<string> { "varied", "synthetic" };
        foreach (var path in ShippedCorpus.FactFilePaths)
        {
            files.Add(Path.GetFileName(path));
        }

        return files;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_item_reads_as_it_does_with_no_item_read_before_it(string file)
    {
        var text = file switch
        {
            "varied" => Varied.ReplaceLineEndings("\n"),
            "synthetic" => new SyntheticCorpus(claims: 200, files: 1).FactFiles[0].Text,
            _ => File.ReadAllText(Path.Combine(RepoPaths.Corpus, file)),
        };
        var items = ItemSpans(text);
        var whole = FactFileReader.Read("/p/case.facts.yaml", text);
        Assert.NotEmpty(items);

        var compared = 0;
        foreach (var (start, end) in items)
        {
            var alone = FactFileReader.Read("/p/case.facts.yaml", Blanked(text, items, keep: (start, end)));
            Assert.Equal(Within(whole.Diagnostics, start, end), Within(alone.Diagnostics, start, end));
            var expected = ItemsAt(whole.Items, start, end);
            Assert.Equal(expected, ItemsAt(alone.Items, start, end));
            compared += expected.Count;
        }

        // Only items with a usable id are kept; the varied file has one without.
        Assert.True(compared >= items.Count - 1, $"compared {compared} of {items.Count} items");
    }

    /// <summary>
    /// An alias in a later item names a node of an earlier one, so the earlier item's nodes are not made again:
    /// the later item reads the value as the earlier one wrote it.
    /// </summary>
    [Fact]
    public void A_node_an_alias_names_is_not_made_again()
    {
        var yaml = """
            claims:
              - id: first
                subject: s
                predicate: length
                value: &length { kind: duration, amount: 9, unit: hour }
                statement: Nine hours.
                said_by: s
                source: src
                evidence: ["nine hours"]
              - id: second
                subject: s
                predicate: width
                value: { kind: quantity, amount: 4, unit: metre }
                statement: Four metres.
                said_by: s
                source: src
                evidence: ["four metres"]
              - id: third
                subject: s
                predicate: length
                value: *length
                statement: Nine hours again.
                said_by: s
                source: src
                evidence: ["nine hours"]
            """.ReplaceLineEndings("\n");

        var read = FactFileReader.Read("/p/case.facts.yaml", yaml);

        Assert.Empty(read.Diagnostics);
        var claims = read.Items.Claims;
        Assert.Equal(new[] { "first", "second", "third" }, claims.Select(c => c.Id.Text));
        Assert.Equal((ValueKind.Duration, 9m, FactCorpus.Generator.Model.TimeUnit.Hour), (claims[2].Value!.Value.Kind, claims[2].Value!.Value.Amount, claims[2].Value!.Value.TimeUnit));
        Assert.Equal(claims[0].Value, claims[2].Value);
        Assert.Equal((ValueKind.Quantity, 4m, "metre"), (claims[1].Value!.Value.Kind, claims[1].Value!.Value.Amount, claims[1].Value!.Value.Unit));
    }

    /// <summary>
    /// A thread's reader keeps its node pool, open-node stacks and anchors for the thread's next file. Whatever file
    /// was read before on the thread (one broken off inside a flow list, a mapping or a list, one whose anchors stop
    /// the reuse, one whose item leaves too many nodes to keep), the next file (whole or broken too) reads, spec and
    /// diagnostics, exactly as on a thread that read nothing before it.
    /// </summary>
    [Fact]
    public void A_file_reads_the_same_whatever_the_thread_read_before_it()
    {
        var varied = Varied.ReplaceLineEndings("\n");
        var anchored = varied.Replace("value: { kind: duration, amount: 3, unit: month }", "value: &late { kind: duration, amount: 3, unit: month }")
            .Replace("value: { kind: quantity, amount: \"40\", unit: berth }", "value: *late");
        var manyNodes = "claims:\n  - id: long\n    evidence:\n" + string.Concat(Enumerable.Range(0, 5000).Select(i => $"      - \"excerpt {i}\"\n"));
        var before = new[]
        {
            varied[..varied.IndexOf("role: chair", StringComparison.Ordinal)],
            varied[..varied.IndexOf("includes: [harbour]", StringComparison.Ordinal)] + "includes: \"unterminated\n",
            varied[..varied.IndexOf("- \"the mayor said\"", StringComparison.Ordinal)] + "- [unclosed\n",
            anchored,
            manyNodes,
            varied,
        };
        var after = new[] { varied, anchored, before[0], before[1], new SyntheticCorpus(claims: 20, files: 1).FactFiles[0].Text };
        // The first three break off with a syntax error, inside the nodes they had open.
        Assert.All(before[..3], text => Assert.Contains(FactFileReader.Read("/p/before.facts.yaml", text).Diagnostics, d => d.Descriptor.Id == "FC0001"));

        foreach (var text in after)
        {
            var fresh = OnFreshThread(() => FactFileReader.Read("/p/case.facts.yaml", text));
            foreach (var earlier in before)
            {
                var read = OnFreshThread(() =>
                {
                    FactFileReader.Read("/p/before.facts.yaml", earlier);
                    return FactFileReader.Read("/p/case.facts.yaml", text);
                });
                Assert.Equal(fresh.Items, read.Items);
                Assert.Equal(fresh.Diagnostics, read.Diagnostics);
            }
        }
    }

    /// <summary>Runs <paramref name="read"/> on a new thread, whose reader keeps nothing from before.</summary>
    private static FactFile OnFreshThread(Func<FactFile> read)
    {
        FactFile? file = null;
        var thread = new Thread(() => file = read());
        thread.Start();
        thread.Join();
        return file ?? throw new InvalidOperationException("the read threw");
    }

    /// <summary>
    /// Where each entry of each top-level list starts (YamlDotNet's view of the text) and where it ends: at the line
    /// of the next entry ("- ") or top-level key, or where the text ends (YamlDotNet gives a block mapping no end).
    /// </summary>
    private static List<(int Start, int End)> ItemSpans(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var starts = root.Children.Values.OfType<YamlSequenceNode>().SelectMany(section => section.Children).Select(item => (int)item.Start.Index).ToList();
        var bounds = starts.Concat(root.Children.Keys.Select(key => (int)key.Start.Index)).Append(text.Length).Order().ToList();
        return starts.Select(start => (start, text.LastIndexOf('\n', bounds.First(b => b > start) - 1) + 1)).ToList();
    }

    /// <summary>
    /// The text with every item but <paramref name="keep"/> turned into spaces, line breaks kept, so each is an
    /// empty entry. The first of them gets an anchor (`- &amp;a`, in place of two spaces), and a reader makes no node
    /// again once it has seen an anchor: the item kept is read with nothing made again, as if nothing came before it.
    /// </summary>
    private static string Blanked(string text, List<(int Start, int End)> items, (int Start, int End) keep)
    {
        var chars = text.ToCharArray();
        foreach (var (start, end) in items.Where(i => i != keep))
        {
            for (var i = start; i < end; i++)
            {
                chars[i] = chars[i] is '\n' or '\r' ? chars[i] : ' ';
            }
        }

        if (items[0] != keep)
        {
            (chars[items[0].Start], chars[items[0].Start + 1]) = ('&', 'a');
        }

        return new string(chars);
    }

    private static List<Diagnostics.DiagnosticInfo> Within(EquatableArray<Diagnostics.DiagnosticInfo> diagnostics, int start, int end) =>
        diagnostics.Where(d => d.Location.StartOffset >= start && d.Location.StartOffset < end).ToList();

    /// <summary>The specs of the items whose id is written between the offsets, of every section.</summary>
    private static List<object> ItemsAt(CorpusItems items, int start, int end)
    {
        bool At(LocatedText id) => id.StartOffset >= start && id.StartOffset < end;
        return items.Sources.Where(s => At(s.Id)).Cast<object>()
            .Concat(items.Entities.Where(e => At(e.Id)))
            .Concat(items.Claims.Where(c => At(c.Id)))
            .Concat(items.Quotes.Where(q => At(q.Id)))
            .Concat(items.Events.Where(e => At(e.Id)))
            .ToList();
    }
}
