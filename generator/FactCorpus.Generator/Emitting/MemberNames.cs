using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FactCorpus.Generator.Model;

namespace FactCorpus.Generator.Emitting
{
    /// <summary>
    /// Maps a YAML id to its C# member name: snake_case → PascalCase (marco_rubio → MarcoRubio). An '_' between
    /// two digits stays (claim_1_10 → Claim1_10, claim_11_0 → Claim11_0), so numbered ids never collide; every
    /// other '_' goes. Ids are ASCII letters, digits and '_' starting with a letter (IdText), so the result is
    /// always a valid identifier and never a keyword (keywords are lower case), and it never has an '_' after a
    /// letter (which the generated part classes' names use). The validator uses it to find ids that collide.
    /// </summary>
    internal static class MemberNames
    {
        /// <summary>
        /// Names a member may not take: the generated classes themselves (CS0542) and object's members,
        /// which a member would hide.
        /// </summary>
        public static readonly ISet<string> Reserved = new HashSet<string>(
            ItemKinds.All.Select(k => k.ClassName).Concat(new[]
            {
                "Corpus", "Values",
                "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize",
            }),
            StringComparer.Ordinal);

        public static string For(string id) => AppendTo(new StringBuilder(id.Length), id).ToString();

        /// <summary>The member name of <paramref name="id"/> appended to <paramref name="builder"/>.</summary>
        public static StringBuilder AppendTo(StringBuilder builder, string id)
        {
            var start = builder.Length;
            var upperNext = true;
            for (var i = 0; i < id.Length; i++)
            {
                var c = id[i];
                if (c == '_')
                {
                    if (builder.Length > start && IsDigit(builder[builder.Length - 1]) && i + 1 < id.Length && IsDigit(id[i + 1]))
                    {
                        builder.Append('_');
                    }

                    upperNext = true;
                    continue;
                }

                builder.Append(upperNext && c is >= 'a' and <= 'z' ? (char)(c - 'a' + 'A') : c);
                upperNext = false;
            }

            return builder;
        }

        private static bool IsDigit(char c) => c is >= '0' and <= '9';
    }
}
