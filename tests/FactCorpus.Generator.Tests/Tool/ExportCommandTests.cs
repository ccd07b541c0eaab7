using System.Text;
using System.Text.Json;
using FactCorpus.Generator.Tests.EndToEnd;
using FactCorpus.Generator.Tests.Support;
using FactCorpus.Model;
using FactCorpus.Tool.Commands;
using FactCorpus.Tool.Report;

namespace FactCorpus.Generator.Tests.Tool;

/// <summary>
/// Issue 12, point 4: `factcorpus export` writes every item, as JSON-LD exactly what the compiled corpus's items give
/// through FactCorpus.Model.JsonLd, and as FactCorpus's own JSON (docs/export.md) field for field what the model
/// holds; the same bytes whatever the order of the files; nothing when the corpus has errors.
/// </summary>
public class ExportCommandTests
{
    private static readonly Lazy<CorpusIndex> ShippedIndex = new(() => Compiled(GeneratorHarness.Run(ShippedCorpus.Files(), "FactCorpus"), "FactCorpus"));

    /// <summary>The index a program compiled with the generated code reads.</summary>
    private static CorpusIndex Compiled(GeneratorResult result, string ns = "TestCorpus") =>
        (CorpusIndex)result.Load().GetType(ns + ".Corpus")!.GetProperty("Index")!.GetValue(null)!;

    private static IEnumerable<CorpusItem> AllItems(CorpusIndex index) =>
        index.Sources.Cast<CorpusItem>().Concat(index.Entities).Concat(index.Claims).Concat(index.Quotes).Concat(index.Events);

    /// <summary>Exports <paramref name="dir"/> to stdout and asserts it succeeded with nothing on stderr.</summary>
    private static string Export(string dir, string format)
    {
        var run = ToolRun.Of("export", dir, "--format", format);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("", run.Error);
        return run.Output;
    }

    private static JsonElement Item(JsonElement root, string array, string id) =>
        root.GetProperty(array).EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    [Fact]
    public void The_shipped_corpus_as_json_has_one_object_per_item_ordered_by_id()
    {
        using var json = JsonDocument.Parse(Export(RepoPaths.Corpus, "json"));
        var root = json.RootElement;
        var index = ShippedIndex.Value;

        Assert.Equal("factcorpus-export", root.GetProperty("format").GetString());
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal(["format", "version", "sources", "entities", "claims", "quotes", "events"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal((1, 31, 44, 11, 12), (root.GetProperty("sources").GetArrayLength(), root.GetProperty("entities").GetArrayLength(),
            root.GetProperty("claims").GetArrayLength(), root.GetProperty("quotes").GetArrayLength(), root.GetProperty("events").GetArrayLength()));
        Assert.Equal(index.Sources.Select(s => s.Id), root.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.Equal(index.Entities.Select(e => e.Id), root.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        Assert.Equal(index.Claims.Select(c => c.Id), root.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        Assert.Equal(index.Quotes.Select(q => q.Id), root.GetProperty("quotes").EnumerateArray().Select(q => q.GetProperty("id").GetString()));
        Assert.Equal(index.Events.Select(e => e.Id), root.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
    }

    [Fact]
    public void The_shipped_corpus_as_jsonld_has_one_node_per_item_with_its_type_and_id()
    {
        using var json = JsonDocument.Parse(Export(RepoPaths.Corpus, "jsonld"));
        var nodes = json.RootElement.GetProperty("@graph").EnumerateArray().ToList();
        string Type(JsonElement node) => node.GetProperty("@type").GetString()!;

        Assert.Equal("https://schema.org", json.RootElement.GetProperty("@context").GetString());
        Assert.Equal(1 + 31 + 44 + 11 + 12, nodes.Count);
        Assert.Equal(AllItems(ShippedIndex.Value).Select(i => i.Id), nodes.Select(n => n.GetProperty("@id").GetString()));
        // Sources, then entities, claims, quotes and events: each kind's nodes together, in that order.
        Assert.Equal(
            [.. Enumerable.Repeat("NewsArticle", 1), .. Enumerable.Repeat("entity", 31), .. Enumerable.Repeat("Claim", 44), .. Enumerable.Repeat("Quotation", 11), .. Enumerable.Repeat("Event", 12)],
            nodes.Select(n => Type(n) is "Person" or "Country" or "Organization" or "Place" or "Thing" ? "entity" : Type(n)));
    }

    /// <summary>The one mapping: the export's graph is byte for byte what JsonLd.Graph gives for the compiled corpus's items.</summary>
    [Fact]
    public void The_jsonld_export_is_the_graph_of_the_compiled_corpus_items()
    {
        using var bridge = new CorpusDir(BridgeCorpus.Files());
        using var hostile = new CorpusDir(HostileCorpus.Files);

        Assert.Equal(JsonLd.Graph(AllItems(ShippedIndex.Value)) + "\n", Export(RepoPaths.Corpus, "jsonld"));
        Assert.Equal(JsonLd.Graph(AllItems(Compiled(GeneratorHarness.Run(HostileCorpus.Files)))) + "\n", Export(hostile.Root, "jsonld"));
        // With warnings (FC4001) the export is made; they go to stderr.
        var run = ToolRun.Of("export", bridge.Root, "--format", "jsonld");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(JsonLd.Graph(AllItems(Compiled(GeneratorHarness.Run(BridgeCorpus.Files())))) + "\n", run.Output);
        Assert.Contains("gazette.facts.yaml(2,9): warning FC4001: ", run.Error);
        Assert.EndsWith($"0 errors, 4 warnings in 5 files.{Environment.NewLine}", run.Error);
    }

    [Fact]
    public void A_claim_in_jsonld_names_its_author_its_subject_and_the_article_with_its_url_and_date()
    {
        var withUrl = BridgeCorpus.Files().Select(f => f.Path == "bridge.facts.yaml"
            ? (f.Path, f.Text.Replace("    text: articles/gazette.txt", "    url: https://example.org/lowmoor-bridge\n    text: articles/gazette.txt"))
            : f).ToArray();
        using var dir = new CorpusDir(withUrl);
        using var shipped = JsonDocument.Parse(Export(RepoPaths.Corpus, "jsonld"));
        using var bridge = JsonDocument.Parse(ToolRun.Of("export", dir.Root, "--format", "jsonld").Output);
        JsonElement Node(JsonDocument document, string id) => document.RootElement.GetProperty("@graph").EnumerateArray().Single(n => n.GetProperty("@id").GetString() == id);

        var claim = Node(shipped, "ceasefire_proposal_duration");
        Assert.Equal("Claim", claim.GetProperty("@type").GetString());
        Assert.Equal("According to the joint statement, Washington's ceasefire plan is for a 30-day ceasefire.", claim.GetProperty("text").GetString());
        Assert.Equal(("Organization", "us_and_ukraine", "the two nations"), (claim.GetProperty("author").GetProperty("@type").GetString(), claim.GetProperty("author").GetProperty("@id").GetString(), claim.GetProperty("author").GetProperty("name").GetString()));
        Assert.Equal("ceasefire_proposal_30_days", claim.GetProperty("about").GetProperty("@id").GetString());
        Assert.Equal(("NewsArticle", "us_resumes_assistance_article", "2025-03"), (claim.GetProperty("appearance").GetProperty("@type").GetString(), claim.GetProperty("appearance").GetProperty("@id").GetString(), claim.GetProperty("appearance").GetProperty("datePublished").GetString()));
        Assert.Equal("2025-03-11", claim.GetProperty("dateCreated").GetString());

        var gazette = Node(bridge, "gazette_cost").GetProperty("appearance");
        Assert.Equal(("NewsArticle", "https://example.org/lowmoor-bridge", "2024-06-03"), (gazette.GetProperty("@type").GetString(), gazette.GetProperty("url").GetString(), gazette.GetProperty("datePublished").GetString()));
        Assert.Equal("The Lowmoor Gazette (fictional)", gazette.GetProperty("publisher").GetProperty("name").GetString());
        // A source speaking in its own voice is the author, as a NewsArticle.
        Assert.Equal(("NewsArticle", "courier"), (Node(bridge, "courier_cost").GetProperty("author").GetProperty("@type").GetString(), Node(bridge, "courier_cost").GetProperty("author").GetProperty("@id").GetString()));
    }

    [Fact]
    public void An_event_has_its_location_and_participants_in_both_formats()
    {
        using var jsonld = JsonDocument.Parse(Export(RepoPaths.Corpus, "jsonld"));
        using var json = JsonDocument.Parse(Export(RepoPaths.Corpus, "json"));
        (string, string)[] expected = [("party", "united_states"), ("party", "ukraine"), ("negotiator", "marco_rubio"), ("negotiator", "ukrainian_officials")];

        var node = jsonld.RootElement.GetProperty("@graph").EnumerateArray().Single(n => n.GetProperty("@id").GetString() == "jeddah_talks");
        Assert.Equal("Event", node.GetProperty("@type").GetString());
        Assert.Equal(("Place", "jeddah"), (node.GetProperty("location").GetProperty("@type").GetString(), node.GetProperty("location").GetProperty("@id").GetString()));
        Assert.Equal(expected, node.GetProperty("attendee").EnumerateArray().Select(a => (a.GetProperty("roleName").GetString()!, a.GetProperty("attendee").GetProperty("@id").GetString()!)));
        Assert.Equal("2025-03-11", node.GetProperty("startDate").GetString());

        var item = Item(json.RootElement, "events", "jeddah_talks");
        Assert.Equal("talks", item.GetProperty("type").GetString());
        Assert.Equal("jeddah", item.GetProperty("location").GetString());
        Assert.Equal(expected, item.GetProperty("participants").EnumerateArray().Select(p => (p.GetProperty("role").GetString()!, p.GetProperty("entity").GetString()!)));
        Assert.Equal("us_resumes_assistance_article", item.GetProperty("source").GetString());
        Assert.Equal("{\"on\":\"2025-03-11\",\"precision\":\"day\",\"by\":\"curator\",\"from\":\"on Tuesday; the article names no date, and the Jeddah talks were on Tuesday 11 March 2025\"}",
            JsonSerializer.Serialize(item.GetProperty("date")));
        Assert.Equal(2, item.GetProperty("evidence").GetArrayLength());
    }

    [Fact]
    public void A_claim_in_json_has_every_field_the_model_gives_in_the_yaml_words()
    {
        using var json = JsonDocument.Parse(Export(RepoPaths.Corpus, "json"));

        var claim = Item(json.RootElement, "claims", "ceasefire_proposal_duration");
        Assert.Equal(
            """{"id":"ceasefire_proposal_duration","subject":"ceasefire_proposal_30_days","predicate":"duration","value":{"kind":"duration","amount":30,"unit":"day","bound":"exact"},"statement":"According to the joint statement, Washington\u0027s ceasefire plan is for a 30-day ceasefire.","said_by":"us_and_ukraine","source":"us_resumes_assistance_article","date":{"on":"2025-03-11","precision":"day","by":"curator","from":"on Tuesday (the day the joint statement says the US agreed); the article names no date, and the Jeddah talks were on Tuesday 11 March 2025"},"evidence":["According to a joint statement from the two nations","Washington\u0027s plan of a 30-day ceasefire with Russia"],"status":"reported","conflicts_with":[]}""",
            JsonSerializer.Serialize(claim));
        var disputed = Item(json.RootElement, "claims", "russia_occupied_share_of_ukraine");
        Assert.Equal("""{"kind":"quantity","amount":5,"unit":"percent","bound":"approximately"}""", JsonSerializer.Serialize(disputed.GetProperty("value")));
        Assert.Equal("disputed", disputed.GetProperty("status").GetString());
        Assert.StartsWith("Kept as the article states it.", disputed.GetProperty("note").GetString());
        Assert.Equal(["crimea"], Strings(disputed.GetProperty("qualifiers").GetProperty("includes")));
        Assert.Equal("curator", disputed.GetProperty("qualifiers").GetProperty("as_of").GetProperty("by").GetString());
    }

    /// <summary>The claim docs/export.md shows is the one the shipped corpus exports, field for field.</summary>
    [Fact]
    public void The_claim_in_export_md_is_what_the_shipped_corpus_exports()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "export.md")).ReplaceLineEndings("\n");
        var shown = doc[(doc.IndexOf("  \"claims\": [\n", StringComparison.Ordinal) + 13)..doc.IndexOf("\n  ],\n  \"quotes\"", StringComparison.Ordinal)];
        var exported = System.Text.Json.Nodes.JsonNode.Parse(Export(RepoPaths.Corpus, "json"))!["claims"]!.AsArray().Single(c => c!["id"]!.GetValue<string>() == "ceasefire_proposal_duration");

        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(shown), exported), shown);
    }

    /// <summary>Every claim of the Bridge corpus (superseded, disputed, conflicting, dates, bounds) as the compiled model holds it.</summary>
    [Fact]
    public void Every_claim_in_json_is_what_the_compiled_model_holds()
    {
        using var dir = new CorpusDir(BridgeCorpus.Files());
        var index = Compiled(GeneratorHarness.Run(BridgeCorpus.Files()));
        using var json = JsonDocument.Parse(ToolRun.Of("export", dir.Root, "--format", "json").Output);
        static string Word(Enum member) => string.Concat(member.ToString().Select((c, i) => (i > 0 && char.IsUpper(c) ? "_" : "") + char.ToLowerInvariant(c)));
        static Dictionary<string, string>? Date(PartialDate? date) => date is null ? null
            : new Dictionary<string, string?> { ["on"] = date.ToString(), ["precision"] = Word(date.Precision), ["by"] = Word(date.Origin), ["from"] = date.ResolvedFrom }
                .Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!);
        static string Serialize(object? value) => JsonSerializer.Serialize(value);
        static string Field(JsonElement item, string name) => item.TryGetProperty(name, out var value) ? Serialize(value) : Serialize(null);

        Assert.Equal(index.Claims.Count, json.RootElement.GetProperty("claims").GetArrayLength());
        foreach (var claim in index.Claims)
        {
            var item = Item(json.RootElement, "claims", claim.Id);
            Assert.Equal(claim.Subject.Id, item.GetProperty("subject").GetString());
            Assert.Equal(claim.Predicate, item.GetProperty("predicate").GetString());
            Assert.Equal(claim.Statement, item.GetProperty("statement").GetString());
            Assert.Equal(claim.SaidBy.Id, item.GetProperty("said_by").GetString());
            Assert.Equal(claim.Source.Id, item.GetProperty("source").GetString());
            Assert.Equal(Serialize(Date(claim.Date)), Field(item, "date"));
            Assert.Equal(claim.Evidence, Strings(item.GetProperty("evidence")));
            Assert.Equal(Serialize(Date(claim.Qualifiers.AsOf)), item.TryGetProperty("qualifiers", out var qualifiers) ? Field(qualifiers, "as_of") : Serialize(null));
            Assert.Equal(Word(claim.Status), item.GetProperty("status").GetString());
            Assert.Equal(Serialize(claim.Note), Field(item, "note"));
            Assert.Equal(Serialize(claim.SupersededById), Field(item, "superseded_by"));
            Assert.Equal(claim.ConflictsWith.Select(c => c.Id), Strings(item.GetProperty("conflicts_with")));
            Assert.Equal(
                Serialize(claim.Value switch
                {
                    QuantityValue q => new Dictionary<string, object> { ["kind"] = "quantity", ["amount"] = q.Amount, ["unit"] = q.Unit, ["bound"] = Word(q.Bound) },
                    DurationValue d => new Dictionary<string, object> { ["kind"] = "duration", ["amount"] = d.Amount, ["unit"] = Word(d.Unit), ["bound"] = Word(d.Bound) },
                    DateValue d => new Dictionary<string, object> { ["kind"] = "date", ["date"] = Date(d.Date)! },
                    var other => throw new InvalidOperationException("the Bridge corpus has no value of type " + other.GetType().Name),
                }),
                Field(item, "value"));
        }

        // The cases the Bridge corpus is made of, spelt out.
        var opening = Item(json.RootElement, "claims", "courier_opening_may");
        Assert.Equal(("superseded", "courier_opening_june"), (opening.GetProperty("status").GetString(), opening.GetProperty("superseded_by").GetString()));
        Assert.Equal(["courier_cost"], Strings(Item(json.RootElement, "claims", "gazette_cost").GetProperty("conflicts_with")));
        Assert.Equal("more_than", Item(json.RootElement, "claims", "works_took_over_two_years").GetProperty("value").GetProperty("bound").GetString());
        Assert.Equal("month", Item(json.RootElement, "claims", "works_took_14_months").GetProperty("value").GetProperty("unit").GetString());
        Assert.False(Item(json.RootElement, "claims", "gazette_cost").TryGetProperty("qualifiers", out _));
        Assert.Equal([], Strings(Item(json.RootElement, "claims", "courier_cost").GetProperty("qualifiers").GetProperty("includes")));
        Assert.Equal("""{"kind":"date","date":{"on":"2024-06-01","precision":"day","by":"source","from":"on 1 June"}}""", Field(Item(json.RootElement, "claims", "gazette_opening"), "value"));
        Assert.Equal("""{"id":"gazette","title":"Lowmoor opens its new bridge","publisher":"The Lowmoor Gazette (fictional)","published":{"on":"2024-06-03","precision":"day","by":"source"},"text":"articles/gazette.txt"}""", Serialize(Item(json.RootElement, "sources", "gazette")));
        Assert.Equal("""{"id":"ada_brill","kind":"person","name":"Ada Brill","aliases":[],"description":"Mayor of Lowmoor"}""", Serialize(Item(json.RootElement, "entities", "ada_brill")));
    }

    [Fact]
    public void Hostile_strings_round_trip_through_both_formats()
    {
        using var dir = new CorpusDir(HostileCorpus.Files);
        var jsonText = Export(dir.Root, "json");
        var jsonldText = Export(dir.Root, "jsonld");
        using var json = JsonDocument.Parse(jsonText);
        using var jsonld = JsonDocument.Parse(jsonldText);
        JsonElement Node(string id) => jsonld.RootElement.GetProperty("@graph").EnumerateArray().Single(n => n.GetProperty("@id").GetString() == id);

        for (var i = 0; i < HostileCorpus.Strings.Length; i++)
        {
            var expected = HostileCorpus.Strings[i];
            var entity = Item(json.RootElement, "entities", $"entity_{i}");
            var claim = Item(json.RootElement, "claims", $"claim_{i}");
            string[] read =
            [
                entity.GetProperty("name").GetString()!, Strings(entity.GetProperty("aliases")).Single(), entity.GetProperty("description").GetString()!,
                claim.GetProperty("statement").GetString()!, claim.GetProperty("note").GetString()!, Strings(claim.GetProperty("evidence")).Single(), claim.GetProperty("value").GetProperty("text").GetString()!,
                Node($"entity_{i}").GetProperty("name").GetString()!, Strings(Node($"entity_{i}").GetProperty("alternateName")).Single(), Node($"entity_{i}").GetProperty("description").GetString()!,
                Node($"claim_{i}").GetProperty("text").GetString()!, Node($"claim_{i}").GetProperty("description").GetString()!, Strings(Node($"claim_{i}").GetProperty("citation")).Single(),
            ];
            Assert.All(read, text => Assert.Equal(expected, text));
        }

        Assert.Equal((HostileCorpus.Strings[0], HostileCorpus.Strings[1]), (Item(json.RootElement, "sources", "hostile_source").GetProperty("title").GetString(), Item(json.RootElement, "sources", "hostile_source").GetProperty("publisher").GetString()));
        // JSON-LD goes into web pages: no text can end a <script> element there.
        Assert.DoesNotContain("</", jsonldText);
        Assert.Contains("</summary>", HostileCorpus.Strings[2]);
    }

    [Fact]
    public void A_lone_surrogate_cannot_be_written_in_yaml_so_it_never_reaches_an_export()
    {
        using var dir = new CorpusDir([(TalksProject.FactsFile, TalksProject.Facts.Replace("title: Talks in Jeddah", "title: \"Talks \\uD800 in Jeddah\"")), ("articles/talks.txt", TalksProject.Article)]);

        var run = ToolRun.Of("export", dir.Root, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("talks.facts.yaml(3,19): error FC0001: Invalid YAML: '\\uD800' is half of a character", run.Error);
        Assert.Equal("", run.Output);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("jsonld")]
    public void The_same_corpus_gives_the_same_bytes_whatever_the_order_and_layout_of_its_files(string format)
    {
        // Renamed and moved so that the files sort in another order: claims first, sources last, two of them in a subfolder.
        var shipped = ShippedCorpus.FactFilePaths.Select(p => (Path: Path.GetFileName(p), Text: File.ReadAllText(p))).ToList();
        var article = ("articles/" + Path.GetFileName(ShippedCorpus.ArticlePath), File.ReadAllText(ShippedCorpus.ArticlePath));
        using var first = new CorpusDir(shipped.Append(article));
        using var second = new CorpusDir(shipped
            .Select(f => (Path: f.Path.StartsWith("claims", StringComparison.Ordinal) ? "a/0" + f.Path : f.Path.StartsWith("sources", StringComparison.Ordinal) ? "z" + f.Path : "m/" + f.Path, f.Text))
            .Select(f => (f.Path, f.Text.Replace("text: articles/", f.Path.Contains('/') ? "text: ../articles/" : "text: articles/", StringComparison.Ordinal)))
            .Append(article));

        var one = Path.Combine(first.Root, "out", "corpus." + format);
        var other = Path.Combine(second.Root, "out", "corpus." + format);
        Assert.Equal(0, ToolRun.Of("export", first.Root, "--format", format, "-o", one).ExitCode);
        Assert.Equal(0, ToolRun.Of("export", second.Root, "--format", format, "-o", other).ExitCode);

        Assert.Equal(File.ReadAllBytes(one), File.ReadAllBytes(other));
        // And decoded in any order of the checked files, claims and sources spread over several.
        using var bridge = new CorpusDir(BridgeCorpus.Files());
        var reading = CorpusReading.Read(bridge.Root);
        Assert.Equal(ExportCommand.Export(reading, format), ExportCommand.Export(reading with { Files = [.. reading.Files.Reverse()] }, format));
    }

    [Theory]
    [InlineData("json")]
    [InlineData("jsonld")]
    public void The_output_option_writes_the_same_document_as_utf8_without_bom_in_a_new_folder_and_prints_nothing(string format)
    {
        using var dir = new CorpusDir(HostileCorpus.Files);
        var file = Path.Combine(dir.Root, "new", "folder", "corpus.json");

        var run = ToolRun.Of("export", dir.Root, "--format", format, "-o", file);

        Assert.Equal((0, "", ""), (run.ExitCode, run.Output, run.Error));
        var bytes = File.ReadAllBytes(file);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal(Export(dir.Root, format), new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes));
        Assert.EndsWith("}\n", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void A_corpus_with_errors_is_not_exported_and_its_errors_go_to_stderr_with_exit_code_1()
    {
        using var dir = new CorpusDir([("articles/talks.txt", TalksProject.Article), (TalksProject.FactsFile, TalksProject.Facts.Replace("speaker: marco_rubio", "speaker: marco_rubo"))]);
        var file = Path.Combine(dir.Root, "out", "corpus.json");

        var toFile = ToolRun.Of("export", dir.Root, "--format", "json", "-o", file);
        var toStdout = ToolRun.Of("export", dir.Root, "--format", "jsonld");

        foreach (var run in new[] { toFile, toStdout })
        {
            Assert.Equal(1, run.ExitCode);
            Assert.Equal("", run.Output);
            var lines = run.Error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(3, lines.Length);
            Assert.StartsWith("talks.facts.yaml(11,14): error FC2003: ", lines[0]);
            Assert.Equal("1 error, 0 warnings in 2 files.", lines[1]);
            Assert.StartsWith("factcorpus: the corpus has errors, so nothing was exported.", lines[2]);
        }

        Assert.False(File.Exists(file));
        Assert.False(Directory.Exists(Path.GetDirectoryName(file)));
    }

    [Fact]
    public void A_missing_folder_and_a_folder_without_facts_are_one_line_and_exit_code_2()
    {
        var missing = Path.Combine(Path.GetTempPath(), "factcorpus-no-such-folder");
        using var empty = new CorpusDir([("articles/talks.txt", TalksProject.Article)]);

        var noFolder = ToolRun.Of("export", missing, "--format", "json");
        var noFacts = ToolRun.Of("export", empty.Root, "--format", "json");

        Assert.Equal((2, "", $"factcorpus: The folder '{missing}' does not exist.{Environment.NewLine}"), (noFolder.ExitCode, noFolder.Output, noFolder.Error));
        Assert.Equal((2, "", $"factcorpus: The folder '{empty.Root}' has no *.facts.yaml file (in it or its subfolders).{Environment.NewLine}"), (noFacts.ExitCode, noFacts.Output, noFacts.Error));
    }

    [Theory]
    [InlineData("factcorpus: --format is json or jsonld, not 'xml'.", "--format", "xml")]
    [InlineData("factcorpus: Option '--format' is required.")]
    public void A_format_other_than_json_or_jsonld_is_a_usage_error_in_one_line(string message, params string[] format)
    {
        var run = ToolRun.Of(["export", RepoPaths.Corpus, .. format]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        // The mistake in one line, then the hint every usage error ends with.
        Assert.Equal([message, "Run 'factcorpus --help' for the verbs and their options."], run.Error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Help_describes_the_verb_its_formats_and_exit_codes()
    {
        var run = ToolRun.Of("export", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Output);
        Assert.Contains("--format <json|jsonld>", run.Output);
        Assert.Contains("-o, --output <FILE>", run.Output);
        Assert.Contains("Exit code", run.Output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("export", ToolRun.Of("--help").Output);
    }
}
