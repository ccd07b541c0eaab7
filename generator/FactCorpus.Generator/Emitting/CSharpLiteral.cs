using System.Globalization;
using System.Text;

namespace FactCorpus.Generator.Emitting
{
    /// <summary>
    /// C# literals for any string a YAML file can hold. Everything outside printable ASCII is written as a \u
    /// escape, so quotes, backslashes, line breaks, bidirectional overrides and lone surrogates can neither end
    /// the literal nor disguise the code around it, and the value round-trips exactly.
    /// </summary>
    internal static class CSharpLiteral
    {
        public static string String(string value)
        {
            // Most values need no escape: one concatenation instead of a builder and its copy.
            if (IsPlain(value))
            {
                return "\"" + value + "\"";
            }

            return AppendString(new StringBuilder(value.Length + 16), value).ToString();
        }

        /// <summary>The literal of <paramref name="value"/> appended to <paramref name="builder"/>: runs of plain characters in one copy each.</summary>
        public static StringBuilder AppendString(StringBuilder builder, string value)
        {
            builder.Append('"');
            var run = 0;
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                if (c is >= ' ' and <= '~' and not '"' and not '\\')
                {
                    continue;
                }

                builder.Append(value, run, i - run);
                run = i + 1;
                switch (c)
                {
                    case '"':
                        builder.Append("\\\"");
                        break;
                    case '\\':
                        builder.Append("\\\\");
                        break;
                    default:
                        builder.Append("\\u").Append(Hex[c >> 12]).Append(Hex[(c >> 8) & 0xF]).Append(Hex[(c >> 4) & 0xF]).Append(Hex[c & 0xF]);
                        break;
                }
            }

            return builder.Append(value, run, value.Length - run).Append('"');
        }

        private const string Hex = "0123456789ABCDEF";

        private static bool IsPlain(string value)
        {
            foreach (var c in value)
            {
                if (c is < ' ' or > '~' or '"' or '\\')
                {
                    return false;
                }
            }

            return true;
        }

        public static string NullableString(string? value) => value is null ? "null" : String(value);

        public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "m";

        public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
