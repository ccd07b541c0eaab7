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

        /// <summary>The literal of <paramref name="value"/> appended to <paramref name="builder"/>.</summary>
        public static StringBuilder AppendString(StringBuilder builder, string value)
        {
            builder.Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"':
                        builder.Append("\\\"");
                        break;
                    case '\\':
                        builder.Append("\\\\");
                        break;
                    case >= ' ' and <= '~':
                        builder.Append(c);
                        break;
                    default:
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        break;
                }
            }

            return builder.Append('"');
        }

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
