using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FactCorpus.Generator.Reading;
using FactCorpus.Generator.Tests.Support;
using Json.Schema;
using Vocabulary = FactCorpus.Generator.Reading.Vocabulary;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FactCorpus.Generator.Tests;

/// <summary>
/// The JSON Schema editors use for *.facts.yaml agrees with the generator: what the schema rejects the generator
/// rejects, valid corpora pass both, and the field names and word lists are the same at every place.
/// </summary>
public class SchemaTests
{
    private static readonly string SchemaPath = Path.Combine(RepoPaths.Root, "generator", "FactCorpus.Generator", "schema", "facts.schema.json");
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(SchemaPath));
    private static readonly JsonNode SchemaJson = JsonNode.Parse(File.ReadAllText(SchemaPath))!;

    /// <summary>YAML → JSON as the YAML language server types it (YAML 1.2 core schema for plain scalars).</summary>
    private static JsonNode? ToJson(YamlDotNet.RepresentationModel.YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(e => KeyValuePair.Create(((YamlScalarNode)e.Key).Value!, ToJson(e.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToJson).ToArray()),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: var plain } => Plain(plain ?? ""),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static JsonNode? Plain(string text) =>
        text is "" or "~" or "null" or "Null" or "NULL" ? null
        : text is "true" or "True" or "TRUE" ? JsonValue.Create(true)
        : text is "false" or "False" or "FALSE" ? JsonValue.Create(false)
        : Regex.IsMatch(text, "^[-+]?[0-9]+$") ? JsonValue.Create(decimal.Parse(text, CultureInfo.InvariantCulture))
        : Regex.IsMatch(text, @"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$") ? JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture))
        : JsonValue.Create(text);

    private static bool SchemaAccepts(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var json = stream.Documents.Count == 0 ? new JsonObject() : ToJson(stream.Documents[0].RootNode);
        return Schema.Evaluate(JsonSerializer.SerializeToElement(json), new EvaluationOptions()).IsValid;
    }

    private static GeneratorResult Generate(string yaml) => GeneratorHarness.Run(ShippedCorpus.FilesWith(Microsoft.CodeAnalysis.Text.SourceText.From(yaml)), "FactCorpus");

    public static TheoryData<string> ShippedFiles() => new(ShippedCorpus.FactFilePaths.Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void Every_shipped_corpus_file_satisfies_the_schema_and_points_to_it(string file)
    {
        var yaml = File.ReadAllText(Path.Combine(RepoPaths.Corpus, file));
        Assert.True(SchemaAccepts(yaml), file);
        Assert.StartsWith("# yaml-language-server: $schema=../generator/FactCorpus.Generator/schema/facts.schema.json", yaml);
    }

    private const string Base = """
        entities:
          - id: sergey_lavrov
            kind: person
            name: Sergey Lavrov
            aliases: [Lavrov]
        claims:
          - id: talks_hours
            subject: jeddah
            predicate: duration
            value: { kind: duration, amount: 8, unit: hour, bound: more_than }
            statement: The article reports more than eight hours of talks.
            said_by: us_resumes_assistance_article
            source: us_resumes_assistance_article
            date: { on: 2025-03-11, from: on Tuesday }
            evidence: ["more than eight hours of discussions"]
            qualifiers: { as_of: 2025-03, includes: [jeddah] }
        quotes:
          - id: lavrov_said
            speaker: marco_rubio
            mode: indirect
            text: Washington would make the offer.
            source: us_resumes_assistance_article
            evidence: ["Washington would now make the offer to Russia"]
        events:
          - id: talks_again
            type: talks
            summary: Talks in Jeddah.
            date: 2025
            location: jeddah
            participants: [{ entity: jeddah, role: host }]
            source: us_resumes_assistance_article
            evidence: ["in Jeddah, Saudi Arabia"]
        """;

    [Fact]
    public void The_mutation_base_is_valid_for_both()
    {
        Assert.True(SchemaAccepts(Base));
        Assert.Empty(Generate(Base).Located);
    }

    /// <summary>Each: one edit of <see cref="Base"/> (old text → new text) that the schema rejects.</summary>
    public static TheoryData<string, string> Mutations() => new()
    {
        { "entities:", "entity:" },
        { "    aliases: [Lavrov]", "    alias: [Lavrov]" },
        { "    kind: person", "    kind: persn" },
        { "    kind: person", "    kind: [person]" },
        { "    name: Sergey Lavrov", "    name: { first: Sergey }" },
        { "    name: Sergey Lavrov\n", "" },
        { "  - id: sergey_lavrov", "  - id: sergey-lavrov" },
        { "  - id: sergey_lavrov", "  - id: 1sergey" },
        { "  - id: sergey_lavrov", "  - id: true" },
        { "    predicate: duration", "    predicate: the duration" },
        { "unit: hour, bound: more_than", "unit: hours, bound: more_than" },
        { "bound: more_than", "bound: roughly" },
        { "amount: 8,", "amount: eight," },
        { "amount: 8,", "amount: \"8\"," },
        { "{ kind: duration, amount: 8, unit: hour, bound: more_than }", "{ kind: duration, unit: hour }" },
        { "{ kind: duration, amount: 8, unit: hour, bound: more_than }", "{ kind: text, text: x, unit: hour }" },
        { "{ kind: duration, amount: 8, unit: hour, bound: more_than }", "{ kind: colour, text: x }" },
        { "{ kind: duration, amount: 8, unit: hour, bound: more_than }", "{ amount: 8 }" },
        { "date: { on: 2025-03-11, from: on Tuesday }", "date: { on: 2025-03-11, form: on Tuesday }" },
        { "date: { on: 2025-03-11, from: on Tuesday }", "date: { from: on Tuesday }" },
        { "date: { on: 2025-03-11, from: on Tuesday }", "date: March 2025" },
        { "date: { on: 2025-03-11, from: on Tuesday }", "date: 2025-3-11" },
        { "    date: 2025\n", "    date: 0\n" },
        { "evidence: [\"more than eight hours of discussions\"]", "evidence: []" },
        { "evidence: [\"more than eight hours of discussions\"]", "evidence: more than eight hours" },
        { "qualifiers: { as_of: 2025-03, includes: [jeddah] }", "qualifiers: { as_of: 2025-03, including: [jeddah] }" },
        { "    statement: The article", "    status: superseded\n    statement: The article" },
        { "    statement: The article", "    superseded_by: talks_again\n    statement: The article" },
        { "    mode: indirect", "    mode: reported" },
        { "    evidence: [\"Washington would now make the offer to Russia\"]\n", "" },
        { "participants: [{ entity: jeddah, role: host }]", "participants: [{ entity: jeddah, part: host }]" },
        { "participants: [{ entity: jeddah, role: host }]", "participants: [{ role: host }]" },
        { "participants: [{ entity: jeddah, role: host }]", "participants: { entity: jeddah, role: host }" },
        { "    type: talks", "    kind: talks" },
        { "    summary: Talks in Jeddah.\n", "" },
    };

    [Theory]
    [MemberData(nameof(Mutations))]
    public void What_the_schema_rejects_the_generator_rejects_too(string from, string to)
    {
        Assert.Contains(from, Base);
        var yaml = Base.Replace(from, to);

        Assert.False(SchemaAccepts(yaml), "the schema accepted the mutation");
        Assert.Contains(Generate(yaml).Diagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
    }

    /// <summary>The schema node at a slash-separated path ("definitions/value/allOf/0").</summary>
    private static JsonNode At(string pointer)
    {
        var node = SchemaJson;
        foreach (var part in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = int.TryParse(part, out var index) ? node![index] : node![part];
        }

        return node!;
    }

    private static IEnumerable<string> Properties(string pointer) => At(pointer)["properties"]!.AsObject().Select(p => p.Key);

    public static TheoryData<string, string> FieldPlaces() => new()
    {
        { "", "Sections" },
        { "definitions/source", "SourceFields" },
        { "definitions/entity", "EntityFields" },
        { "definitions/claim", "ClaimFields" },
        { "definitions/claim/properties/qualifiers", "QualifierFields" },
        { "definitions/quote", "QuoteFields" },
        { "definitions/event", "EventFields" },
        { "definitions/event/properties/participants/items", "ParticipantFields" },
    };

    [Theory]
    [MemberData(nameof(FieldPlaces))]
    public void The_schema_and_the_generator_allow_the_same_field_names(string pointer, string generatorField)
    {
        var allowed = (string[])typeof(FactFileReader).GetField(generatorField, System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!.GetValue(null)!;
        Assert.Equal(allowed.Order(StringComparer.Ordinal), Properties(pointer).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_value_kinds_and_the_date_mapping_allow_the_same_fields()
    {
        var kinds = SchemaJson["definitions"]!["value"]!["allOf"]!.AsArray()
            .ToDictionary(k => k!["if"]!["properties"]!["kind"]!["const"]!.GetValue<string>(), k => k!["then"]!["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal).ToArray());
        var generator = (Dictionary<string, string[]>)typeof(FactFileReader).GetField("ValueFields", System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!.GetValue(null)!;
        Assert.Equal(generator.Keys.Order(StringComparer.Ordinal), kinds.Keys.Order(StringComparer.Ordinal));
        Assert.All(generator, g => Assert.Equal(g.Value.Order(StringComparer.Ordinal), kinds[g.Key]));

        Assert.Equal(MappingReader.DateFields.Order(StringComparer.Ordinal), Properties("definitions/date/oneOf/1").Order(StringComparer.Ordinal));
    }

    public static TheoryData<string, string> WordLists() => new()
    {
        { "definitions/entity/properties/kind", nameof(Vocabulary.EntityKinds) },
        { "definitions/claim/properties/status", nameof(Vocabulary.Statuses) },
        { "definitions/quote/properties/mode", nameof(Vocabulary.QuoteModes) },
        { "definitions/value/properties/kind", nameof(Vocabulary.ValueKinds) },
        { "definitions/value/allOf/0/then/properties/bound", nameof(Vocabulary.Bounds) },
        { "definitions/value/allOf/1/then/properties/unit", nameof(Vocabulary.TimeUnits) },
    };

    [Theory]
    [MemberData(nameof(WordLists))]
    public void The_schema_enums_are_the_generator_word_lists(string pointer, string list)
    {
        var words = (WordList)typeof(Vocabulary).GetField(list)!.GetValue(null)!;
        Assert.Equal(words.Words, At(pointer)["enum"]!.AsArray().Select(w => w!.GetValue<string>()));
    }
}
