using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using FactCorpus.Generator.Reading;
using FactCorpus.Model;
using Words = FactCorpus.Generator.Reading.Vocabulary;

namespace FactCorpus.Tool.Export;

/// <summary>
/// The corpus as plain JSON, `factcorpus export --format json`: the shape docs/export.md documents and
/// docs/export.schema.json checks. Fields are named and worded as in the YAML (snake_case, `disputed`,
/// `at_least`); references are ids; a field with no value is absent, a list is always there. Within version 1
/// fields are only ever added.
/// </summary>
internal static class CorpusJson
{
    public const string Format = "factcorpus-export";

    public const int Version = 1;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // The same bytes on every system, and readable text (news is full of apostrophes): only what JSON needs
        // escaped is, and characters that are invisible or control (docs/export.md). Not made safe for a
        // <script> element, as JSON-LD, the format for web pages, is.
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The document, ending with a line break.</summary>
    public static string Write(CorpusIndex corpus)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteNumber("version", Version);
            Items(json, "sources", corpus.Sources, Source);
            Items(json, "entities", corpus.Entities, Entity);
            Items(json, "claims", corpus.Claims, Claim);
            Items(json, "quotes", corpus.Quotes, Quote);
            Items(json, "events", corpus.Events, Event);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    private static void Items<T>(Utf8JsonWriter json, string name, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            write(json, item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Source(Utf8JsonWriter json, Source source)
    {
        json.WriteString("id", source.Id);
        json.WriteString("title", source.Title);
        Optional(json, "publisher", source.Publisher);
        Date(json, "published", source.Published);
        Optional(json, "url", source.Url);
        json.WriteString("text", source.TextPath);
    }

    private static void Entity(Utf8JsonWriter json, Entity entity)
    {
        json.WriteString("id", entity.Id);
        json.WriteString("kind", Word(Words.EntityKinds, entity.Kind));
        json.WriteString("name", entity.Name);
        Strings(json, "aliases", entity.Aliases);
        Optional(json, "description", entity.Description);
    }

    private static void Claim(Utf8JsonWriter json, Claim claim)
    {
        json.WriteString("id", claim.Id);
        json.WriteString("subject", claim.Subject.Id);
        json.WriteString("predicate", claim.Predicate);
        Value(json, claim.Value);
        json.WriteString("statement", claim.Statement);
        json.WriteString("said_by", claim.SaidBy.Id);
        json.WriteString("source", claim.Source.Id);
        Date(json, "date", claim.Date);
        Strings(json, "evidence", claim.Evidence);
        if (claim.Qualifiers.AsOf is not null || claim.Qualifiers.Includes.Count > 0)
        {
            json.WriteStartObject("qualifiers");
            Date(json, "as_of", claim.Qualifiers.AsOf);
            Strings(json, "includes", claim.Qualifiers.Includes.Select(e => e.Id).ToList());
            json.WriteEndObject();
        }

        json.WriteString("status", Word(Words.Statuses, claim.Status));
        Optional(json, "note", claim.Note);
        Optional(json, "superseded_by", claim.SupersededById);
        Strings(json, "conflicts_with", claim.ConflictsWith.Select(c => c.Id).ToList());
    }

    private static void Quote(Utf8JsonWriter json, Quote quote)
    {
        json.WriteString("id", quote.Id);
        json.WriteString("speaker", quote.Speaker.Id);
        json.WriteString("mode", Word(Words.QuoteModes, quote.Mode));
        json.WriteString("text", quote.Text);
        json.WriteString("source", quote.Source.Id);
        Date(json, "date", quote.Date);
        Optional(json, "audience", quote.Audience?.Id);
        Strings(json, "evidence", quote.Evidence);
    }

    private static void Event(Utf8JsonWriter json, Event happening)
    {
        json.WriteString("id", happening.Id);
        json.WriteString("type", happening.Type);
        json.WriteString("summary", happening.Summary);
        Date(json, "date", happening.Date);
        Optional(json, "location", happening.Location?.Id);
        json.WriteStartArray("participants");
        foreach (var participant in happening.Participants)
        {
            json.WriteStartObject();
            json.WriteString("entity", participant.Entity.Id);
            json.WriteString("role", participant.Role);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("source", happening.Source.Id);
        Strings(json, "evidence", happening.Evidence);
    }

    /// <summary>A claim's typed value: its `kind` and that kind's fields, as in the YAML.</summary>
    private static void Value(Utf8JsonWriter json, FactValue value)
    {
        json.WriteStartObject("value");
        switch (value)
        {
            case QuantityValue quantity:
                json.WriteString("kind", Words.ValueKinds.Word(Generator.Model.ValueKind.Quantity));
                // decimal keeps the digits and scale the YAML gave ("1.50"); the writer writes them as they are.
                json.WriteNumber("amount", quantity.Amount);
                json.WriteString("unit", quantity.Unit);
                json.WriteString("bound", Word(Words.Bounds, quantity.Bound));
                break;
            case DurationValue duration:
                json.WriteString("kind", Words.ValueKinds.Word(Generator.Model.ValueKind.Duration));
                json.WriteNumber("amount", duration.Amount);
                json.WriteString("unit", Word(Words.TimeUnits, duration.Unit));
                json.WriteString("bound", Word(Words.Bounds, duration.Bound));
                break;
            case DateValue date:
                json.WriteString("kind", Words.ValueKinds.Word(Generator.Model.ValueKind.Date));
                Date(json, "date", date.Date);
                break;
            case EntityValue entity:
                json.WriteString("kind", Words.ValueKinds.Word(Generator.Model.ValueKind.Entity));
                json.WriteString("entity", entity.Entity.Id);
                break;
            case TextValue text:
                json.WriteString("kind", Words.ValueKinds.Word(Generator.Model.ValueKind.Text));
                json.WriteString("text", text.Text);
                break;
            default:
                throw new NotSupportedException("a value of type " + value.GetType().Name);
        }

        json.WriteEndObject();
    }

    /// <summary>A date at its precision: `on` as the YAML writes it, the precision, who dates it (`by`) and the words it was resolved from (`from`).</summary>
    private static void Date(Utf8JsonWriter json, string name, PartialDate? date)
    {
        if (date is null)
        {
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("on", date.ToString());
        json.WriteString("precision", date.Precision.ToString().ToLowerInvariant());
        json.WriteString("by", Word(Words.DateOrigins, date.Origin));
        Optional(json, "from", date.ResolvedFrom);
        json.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void Strings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>
    /// A model enum member as its YAML word, through the generator's word list: the generator's enum has the same
    /// members with the same numbers (VocabularyTests), as the generated data relies on too.
    /// </summary>
    private static string Word<TModel, TGenerator>(WordList<TGenerator> words, TModel member)
        where TModel : struct, Enum
        where TGenerator : struct, Enum =>
        words.Word((TGenerator)Enum.ToObject(typeof(TGenerator), Convert.ToInt32(member, System.Globalization.CultureInfo.InvariantCulture)));
}
