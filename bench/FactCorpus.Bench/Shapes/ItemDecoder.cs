#nullable enable
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using FactCorpus.Model;

namespace FactCorpus.Bench.Shapes
{
    /// <summary>
    /// The runtime half of the data-driven shapes: decodes one item, on first use, from a part's UTF-8 data, one
    /// record a line, fields split by tabs (written by <c>ItemRecords</c>). A sketch sized for the compile-time
    /// measurement, not the product's format: a text holding a tab or a line break would need an escape.
    /// The bench compiles it, and embeds its text in the shapes that need it, so both are the same code.
    /// </summary>
    internal static class ItemDecoder
    {
        public static Source Source(ReadOnlySpan<byte> data, ref int[]? records, int item, CorpusScope scope, Func<char, int, int, CorpusItem> resolve)
        {
            var r = new Reader(data, Start(data, ref records, item), resolve);
            return new Source(scope, r.Text(), r.Text(), r.OptionalText(), r.Date(), r.Text(), r.OptionalText());
        }

        public static Entity Entity(ReadOnlySpan<byte> data, ref int[]? records, int item, CorpusScope scope, Func<char, int, int, CorpusItem> resolve)
        {
            var r = new Reader(data, Start(data, ref records, item), resolve);
            return new Entity(scope, r.Text(), r.Enum<EntityKind>(), r.Text(), r.Texts(), r.OptionalText());
        }

        public static Claim Claim(ReadOnlySpan<byte> data, ref int[]? records, int item, CorpusScope scope, Func<char, int, int, CorpusItem> resolve)
        {
            var r = new Reader(data, Start(data, ref records, item), resolve);
            return new Claim(scope, r.Text(), (Entity)r.Item()!, r.Text(), r.Value(), r.Text(), r.Item()!, (Source)r.Item()!, r.Date(),
                r.Texts(), r.Qualifiers(), r.Enum<ClaimStatus>(), r.OptionalText(), r.OptionalText());
        }

        public static Quote Quote(ReadOnlySpan<byte> data, ref int[]? records, int item, CorpusScope scope, Func<char, int, int, CorpusItem> resolve)
        {
            var r = new Reader(data, Start(data, ref records, item), resolve);
            return new Quote(scope, r.Text(), (Entity)r.Item()!, r.Text(), r.Enum<QuoteMode>(), r.Date(), (Source)r.Item()!, (Entity?)r.Item(), r.Texts());
        }

        public static Event Event(ReadOnlySpan<byte> data, ref int[]? records, int item, CorpusScope scope, Func<char, int, int, CorpusItem> resolve)
        {
            var r = new Reader(data, Start(data, ref records, item), resolve);
            var id = r.Text();
            var type = r.Text();
            var summary = r.Text();
            var date = r.Date();
            var location = (Entity?)r.Item();
            var participants = new Participant[r.Count()];
            for (var i = 0; i < participants.Length; i++)
            {
                participants[i] = new Participant((Entity)r.Item()!, r.Text());
            }

            return new Event(scope, id, type, summary, date, location, participants, (Source)r.Item()!, r.Texts());
        }

        // Where each record starts, found by one scan of the part on its first use.
        private static int Start(ReadOnlySpan<byte> data, ref int[]? records, int item)
        {
            if (records is null)
            {
                var starts = new List<int> { 0 };
                for (var at = data.IndexOf((byte)'\n'); at >= 0 && at + 1 < data.Length; at = NextLine(data, at))
                {
                    starts.Add(at + 1);
                }

                records = starts.ToArray();
            }

            return records[item];
        }

        private static int NextLine(ReadOnlySpan<byte> data, int at)
        {
            var next = data.Slice(at + 1).IndexOf((byte)'\n');
            return next < 0 ? -1 : at + 1 + next;
        }

        private ref struct Reader
        {
            private readonly ReadOnlySpan<byte> data;
            private readonly Func<char, int, int, CorpusItem> resolve;
            private int at;

            public Reader(ReadOnlySpan<byte> data, int at, Func<char, int, int, CorpusItem> resolve)
            {
                this.data = data;
                this.at = at;
                this.resolve = resolve;
            }

            public string Text() => OptionalText() ?? "";

            // An empty field stands for null.
            public string? OptionalText()
            {
                var field = Field();
                return field.IsEmpty ? null : Encoding.UTF8.GetString(field);
            }

            public int Count() => Number(Field());

            public string[] Texts()
            {
                var texts = new string[Count()];
                for (var i = 0; i < texts.Length; i++)
                {
                    texts[i] = Text();
                }

                return texts;
            }

            public T Enum<T>()
                where T : struct => System.Enum.Parse<T>(Text());

            // A reference is the kind's letter, the part's number and the item's index in it: E12.3.
            public CorpusItem? Item()
            {
                var field = Field();
                if (field.IsEmpty)
                {
                    return null;
                }

                var dot = field.IndexOf((byte)'.');
                return resolve((char)field[0], Number(field.Slice(1, dot - 1)), Number(field.Slice(dot + 1)));
            }

            // A date is year-month-day (0 when unknown) and the words it was resolved from.
            public PartialDate? Date()
            {
                var field = Field();
                if (field.IsEmpty)
                {
                    return null;
                }

                var first = field.IndexOf((byte)'-');
                var second = first + 1 + field.Slice(first + 1).IndexOf((byte)'-');
                return new PartialDate(Number(field.Slice(0, first)), Number(field.Slice(first + 1, second - first - 1)), Number(field.Slice(second + 1)), OptionalText());
            }

            public FactValue Value() => Text() switch
            {
                "Quantity" => new QuantityValue(decimal.Parse(Text(), CultureInfo.InvariantCulture), Text(), Enum<Bound>()),
                "Duration" => new DurationValue(decimal.Parse(Text(), CultureInfo.InvariantCulture), Enum<TimeUnit>(), Enum<Bound>()),
                "Date" => new DateValue(Date()!),
                "Entity" => new EntityValue((Entity)Item()!),
                _ => new TextValue(Text()),
            };

            public ClaimQualifiers Qualifiers()
            {
                if (Text().Length == 0)
                {
                    return ClaimQualifiers.None;
                }

                var asOf = Date();
                var includes = new Entity[Count()];
                for (var i = 0; i < includes.Length; i++)
                {
                    includes[i] = (Entity)Item()!;
                }

                return new ClaimQualifiers(asOf, includes);
            }

            private static int Number(ReadOnlySpan<byte> digits)
            {
                var value = 0;
                foreach (var digit in digits)
                {
                    value = (value * 10) + (digit - '0');
                }

                return value;
            }

            private ReadOnlySpan<byte> Field()
            {
                var rest = data.Slice(at);
                var end = rest.IndexOfAny((byte)'\t', (byte)'\n');
                var field = end < 0 ? rest : rest.Slice(0, end);
                at += field.Length + 1;
                return field;
            }
        }
    }
}
