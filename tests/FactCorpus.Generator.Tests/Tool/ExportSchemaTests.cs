using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FactCorpus.Generator.Tests.Support;
using Json.Schema;
using Vocabulary = FactCorpus.Generator.Reading.Vocabulary;

namespace FactCorpus.Generator.Tests.Tool;

/// <summary>
/// docs/export.schema.json, the JSON Schema of `factcorpus export --format json`, holds for what the tool writes
/// (the shipped corpus, the Bridge corpus with its superseded and conflicting claims, hostile strings), rejects what
/// the shape is not, uses the YAML's word lists, and docs/export.md documents each of its fields.
/// </summary>
public class ExportSchemaTests
{
    private static readonly string SchemaPath = Path.Combine(RepoPaths.Root, "docs", "export.schema.json");
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(SchemaPath));
    private static readonly JsonNode SchemaJson = JsonNode.Parse(File.ReadAllText(SchemaPath))!;

    private static EvaluationResults Evaluate(JsonNode document) =>
        Schema.Evaluate(JsonSerializer.SerializeToElement(document), new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static string Errors(EvaluationResults results) => string.Join("; ",
        (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    private static JsonNode Exported(string dir)
    {
        var run = ToolRun.Of("export", dir, "--format", "json");
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonNode.Parse(run.Output)!;
    }

    public static TheoryData<string> Corpora() => new("shipped", "bridge", "hostile");

    [Theory]
    [MemberData(nameof(Corpora))]
    public void The_export_of_a_corpus_satisfies_the_schema(string corpus)
    {
        using var dir = corpus == "shipped" ? null : new CorpusDir(corpus == "bridge" ? BridgeCorpus.Files() : HostileCorpus.Files);

        var results = Evaluate(Exported(dir?.Root ?? RepoPaths.Corpus));

        Assert.True(results.IsValid, Errors(results));
    }

    [Fact]
    public void The_schema_is_a_valid_draft_07_schema_with_its_id_and_version()
    {
        Assert.Equal("http://json-schema.org/draft-07/schema#", SchemaJson["$schema"]!.GetValue<string>());
        Assert.Equal("urn:factcorpus:export-schema:v1", SchemaJson["$id"]!.GetValue<string>());
        Assert.True(MetaSchemas.Draft7.Evaluate(JsonDocument.Parse(File.ReadAllText(SchemaPath)).RootElement).IsValid);
        Assert.Equal(1, SchemaJson["properties"]!["version"]!["const"]!.GetValue<int>());
        Assert.Equal("factcorpus-export", SchemaJson["properties"]!["format"]!["const"]!.GetValue<string>());
    }

    /// <summary>Edits of a valid export, each of which the schema must reject.</summary>
    public static TheoryData<string> Breakages() => new(
        "a claim without source", "an unknown status", "an extra field", "a null for an absent field", "a value of two kinds", "a date without precision", "a newer version");

    [Theory]
    [MemberData(nameof(Breakages))]
    public void The_schema_rejects_what_the_shape_is_not(string breakage)
    {
        using var dir = new CorpusDir(BridgeCorpus.Files());
        var document = Exported(dir.Root);
        var claim = document["claims"]![0]!.AsObject();
        switch (breakage)
        {
            case "a claim without source": claim.Remove("source"); break;
            case "an unknown status": claim["status"] = "rumoured"; break;
            case "an extra field": claim["confidence"] = 0.5; break;
            case "a null for an absent field": claim["note"] = null; break;
            case "a value of two kinds": claim["value"]!["text"] = "twelve million"; break;
            case "a date without precision": document["sources"]![0]!["published"]!.AsObject().Remove("precision"); break;
            case "a newer version": document["version"] = 2; break;
        }

        Assert.False(Evaluate(document).IsValid, breakage);
    }

    /// <summary>The schema's word lists are the YAML's, as the generator reads them.</summary>
    [Fact]
    public void The_word_lists_are_the_yaml_words()
    {
        var definitions = SchemaJson["definitions"]!;
        static string[] Enum(JsonNode node) => node["enum"]!.AsArray().Select(w => w!.GetValue<string>()).ToArray();

        Assert.Equal(Vocabulary.EntityKinds.Words, Enum(definitions["entity"]!["properties"]!["kind"]!));
        Assert.Equal(Vocabulary.Statuses.Words, Enum(definitions["claim"]!["properties"]!["status"]!));
        Assert.Equal(Vocabulary.QuoteModes.Words, Enum(definitions["quote"]!["properties"]!["mode"]!));
        Assert.Equal(Vocabulary.Bounds.Words, Enum(definitions["bound"]!));
        Assert.Equal(Vocabulary.DateOrigins.Words, Enum(definitions["date"]!["properties"]!["by"]!));
        var values = definitions["value"]!["oneOf"]!.AsArray();
        Assert.Equal(Vocabulary.ValueKinds.Words, values.Select(v => v!["properties"]!["kind"]!["const"]!.GetValue<string>()));
        Assert.Equal(Vocabulary.TimeUnits.Words, Enum(values.Single(v => v!["properties"]!["kind"]!["const"]!.GetValue<string>() == "duration")!["properties"]!["unit"]!));
    }

    /// <summary>Every field of the schema has a row in docs/export.md's tables of fields.</summary>
    [Fact]
    public void Every_field_of_the_schema_is_documented()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "export.md"));
        var documented = Regex.Matches(doc, @"^\| `(?<name>[a-z_]+)` \| (?<type>[a-z ]+) \|", RegexOptions.Multiline).Select(m => m.Groups["name"].Value).ToHashSet();

        var fields = Properties(SchemaJson).ToHashSet();

        Assert.Contains("superseded_by", fields);
        Assert.Empty(fields.Except(documented));
    }

    private static IEnumerable<string> Properties(JsonNode? node) => node switch
    {
        JsonObject o => (o["properties"] is JsonObject properties ? properties.Select(p => p.Key) : [])
            .Concat(o.SelectMany(p => Properties(p.Value))),
        JsonArray a => a.SelectMany(Properties),
        _ => [],
    };
}
