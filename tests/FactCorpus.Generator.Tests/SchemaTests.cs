using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FactCorpus.Generator.Reading;
using FactCorpus.Generator.Tests.Support;
using Json.Schema;
using Microsoft.CodeAnalysis;
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
    private static readonly string FormatDoc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "format.md"));

    /// <summary>
    /// YAML → JSON as the YAML language server types it: the YAML 1.2 core schema for plain scalars (null, booleans,
    /// decimal/octal/hex integers, floats); quoted and block scalars, and anything tagged !!str, are strings.
    /// </summary>
    private static JsonNode? ToJson(YamlDotNet.RepresentationModel.YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(e => KeyValuePair.Create(((YamlScalarNode)e.Key).Value!, ToJson(e.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToJson).ToArray()),
        YamlScalarNode { Tag.IsEmpty: false } scalar when scalar.Tag.Value == "tag:yaml.org,2002:str" => JsonValue.Create(scalar.Value),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: var plain } => Plain(plain ?? ""),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static JsonNode? Plain(string text) =>
        text is "" or "~" or "null" or "Null" or "NULL" ? null
        : text is "true" or "True" or "TRUE" ? JsonValue.Create(true)
        : text is "false" or "False" or "FALSE" ? JsonValue.Create(false)
        : Regex.IsMatch(text, "^[-+]?[0-9]+$") ? (decimal.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) ? JsonValue.Create(integer) : JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture)))
        : Regex.IsMatch(text, "^0o[0-7]+$") ? JsonValue.Create(Convert.ToInt64(text.Substring(2), 8))
        : Regex.IsMatch(text, "^0x[0-9a-fA-F]+$") ? JsonValue.Create(long.Parse(text.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture))
        : Regex.IsMatch(text, @"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$") ? JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture))
        : JsonValue.Create(text);

    private static EvaluationResults Evaluate(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var json = stream.Documents.Count == 0 ? new JsonObject() : ToJson(stream.Documents[0].RootNode);
        return Schema.Evaluate(JsonSerializer.SerializeToElement(json), new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static IEnumerable<object[]> Rows(TheoryData data) => data;

    private static bool SchemaAccepts(string yaml) => Evaluate(yaml).IsValid;

    /// <summary>The schema's complaints, for failure messages.</summary>
    private static string Errors(string yaml) => string.Join("; ",
        (Evaluate(yaml).Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    /// <summary>Runs the generator over the shipped corpus plus <paramref name="yaml"/> as corpus/case.facts.yaml.</summary>
    private static GeneratorResult Generate(string yaml) => GeneratorHarness.Run(ShippedCorpus.FilesWith(Microsoft.CodeAnalysis.Text.SourceText.From(yaml)), "FactCorpus");

    /// <summary>The FC errors the generator reports in the case file.</summary>
    private static IEnumerable<Diagnostic> CaseFileErrors(GeneratorResult result) => result.Diagnostics.Where(d =>
        d.Id.StartsWith("FC", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error
        && Path.GetFileName(d.Location.GetLineSpan().Path) == "case.facts.yaml");

    [Fact]
    public void The_schema_is_a_valid_draft_07_schema()
    {
        Assert.Equal("http://json-schema.org/draft-07/schema#", SchemaJson["$schema"]!.GetValue<string>());
        Assert.NotNull(SchemaJson["$id"]);
        Assert.NotNull(SchemaJson["title"]);
        Assert.NotNull(SchemaJson["description"]);
        Assert.True(MetaSchemas.Draft7.Evaluate(JsonDocument.Parse(File.ReadAllText(SchemaPath)).RootElement).IsValid);
    }

    public static TheoryData<string> ShippedFiles() => new(ShippedCorpus.FactFilePaths.Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void Every_shipped_corpus_file_satisfies_the_schema_and_points_to_it(string file)
    {
        var yaml = File.ReadAllText(Path.Combine(RepoPaths.Corpus, file));
        Assert.True(SchemaAccepts(yaml), file + ": " + Errors(yaml));
        Assert.StartsWith("# yaml-language-server: $schema=../generator/FactCorpus.Generator/schema/facts.schema.json", yaml);
    }

    [Fact]
    public void The_template_facts_satisfy_the_schema_and_point_to_the_copy_the_build_makes()
    {
        var yaml = File.ReadAllText(Path.Combine(RepoPaths.Root, "templates", "FactCorpus.Templates", "content", "factcorpus", "harbour-light.facts.yaml"));
        Assert.True(SchemaAccepts(yaml), Errors(yaml));
        Assert.StartsWith("# yaml-language-server: $schema=.factcorpus/facts.schema.json\n", yaml.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_worked_example_in_format_md_satisfies_the_schema()
    {
        var yaml = Regex.Match(FormatDoc, "`talks\\.facts\\.yaml`:\\s*```yaml\\n(?<body>.*?)```", RegexOptions.Singleline).Groups["body"].Value;
        Assert.Contains("claims:", yaml);
        Assert.True(SchemaAccepts(yaml), Errors(yaml));
    }

    /// <summary>The `{ kind: … }` examples of the Values table in docs/format.md.</summary>
    public static TheoryData<string> DocumentedValues() =>
        new(Regex.Matches(FormatDoc.Split("### Values")[1].Split("\n## ")[0], @"^\|[^|]*\|[^|]*\| `(?<value>\{ kind: [^`]*\})` \|$", RegexOptions.Multiline)
            .Select(m => m.Groups["value"].Value));

    [Theory]
    [MemberData(nameof(DocumentedValues))]
    public void Every_documented_value_example_passes_both(string value)
    {
        var yaml = Base.Replace(BaseValue, value);
        Assert.True(SchemaAccepts(yaml), Errors(yaml));
        Assert.Empty(Generate(yaml).Located);
    }

    [Fact]
    public void The_values_table_has_an_example_per_kind() => Assert.Equal(Vocabulary.ValueKinds.Words.Count(), Rows(DocumentedValues()).Count());

    private const string BaseValue = "{ kind: duration, amount: 8, unit: hour, bound: more_than }";

    /// <summary>A file with every section and nearly every field, valid for both; its ids may refer to the shipped corpus.</summary>
    private const string Base = """
        sources:
          - id: case_article
            title: The case article
            publisher: Example News
            published: { on: 2025-03, by: curator, from: "no dateline; the talks it reports were in March 2025" }
            url: https://example.org/case
            text: articles/us-resumes-security-assistance-to-ukraine.txt
        entities:
          - id: sergey_lavrov
            kind: person
            name: Sergey Lavrov
            aliases: [Lavrov]
            description: Russian Foreign Minister
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
            note: A curator's note.
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
        Assert.True(SchemaAccepts(Base), Errors(Base));
        Assert.Empty(Generate(Base).Located);
    }

    /// <summary>Each: one edit of <see cref="Base"/> (old text → new text) that the schema rejects.</summary>
    public static TheoryData<string, string> Mutations() => new()
    {
        // The file: an unknown section; a section that is not a list.
        { "entities:", "entity:" },
        { "quotes:\n  - id: lavrov_said", "quotes:\n    id: lavrov_said" },

        // sources: unknown field, missing required fields, bad date, bad id.
        { "    url: https://example.org/case", "    link: https://example.org/case" },
        { "    title: The case article\n", "" },
        { "    text: articles/us-resumes-security-assistance-to-ukraine.txt\n", "" },
        { "published: { on: 2025-03,", "published: { on: March 2025," },
        { "  - id: case_article", "  - id: case article" },

        // entities: unknown field, missing required fields, kind word and type, name type, ids, aliases type.
        { "    aliases: [Lavrov]", "    alias: [Lavrov]" },
        { "    kind: person\n", "" },
        { "    name: Sergey Lavrov\n", "" },
        { "    kind: person", "    kind: persn" },
        { "    kind: person", "    kind: Person" },
        { "    kind: person", "    kind: [person]" },
        { "    name: Sergey Lavrov", "    name: { first: Sergey }" },
        { "  - id: sergey_lavrov", "  - id: sergey-lavrov" },
        { "  - id: sergey_lavrov", "  - id: 1sergey" },
        { "  - id: sergey_lavrov", "  - id: _sergey" },
        { "  - id: sergey_lavrov", "  - id: true" },
        { "  - id: sergey_lavrov", "  - id: 2025" },
        { "  - id: sergey_lavrov", "  - id: sergey_lavrov_é" },
        { "    aliases: [Lavrov]", "    aliases: Lavrov" },

        // claims: unknown field, missing required fields, names and references.
        { "    note: A curator's note.", "    notes: A curator's note." },
        { "    subject: jeddah\n", "" },
        { "    predicate: duration\n", "" },
        { "    value: " + BaseValue + "\n", "" },
        { "    statement: The article reports more than eight hours of talks.\n", "" },
        { "    said_by: us_resumes_assistance_article\n    source", "    source" },
        { "    evidence: [\"more than eight hours of discussions\"]\n", "" },
        { "    predicate: duration", "    predicate: the duration" },
        { "    subject: jeddah", "    subject: jeddah!" },

        // values: kind word, the fields each kind allows and needs, unit and bound words, numbers, type.
        { BaseValue, "{ amount: 8, unit: hour }" },
        { BaseValue, "{ kind: colour, text: x }" },
        { BaseValue, "{ kind: Duration, amount: 8, unit: hour }" },
        { BaseValue, "{ kind: duration, unit: hour }" },
        { BaseValue, "{ kind: duration, amount: 8 }" },
        { BaseValue, "{ kind: duration, amount: 8, unit: hour, text: eight hours }" },
        { BaseValue, "{ kind: text, text: x, unit: hour }" },
        { BaseValue, "{ kind: text }" },
        { BaseValue, "{ kind: quantity, amount: 5 }" },
        { BaseValue, "{ kind: quantity, amount: 5, unit: percent, date: 2025 }" },
        { BaseValue, "{ kind: date, date: 2014, amount: 1 }" },
        { BaseValue, "{ kind: date, date: 2014-13 }" },
        { BaseValue, "{ kind: entity, entity: crimea, text: Crimea }" },
        { BaseValue, "{ kind: entity, entity: the crimea }" },
        { BaseValue, "{ kind: entity }" },
        { BaseValue, "8 hours" },
        { BaseValue, "[duration, 8, hour]" },
        { "unit: hour, bound: more_than", "unit: hours, bound: more_than" },
        { "bound: more_than", "bound: roughly" },
        { "amount: 8,", "amount: eight," },
        { "amount: 8,", "amount: \"8\"," },
        { "amount: 8,", "amount: [8]," },

        // dates: the mapping form's fields, malformed and impossible dates, wrong types.
        { "date: { on: 2025-03-11, from: on Tuesday }", "date: { on: 2025-03-11, form: on Tuesday }" },
        { "date: { on: 2025-03-11, from: on Tuesday }", "date: { on: 2025-03-11, from: on Tuesday, precision: day }" },
        { "date: { on: 2025-03-11, from: on Tuesday }", "date: { from: on Tuesday }" },
        { "date: { on: 2025-03-11, from: on Tuesday }", "date: { on: { on: 2025-03-11 } }" },
        { "date: { on: 2025-03-11, from: on Tuesday }", "date: March 2025" },
        { "date: { on: 2025-03-11, from: on Tuesday }", "date: 2025-3-11" },
        { "date: { on: 2025-03-11, from: on Tuesday }", "date: 2025/03/11" },
        { "date: { on: 2025-03-11, from: on Tuesday }", "date: 2025-13" },
        { "date: { on: 2025-03-11, from: on Tuesday }", "date: 2025-03-32" },
        { "date: { on: 2025-03-11, from: on Tuesday }", "date: 2025-03-11T10:00" },
        { "date: { on: 2025-03-11, from: on Tuesday }", "date: [2025, 3, 11]" },
        { "    date: 2025\n", "    date: 0\n" },
        { "    date: 2025\n", "    date: 202\n" },
        { "    date: 2025\n", "    date: 10000\n" },
        { "    date: 2025\n", "    date: 2025.5\n" },
        { "    date: 2025\n", "    date: \"0000\"\n" },
        { "date: { on: 2025-03-11, from: on Tuesday }", "date: 2025-02-30" },
        { "date: { on: 2025-03-11, from: on Tuesday }", "date: 2025-02-29" },
        { "date: { on: 2025-03-11, from: on Tuesday }", "date: 2100-02-29" },
        { "date: { on: 2025-03-11, from: on Tuesday }", "date: { on: 2025-04-31 }" },
        { "date: { on: 2025-03-11, from: on Tuesday }", "date: 2025-00" },

        // curator's dates: the word list, and the reason they need.
        { "by: curator, from:", "by: curater, from:" },
        { "by: curator, from:", "by: Curator, from:" },
        { "by: curator, from:", "by: [curator], from:" },
        { "published: { on: 2025-03, by: curator, from: \"no dateline; the talks it reports were in March 2025\" }", "published: { on: 2025-03, by: curator }" },
        { "date: { on: 2025-03-11, from: on Tuesday }", "date: { on: 2025-03-11, by: curator }" },

        // evidence: empty, not a list, not text.
        { "evidence: [\"more than eight hours of discussions\"]", "evidence: []" },
        { "evidence: [\"more than eight hours of discussions\"]", "evidence: more than eight hours" },
        { "evidence: [\"more than eight hours of discussions\"]", "evidence: [{ text: more than eight hours }]" },

        // qualifiers: unknown field, not a mapping, bad date, bad ids, includes not a list.
        { "qualifiers: { as_of: 2025-03, includes: [jeddah] }", "qualifiers: { as_of: 2025-03, including: [jeddah] }" },
        { "qualifiers: { as_of: 2025-03, includes: [jeddah] }", "qualifiers: [2025-03, jeddah]" },
        { "qualifiers: { as_of: 2025-03, includes: [jeddah] }", "qualifiers: { as_of: 2025-00 }" },
        { "qualifiers: { as_of: 2025-03, includes: [jeddah] }", "qualifiers: { includes: [jeddah city] }" },
        { "qualifiers: { as_of: 2025-03, includes: [jeddah] }", "qualifiers: { includes: jeddah }" },

        // status: the word list, and superseded with superseded_by.
        { "    note: A curator's note.", "    status: rumoured" },
        { "    note: A curator's note.", "    status: Disputed" },
        { "    note: A curator's note.", "    status: superseded" },
        { "    note: A curator's note.", "    superseded_by: ceasefire_30_days" },
        { "    note: A curator's note.", "    status: disputed\n    superseded_by: ceasefire_30_days" },

        // quotes: mode word, evidence for indirect quotes, missing required fields, unknown field, bad audience.
        { "    mode: indirect", "    mode: reported" },
        { "    mode: indirect\n", "" },
        { "    evidence: [\"Washington would now make the offer to Russia\"]\n", "" },
        { "    evidence: [\"Washington would now make the offer to Russia\"]", "    evidence: []" },
        { "    speaker: marco_rubio\n", "" },
        { "    text: Washington would make the offer.\n", "" },
        { "    speaker: marco_rubio", "    said_by: marco_rubio" },
        { "    text: Washington would make the offer.", "    text: Washington would make the offer.\n    audience: the press" },

        // events: unknown field, missing required fields, names, location, participants.
        { "    type: talks", "    kind: talks" },
        { "    summary: Talks in Jeddah.\n", "" },
        { "host }]\n    source: us_resumes_assistance_article\n", "host }]\n" },
        { "    evidence: [\"in Jeddah, Saudi Arabia\"]", "" },
        { "    type: talks", "    type: peace talks" },
        { "    location: jeddah", "    location: [jeddah]" },
        { "participants: [{ entity: jeddah, role: host }]", "participants: [{ entity: jeddah, part: host }]" },
        { "participants: [{ entity: jeddah, role: host }]", "participants: [{ role: host }]" },
        { "participants: [{ entity: jeddah, role: host }]", "participants: [{ entity: jeddah }]" },
        { "participants: [{ entity: jeddah, role: host }]", "participants: [{ entity: jeddah, role: the host }]" },
        { "participants: [{ entity: jeddah, role: host }]", "participants: [jeddah]" },
        { "participants: [{ entity: jeddah, role: host }]", "participants: { entity: jeddah, role: host }" },
    };

    [Theory]
    [MemberData(nameof(Mutations))]
    public void What_the_schema_rejects_the_generator_rejects_too(string from, string to)
    {
        Assert.Single(Regex.Matches(Base, Regex.Escape(from)));
        var yaml = Base.Replace(from, to);

        Assert.False(SchemaAccepts(yaml), "the schema accepted the mutation");
        Assert.NotEmpty(CaseFileErrors(Generate(yaml)));
    }

    [Fact]
    public void There_are_enough_mutations() => Assert.True(Rows(Mutations()).Count() >= 25);

    /// <summary>
    /// The known places where the editor is stricter than the build (never the reverse for the shipped corpus and docs):
    /// an empty (null) optional field or section, which the generator reads as absent; a year before 1000 written
    /// with leading zeros, which YAML reads as a number below 1000 (quoted, "0999", it passes both).
    /// </summary>
    public static TheoryData<string> SchemaStricter() => new()
    {
        Base.Replace("    note: A curator's note.", "    note:"),
        Base.Replace("    url: https://example.org/case", "    url: ~"),
        Base.Replace("qualifiers: { as_of: 2025-03, includes: [jeddah] }", "qualifiers:"),
        Base.Replace("    date: 2025\n", "    date: 0999\n"),
        "claims:\n",
    };

    [Theory]
    [MemberData(nameof(SchemaStricter))]
    public void Known_differences_are_only_where_the_schema_is_stricter(string yaml)
    {
        Assert.NotEqual(Base, yaml);
        Assert.False(SchemaAccepts(yaml), "the schema accepted it: no longer a difference, remove the case");
        Assert.Empty(CaseFileErrors(Generate(yaml)));
    }

    /// <summary>The quoted forms docs/format.md recommends pass both: a quoted id is text, a quoted early year a date.</summary>
    public static TheoryData<string> QuotedForms() => new()
    {
        Base.Replace("  - id: sergey_lavrov", "  - id: \"sergey_lavrov\""),
        Base.Replace("    subject: jeddah", "    subject: 'jeddah'"),
        Base.Replace("    date: 2025\n", "    date: \"0999\"\n"),
        Base.Replace("    title: The case article", "    title: 2025"),
        Base.Replace("    note: A curator's note.", "    note: true"),
    };

    [Theory]
    [MemberData(nameof(QuotedForms))]
    public void Quoted_ids_and_dates_and_unquoted_text_pass_both(string yaml)
    {
        Assert.NotEqual(Base, yaml);
        Assert.True(SchemaAccepts(yaml), Errors(yaml));
        Assert.Empty(CaseFileErrors(Generate(yaml)));
    }

    /// <summary>The schema knows the calendar as the generator does: the last day of each month, and leap years.</summary>
    [Theory]
    [InlineData("2025-01-31")]
    [InlineData("2025-02-28")]
    [InlineData("2024-02-29")]
    [InlineData("2000-02-29")]
    [InlineData("1904-02-29")]
    [InlineData("2025-04-30")]
    [InlineData("2025-11-30")]
    [InlineData("2025-12-31")]
    [InlineData("9999-12")]
    public void Real_calendar_days_pass_both(string date)
    {
        var yaml = Base.Replace("date: { on: 2025-03-11, from: on Tuesday }", "date: " + date);
        Assert.True(SchemaAccepts(yaml), Errors(yaml));
        Assert.Empty(CaseFileErrors(Generate(yaml)));
    }

    /// <summary>Both words of `by` pass both, in every date field; `source` is what a date without `by` means.</summary>
    [Theory]
    [InlineData("date: { on: 2025-03-11, from: on Tuesday }", "date: { on: 2025-03-11, by: source, from: on Tuesday }")]
    [InlineData("date: { on: 2025-03-11, from: on Tuesday }", "date: { on: 2025-03-11, by: curator, from: \"on Tuesday; the talks were on 11 March 2025\" }")]
    [InlineData("as_of: 2025-03,", "as_of: { on: 2025-03, by: curator, from: now },")]
    [InlineData("    date: 2025\n", "    date: { on: 2025, by: curator, from: the year of the talks }\n")]
    public void Date_origins_pass_both(string from, string to)
    {
        Assert.Single(Regex.Matches(Base, Regex.Escape(from)));
        var yaml = Base.Replace(from, to);
        Assert.True(SchemaAccepts(yaml), Errors(yaml));
        Assert.Empty(CaseFileErrors(Generate(yaml)));
    }

    /// <summary>
    /// The YAML language server shows a schema's errorMessage for a wrong type and its patternErrorMessage for a
    /// pattern, instead of 'Incorrect type. Expected "integer | object"' or the regular expression. Given a oneOf,
    /// it answers with the types of every alternative: dates are one schema, by type (if object, then …, else …).
    /// </summary>
    [Fact]
    public void Dates_and_ids_have_their_own_messages_in_the_editor()
    {
        Assert.Null(At("definitions/date")["oneOf"]);
        Assert.Null(At("definitions/dateText")["oneOf"]);
        Assert.Contains("February 2025 has 28 days", At("definitions/dateText")["patternErrorMessage"]!.GetValue<string>());
        foreach (var definition in new[] { "date", "dateText", "id", "text" })
        {
            Assert.NotNull(At("definitions/" + definition)["errorMessage"]);
        }

        static IEnumerable<string> Unexplained(JsonNode? node, string path) => node switch
        {
            JsonObject o => (o.ContainsKey("pattern") && !o.ContainsKey("patternErrorMessage") ? new[] { path } : Array.Empty<string>())
                .Concat(o.SelectMany(p => Unexplained(p.Value, path + "/" + p.Key))),
            JsonArray a => a.SelectMany((item, i) => Unexplained(item, path + "/" + i)),
            _ => [],
        };
        Assert.Empty(Unexplained(SchemaJson, ""));
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

    private static IEnumerable<string> Properties(string pointer) => At(pointer)["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);

    /// <summary>The generator's own field lists, by name.</summary>
    private static readonly Dictionary<string, string[]> GeneratorFields = new()
    {
        [nameof(FactFileReader.Sections)] = FactFileReader.Sections,
        [nameof(FactFileReader.SourceFields)] = FactFileReader.SourceFields,
        [nameof(FactFileReader.EntityFields)] = FactFileReader.EntityFields,
        [nameof(FactFileReader.ClaimFields)] = FactFileReader.ClaimFields,
        [nameof(FactFileReader.QualifierFields)] = FactFileReader.QualifierFields,
        [nameof(FactFileReader.QuoteFields)] = FactFileReader.QuoteFields,
        [nameof(FactFileReader.EventFields)] = FactFileReader.EventFields,
        [nameof(FactFileReader.ParticipantFields)] = FactFileReader.ParticipantFields,
        [nameof(MappingReader.DateFields)] = MappingReader.DateFields,
    };

    public static TheoryData<string, string> FieldPlaces() => new()
    {
        { "", nameof(FactFileReader.Sections) },
        { "definitions/source", nameof(FactFileReader.SourceFields) },
        { "definitions/entity", nameof(FactFileReader.EntityFields) },
        { "definitions/claim", nameof(FactFileReader.ClaimFields) },
        { "definitions/claim/properties/qualifiers", nameof(FactFileReader.QualifierFields) },
        { "definitions/quote", nameof(FactFileReader.QuoteFields) },
        { "definitions/event", nameof(FactFileReader.EventFields) },
        { "definitions/event/properties/participants/items", nameof(FactFileReader.ParticipantFields) },
        { "definitions/date/then", nameof(MappingReader.DateFields) },
    };

    [Theory]
    [MemberData(nameof(FieldPlaces))]
    public void The_schema_and_the_generator_allow_the_same_field_names(string pointer, string generatorField)
    {
        Assert.Equal(GeneratorFields[generatorField].Order(StringComparer.Ordinal), Properties(pointer));
        Assert.False(At(pointer)["additionalProperties"]!.GetValue<bool>());
    }

    [Fact]
    public void Every_generator_field_list_is_compared() =>
        Assert.Equal(GeneratorFields.Keys.Order(), Rows(FieldPlaces()).Select(row => (string)row[1]).Order());

    [Fact]
    public void Each_value_kind_allows_the_same_fields()
    {
        var kinds = At("definitions/value/allOf").AsArray().ToDictionary(
            k => k!["if"]!["properties"]!["kind"]!["const"]!.GetValue<string>(),
            k => k!["then"]!["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(FactFileReader.ValueFields.Keys.Order(StringComparer.Ordinal), kinds.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Vocabulary.ValueKinds.Words.Order(StringComparer.Ordinal), kinds.Keys.Order(StringComparer.Ordinal));
        Assert.All(FactFileReader.ValueFields, g => Assert.Equal(g.Value.Order(StringComparer.Ordinal), kinds[g.Key]));
        Assert.All(At("definitions/value/allOf").AsArray(), k => Assert.False(k!["then"]!["additionalProperties"]!.GetValue<bool>()));

        // Whatever the kind, a value has no field the generator does not know at all.
        Assert.Equal(FactFileReader.AnyValueFields.Order(StringComparer.Ordinal), kinds.Values.SelectMany(f => f).Distinct().Order(StringComparer.Ordinal));
    }

    public static TheoryData<string, string> WordLists() => new()
    {
        { "definitions/entity/properties/kind", nameof(Vocabulary.EntityKinds) },
        { "definitions/claim/properties/status", nameof(Vocabulary.Statuses) },
        { "definitions/quote/properties/mode", nameof(Vocabulary.QuoteModes) },
        { "definitions/value/properties/kind", nameof(Vocabulary.ValueKinds) },
        { "definitions/value/allOf/0/then/properties/bound", nameof(Vocabulary.Bounds) },
        { "definitions/value/allOf/1/then/properties/bound", nameof(Vocabulary.Bounds) },
        { "definitions/value/allOf/1/then/properties/unit", nameof(Vocabulary.TimeUnits) },
        { "definitions/date/then/properties/by", nameof(Vocabulary.DateOrigins) },
    };

    private static readonly Dictionary<string, IEnumerable<string>> GeneratorWords = new()
    {
        [nameof(Vocabulary.EntityKinds)] = Vocabulary.EntityKinds.Words,
        [nameof(Vocabulary.Statuses)] = Vocabulary.Statuses.Words,
        [nameof(Vocabulary.QuoteModes)] = Vocabulary.QuoteModes.Words,
        [nameof(Vocabulary.ValueKinds)] = Vocabulary.ValueKinds.Words,
        [nameof(Vocabulary.Bounds)] = Vocabulary.Bounds.Words,
        [nameof(Vocabulary.TimeUnits)] = Vocabulary.TimeUnits.Words,
        [nameof(Vocabulary.DateOrigins)] = Vocabulary.DateOrigins.Words,
    };

    [Theory]
    [MemberData(nameof(WordLists))]
    public void The_schema_enums_are_the_generator_word_lists(string pointer, string list)
    {
        Assert.Equal(GeneratorWords[list], At(pointer)["enum"]!.AsArray().Select(w => w!.GetValue<string>()));
    }

    [Fact]
    public void Every_enum_of_the_schema_is_a_generator_word_list()
    {
        static IEnumerable<string> Enums(JsonNode? node, string path) => node switch
        {
            JsonObject o => (o.ContainsKey("enum") ? new[] { path } : Array.Empty<string>()).Concat(o.SelectMany(p => Enums(p.Value, path + "/" + p.Key))),
            JsonArray a => a.SelectMany((item, i) => Enums(item, path + "/" + i)),
            _ => [],
        };

        Assert.Equal(Rows(WordLists()).Select(row => "/" + (string)row[0]).Order(), Enums(SchemaJson, "").Order());
        Assert.Equal(GeneratorWords.Keys.Order(), Rows(WordLists()).Select(row => (string)row[1]).Distinct().Order());
    }

    /// <summary>Editors show a field's description on completion and hover: every field has one, here or at its $ref.</summary>
    [Fact]
    public void Every_field_has_a_description()
    {
        var undescribed = new List<string>();
        void Walk(JsonNode? node, string path)
        {
            if (node is JsonArray array)
            {
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], path + "/" + i);
                }
            }

            if (node is not JsonObject obj)
            {
                return;
            }

            if (obj["properties"] is JsonObject properties)
            {
                // A then of an allOf may refine a field that the schema owning the allOf declares and describes.
                var owner = path.Contains("/allOf/", StringComparison.Ordinal) ? At(path.Substring(0, path.LastIndexOf("/allOf/", StringComparison.Ordinal)))["properties"] : null;
                foreach (var (name, field) in properties)
                {
                    var described = field!["description"] is not null
                        || owner?[name]?["description"] is not null
                        || (field["$ref"]?.GetValue<string>() is { } reference && At(reference.TrimStart('#'))["description"] is not null);
                    if (!described)
                    {
                        undescribed.Add(path + "/properties/" + name);
                    }
                }
            }

            // An if only tests fields; it declares none.
            foreach (var (name, child) in obj.Where(p => p.Key != "if"))
            {
                Walk(child, path + "/" + name);
            }
        }

        Walk(SchemaJson, "");
        Assert.True(undescribed.Count == 0, string.Join(", ", undescribed));
    }
}
