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

        /// <summary>
        /// Ids compared by the member names they map to, without making the names: the symbol table finds colliding
        /// ids with it, and a name kept for each of a corpus's items would be a string the driver keeps for each.
        /// </summary>
        public static readonly IEqualityComparer<string> IdsByName = new NameComparer();

        /// <summary>The reserved name <paramref name="id"/> maps to, or null.</summary>
        public static string? ReservedFor(string id)
        {
            foreach (var name in Reserved)
            {
                var chars = new NameChars(id);
                var i = 0;
                bool more;
                while ((more = chars.Next(out var c)) && i < name.Length && c == name[i])
                {
                    i++;
                }

                if (!more && i == name.Length)
                {
                    return name;
                }
            }

            return null;
        }

        private sealed class NameComparer : IEqualityComparer<string>
        {
            public bool Equals(string? x, string? y)
            {
                if (x is null || y is null)
                {
                    return x is null && y is null;
                }

                var (a, b) = (new NameChars(x), new NameChars(y));
                while (true)
                {
                    var (more, other) = (a.Next(out var c), b.Next(out var d));
                    if (more != other || c != d)
                    {
                        return false;
                    }

                    if (!more)
                    {
                        return true;
                    }
                }
            }

            public int GetHashCode(string id)
            {
                var hash = 2166136261u;
                var chars = new NameChars(id);
                while (chars.Next(out var c))
                {
                    hash = (hash ^ c) * 16777619u;
                }

                return (int)hash;
            }
        }

        /// <summary>The characters of an id's member name, one at a time, as <see cref="AppendTo"/> writes them.</summary>
        private struct NameChars
        {
            private readonly string id;
            private int next;
            private bool upperNext;
            private char last;

            public NameChars(string id)
            {
                this.id = id;
                next = 0;
                upperNext = true;
                last = '\0';
            }

            public bool Next(out char c)
            {
                while (next < id.Length)
                {
                    c = id[next++];
                    if (c == '_')
                    {
                        upperNext = true;
                        if (IsDigit(last) && next < id.Length && IsDigit(id[next]))
                        {
                            last = c;
                            return true;
                        }

                        continue;
                    }

                    c = upperNext && c is >= 'a' and <= 'z' ? (char)(c - 'a' + 'A') : c;
                    upperNext = false;
                    last = c;
                    return true;
                }

                c = '\0';
                return false;
            }
        }
    }
}
