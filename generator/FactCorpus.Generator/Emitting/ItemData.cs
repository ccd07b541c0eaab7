using System.Collections.Generic;
using System.Globalization;
using System.Text;
using FactCorpus.Generator.Model;

namespace FactCorpus.Generator.Emitting
{
    /// <summary>
    /// Writes the items of one kind of one generated file (a part) as one string of data, which
    /// FactCorpus.Model.Encoded.ItemDataReader decodes field by field in the order written here. Every record and field is a token: '~' for null, or its
    /// length in UTF-16 characters, ':' and the characters, so no value needs escaping inside the data (the C#
    /// literal around it escapes it for the source). Items refer to other items by small numbers into the part's
    /// table of references, the data's last record (written last, so the data is built in one pass), which names each
    /// item by its id alone: ids as data, found at run time by the corpus's generated finder, compile far faster than
    /// a compiled member access a reference, and leave a file's data depending on that file alone.
    /// </summary>
    internal sealed class ItemData
    {
        private readonly StringBuilder data = new();
        private readonly StringBuilder record = new();
        private readonly Dictionary<string, int> referenceNumbers = new(System.StringComparer.Ordinal);
        private readonly List<string> references = new();

        [System.ThreadStatic]
        private static ItemData? spare;

        private ItemData()
        {
        }

        /// <summary>The thread's writer, cleared: reused from file to file, so its builders stop growing after the first parts.</summary>
        public static ItemData OfThread()
        {
            var data = spare ??= new ItemData();
            data.Clear();
            return data;
        }

        /// <summary>Starts a new part.</summary>
        public void Clear()
        {
            data.Clear();
            record.Clear();
            referenceNumbers.Clear();
            references.Clear();
        }

        /// <summary>Ends the item whose fields were written since the last one.</summary>
        public void EndItem()
        {
            Digits(data, record.Length).Append(':').Append(record);
            record.Clear();
        }

        /// <summary>Ends the part: its data is every item ended since <see cref="Clear"/>, then its table of references.</summary>
        public string Finish()
        {
            Texts(references);
            EndItem();
            return data.ToString();
        }

        /// <summary>A record of texts alone, a count and each text, as the corpus's tables are (FactCorpus.Model.Encoded.ItemDataReader.ReadTexts).</summary>
        public string TextsRecord(IReadOnlyList<string> values) => Tokens(d => d.Texts(values));

        /// <summary>The tokens <paramref name="write"/> writes, without a record's length: a table's, or a resource's header.</summary>
        public string Tokens(System.Action<ItemData> write)
        {
            Clear();
            write(this);
            var tokens = record.ToString();
            Clear();
            return tokens;
        }

        public ItemData Text(string? value)
        {
            if (value is null)
            {
                record.Append('~');
            }
            else
            {
                Digits(record, value.Length).Append(':').Append(value);
            }

            return this;
        }

        /// <summary>A number as its invariant text ("-12"), written without a string of its own.</summary>
        public ItemData Int(int value)
        {
            var magnitude = value < 0 ? -(long)value : value;
            var length = (value < 0 ? 1 : 0) + DigitCount(magnitude);
            Digits(record, length).Append(':');
            if (value < 0)
            {
                record.Append('-');
            }

            Digits(record, magnitude);
            return this;
        }

        private static int DigitCount(long value)
        {
            var count = 1;
            while (value >= 10)
            {
                value /= 10;
                count++;
            }

            return count;
        }

        /// <summary>The decimal digits of a non-negative number, appended one by one, highest first.</summary>
        private static StringBuilder Digits(StringBuilder builder, long value)
        {
            var divisor = 1L;
            while (value / divisor >= 10)
            {
                divisor *= 10;
            }

            for (; divisor > 0; divisor /= 10)
            {
                builder.Append((char)('0' + (int)(value / divisor % 10)));
            }

            return builder;
        }

        /// <summary>Invariant and exact: decimal's own text keeps every digit and the scale ("1.50").</summary>
        public ItemData Decimal(decimal value) => Text(value.ToString(CultureInfo.InvariantCulture));

        /// <summary>
        /// An enum member by its number, which is the model's enum member of the same name (VocabularyTests): a
        /// number decodes without the reflection that parsing a name costs on first use, in every app's first fact.
        /// </summary>
        public ItemData Enum<TEnum>(TEnum value)
            where TEnum : struct, System.Enum => Int(System.Convert.ToInt32(value, CultureInfo.InvariantCulture));

        public ItemData Texts(IReadOnlyList<string> values)
        {
            Int(values.Count);
            foreach (var value in values)
            {
                Text(value);
            }

            return this;
        }

        public ItemData Texts(EquatableArray<LocatedText> values)
        {
            Int(values.Count);
            foreach (var value in values)
            {
                Text(value.Text);
            }

            return this;
        }

        /// <summary>Year, month, day, the words it was resolved from and its origin; a missing date is one null.</summary>
        public ItemData Date(DateSpec? date) => date is { } d
            ? Int(d.Year).Int(d.Month).Int(d.Day).Text(d.From).Enum(d.Origin)
            : Text(null);

        /// <summary>A reference to an item by its id, which the corpus's finder knows; or null.</summary>
        public ItemData Reference(string? id)
        {
            if (id is null)
            {
                return Text(null);
            }

            if (!referenceNumbers.TryGetValue(id, out var number))
            {
                number = references.Count;
                referenceNumbers.Add(id, number);
                references.Add(id);
            }

            return Int(number);
        }
    }
}
