using System;
using System.Collections.Generic;
using System.Text;

namespace FactCorpus.Generator.Emitting
{
    /// <summary>
    /// Maps a YAML id to its C# member name: snake_case → PascalCase (marco_rubio → MarcoRubio). Ids are ASCII
    /// letters, digits and '_' starting with a letter (IdText), so the result is always a valid identifier and
    /// never a keyword (keywords are lower case). The validator uses it to find ids that collide.
    /// </summary>
    internal static class MemberNames
    {
        /// <summary>
        /// Names a member may not take: the generated classes themselves (CS0542) and object's members,
        /// which a member would hide.
        /// </summary>
        public static readonly ISet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
        {
            "Corpus", "Sources", "Entities", "Claims", "Quotes", "Events", "Values",
            "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize",
        };

        public static string For(string id)
        {
            var builder = new StringBuilder(id.Length);
            var upperNext = true;
            foreach (var c in id)
            {
                if (c == '_')
                {
                    upperNext = true;
                    continue;
                }

                builder.Append(upperNext && c is >= 'a' and <= 'z' ? (char)(c - 'a' + 'A') : c);
                upperNext = false;
            }

            return builder.ToString();
        }
    }
}
