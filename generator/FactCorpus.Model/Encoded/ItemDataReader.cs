using System;
using System.Collections.Generic;
using System.Globalization;

namespace FactCorpus.Model.Encoded
{
    /// <summary>
    /// Decodes one item of a generated part's data. The data is a sequence of records: one an item, then the part's
    /// table of references; a record and each of its fields is a token: <c>~</c> for null, or the length in
    /// UTF-16 characters (decimal digits), a <c>:</c> and that many characters. Nothing is escaped or separated, so
    /// any string a YAML file can hold (quotes, line breaks, NUL, surrogate pairs) passes unchanged. Numbers are
    /// culture-invariant text; enum members are their numbers; an item another item refers to is its number in the
    /// table of references, whose record is a count and the id of each entry, which the corpus's finder finds
    /// (<see cref="ItemPlaces"/>). An item's record starts with its id. The
    /// generator's writer (FactCorpus.Generator.Emitting.ItemData) writes the fields in the order read here.
    /// </summary>
    internal sealed class ItemDataReader
    {
        private const char Null = '~';
        private const char LengthEnd = ':';

        private readonly string data;
        private readonly CorpusScope scope;
        private readonly Func<int, CorpusItem?> references;
        private int position;

        /// <summary>A reader at <paramref name="position"/> of <paramref name="data"/>; <paramref name="references"/> gives the item a number of the table of references stands for, or null for no such number.</summary>
        public ItemDataReader(string data, int position, CorpusScope scope, Func<int, CorpusItem?> references)
        {
            this.data = data;
            this.position = position;
            this.scope = scope;
            this.references = references;
        }

        /// <summary>Where each record's fields start: found by reading only the records' lengths.</summary>
        public static int[] RecordStarts(string data)
        {
            var starts = new List<int>();
            var position = 0;
            while (position < data.Length)
            {
                var length = ReadLength(data, ref position);
                starts.Add(position);
                position += length;
            }

            // The table of references comes last, even when it is empty.
            if (position != data.Length || starts.Count == 0)
            {
                throw Corrupt(data.Length);
            }

            return starts.ToArray();
        }

        /// <summary>Where each entry of the table of references (the record starting at <paramref name="start"/>) starts.</summary>
        public static int[] TableStarts(string data, int start)
        {
            var reader = new ItemDataReader(data, start, null!, null!);
            var entries = new int[reader.Int()];
            for (var i = 0; i < entries.Length; i++)
            {
                entries[i] = reader.position;
                reader.Text();
            }

            return entries;
        }

        /// <summary>An entry of the table of references: the id of the item.</summary>
        public static string TableEntry(string data, int start) => new ItemDataReader(data, start, null!, null!).Text();

        /// <summary>A record of texts alone, as the corpus's tables are: a count, then each text.</summary>
        public static string[] ReadTexts(string data, ref int position)
        {
            var reader = new ItemDataReader(data, position, null!, null!);
            var texts = reader.Texts();
            position = reader.position;
            return texts;
        }

        /// <summary>How the id the record at <paramref name="start"/> starts with orders against <paramref name="id"/>, ordinally.</summary>
        public static int CompareId(string data, int start, string id)
        {
            var position = start;
            var length = ReadLength(data, ref position);
            var common = Math.Min(length, id.Length);
            for (var i = 0; i < common; i++)
            {
                var order = data[position + i] - id[i];
                if (order != 0)
                {
                    return order;
                }
            }

            return length - id.Length;
        }

        /// <summary>The next token as a text, for records that are not items (a resource's header).</summary>
        public string NextText() => Text();

        /// <summary>The next token as a number.</summary>
        public int NextInt() => Int();

        /// <summary>The decoder of an item type, chosen once per type.</summary>
        public static Func<ItemDataReader, T> DecoderFor<T>()
            where T : CorpusItem
        {
            Delegate decoder = typeof(T) == typeof(Source) ? new Func<ItemDataReader, Source>(r => r.Source())
                : typeof(T) == typeof(Entity) ? new Func<ItemDataReader, Entity>(r => r.Entity())
                : typeof(T) == typeof(Claim) ? new Func<ItemDataReader, Claim>(r => r.Claim())
                : typeof(T) == typeof(Quote) ? new Func<ItemDataReader, Quote>(r => r.Quote())
                : typeof(T) == typeof(Event) ? new Func<ItemDataReader, Event>(r => r.Event())
                : throw new NotSupportedException("Generated corpora hold no items of type " + typeof(T).Name + ".");
            return (Func<ItemDataReader, T>)decoder;
        }

        private Source Source() => new(scope, Text(), Text(), NullableText(), Date(), Text(), NullableText());

        private Entity Entity() => new(scope, Text(), Enum<EntityKind>(), Text(), Texts(), NullableText());

        private Claim Claim() => new(
            scope,
            id: Text(),
            subject: Reference<Entity>(),
            predicate: Text(),
            value: Value(),
            statement: Text(),
            saidBy: Reference<CorpusItem>(),
            source: Reference<Source>(),
            date: Date(),
            evidence: Texts(),
            qualifiers: Qualifiers(),
            status: Enum<ClaimStatus>(),
            note: NullableText(),
            supersededById: NullableText());

        private Quote Quote() => new(
            scope,
            id: Text(),
            speaker: Reference<Entity>(),
            text: Text(),
            mode: Enum<QuoteMode>(),
            date: Date(),
            source: Reference<Source>(),
            audience: NullableReference<Entity>(),
            evidence: Texts());

        private Event Event() => new(
            scope,
            id: Text(),
            type: Text(),
            summary: Text(),
            date: Date(),
            location: NullableReference<Entity>(),
            participants: Participants(),
            source: Reference<Source>(),
            evidence: Texts());

        private FactValue Value()
        {
            var kind = Text();
            return kind switch
            {
                "q" => new QuantityValue(Decimal(), Text(), Enum<Bound>()),
                "d" => new DurationValue(Decimal(), Enum<TimeUnit>(), Enum<Bound>()),
                "t" => new DateValue(Date() ?? throw Corrupt(position)),
                "e" => new EntityValue(Reference<Entity>()),
                "x" => new TextValue(Text()),
                _ => throw Corrupt(position),
            };
        }

        private ClaimQualifiers Qualifiers()
        {
            var asOf = Date();
            var includes = References<Entity>();
            return asOf is null && includes.Length == 0 ? ClaimQualifiers.None : new ClaimQualifiers(asOf, includes);
        }

        private Participant[] Participants()
        {
            var participants = new Participant[Int()];
            for (var i = 0; i < participants.Length; i++)
            {
                participants[i] = new Participant(Reference<Entity>(), Text());
            }

            return participants;
        }

        /// <summary>A date is its year, month and day (0 when not known), the words it was resolved from and its origin; null is one null token.</summary>
        private PartialDate? Date()
        {
            if (TryNull())
            {
                return null;
            }

            return new PartialDate(Int(), Int(), Int(), NullableText(), Enum<DateOrigin>());
        }

        private T Reference<T>()
            where T : CorpusItem =>
            NullableReference<T>() ?? throw Corrupt(position);

        private T? NullableReference<T>()
            where T : CorpusItem
        {
            if (TryNull())
            {
                return null;
            }

            var at = position;
            return references(Int()) as T ?? throw Corrupt(at);
        }

        private T[] References<T>()
            where T : CorpusItem
        {
            var count = Int();
            if (count == 0)
            {
                return Array.Empty<T>();
            }

            var items = new T[count];
            for (var i = 0; i < count; i++)
            {
                items[i] = Reference<T>();
            }

            return items;
        }

        private string[] Texts()
        {
            var count = Int();
            if (count == 0)
            {
                return Array.Empty<string>();
            }

            var texts = new string[count];
            for (var i = 0; i < count; i++)
            {
                texts[i] = Text();
            }

            return texts;
        }

        private string Text() => NullableText() ?? throw Corrupt(position);

        private string? NullableText()
        {
            if (TryNull())
            {
                return null;
            }

            var length = ReadLength(data, ref position);
            var text = data.Substring(position, length);
            position += length;
            return text;
        }

        private int Int()
        {
            var length = ReadLength(data, ref position);
            var end = position + length;
            var negative = length > 0 && data[position] == '-';
            var value = 0;
            for (var i = negative ? position + 1 : position; i < end; i++)
            {
                value = checked((value * 10) + Digit(data, i));
            }

            position = end;
            return negative ? -value : value;
        }

        private decimal Decimal() => decimal.Parse(Text(), NumberStyles.Number, CultureInfo.InvariantCulture);

        /// <summary>
        /// An enum member by its number, which the generator wrote from the member itself: not checked against the
        /// enum's members, as that, like parsing a name, costs reflection on first use. An int unboxes as an enum of int.
        /// </summary>
        private TEnum Enum<TEnum>()
            where TEnum : struct => (TEnum)(object)Int();

        private bool TryNull()
        {
            if (position < data.Length && data[position] == Null)
            {
                position++;
                return true;
            }

            return false;
        }

        private static int ReadLength(string data, ref int position)
        {
            var length = 0;
            var start = position;
            while (position < data.Length && data[position] != LengthEnd)
            {
                length = checked((length * 10) + Digit(data, position));
                position++;
            }

            if (position == start || position == data.Length || length > data.Length - position - 1)
            {
                throw Corrupt(start);
            }

            position++;
            return length;
        }

        private static int Digit(string data, int position) =>
            data[position] is >= '0' and <= '9' ? data[position] - '0' : throw Corrupt(position);

        private static InvalidOperationException Corrupt(int position) =>
            new("The generated data of a FactCorpus part is corrupt at character " + position.ToString(CultureInfo.InvariantCulture)
                + ": regenerate the corpus with the same version of FactCorpus.Generator and FactCorpus.Model.");
    }
}
