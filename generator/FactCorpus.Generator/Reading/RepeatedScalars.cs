namespace FactCorpus.Generator.Reading
{
    /// <summary>
    /// One string for each short scalar a file spells more than once. A facts file repeats its references (a claim's
    /// subject, who said it and its source are mostly the file's own few entities and source), its predicates and its
    /// date words, and the driver keeps a file's items from one run to the next: a copy each was a third of the strings
    /// it kept (10,000 claims in 200 files: ~50,000), each of which a collection of young objects copies.
    /// </summary>
    internal sealed class RepeatedScalars
    {
        /// <summary>Longer scalars (statements, evidence) seldom repeat, and are not hashed.</summary>
        private const int MaxLength = 48;

        /// <summary>The longest table kept for the thread's next file: 4,096 strings, 32 KB.</summary>
        private const int KeptLength = 4096;

        /// <summary>A table emptied by the thread's last file: grown once a thread, not once a file.</summary>
        [System.ThreadStatic]
        private static string?[]? spare;

        private string?[] table = TakeSpare();
        private int count;

        private static string?[] TakeSpare()
        {
            var kept = spare;
            spare = null;
            return kept ?? new string?[256];
        }

        /// <summary>Empties the table for the thread's next file; this file's strings stay where they were handed out, and the table is not used again.</summary>
        public void Release()
        {
            if (table.Length <= KeptLength)
            {
                System.Array.Clear(table, 0, table.Length);
                spare = table;
            }

            table = System.Array.Empty<string?>();
        }

        /// <summary>The string of <paramref name="length"/> characters of <paramref name="text"/> at <paramref name="start"/>, made once.</summary>
        public string Get(string text, int start, int length)
        {
            if (length > MaxLength)
            {
                return text.Substring(start, length);
            }

            var mask = table.Length - 1;
            for (var i = Hash(text, start, length) & mask; ; i = (i + 1) & mask)
            {
                if (table[i] is not { } found)
                {
                    var made = text.Substring(start, length);
                    table[i] = made;
                    if (++count * 2 > table.Length)
                    {
                        Grow();
                    }

                    return made;
                }

                if (found.Length == length && string.CompareOrdinal(found, 0, text, start, length) == 0)
                {
                    return found;
                }
            }
        }

        private void Grow()
        {
            var old = table;
            table = new string?[old.Length * 2];
            var mask = table.Length - 1;
            foreach (var s in old)
            {
                if (s is not null)
                {
                    var i = Hash(s, 0, s.Length) & mask;
                    while (table[i] is not null)
                    {
                        i = (i + 1) & mask;
                    }

                    table[i] = s;
                }
            }
        }

        /// <summary>FNV-1a over the characters, non-negative.</summary>
        private static int Hash(string text, int start, int length)
        {
            var hash = 2166136261u;
            for (var i = start; i < start + length; i++)
            {
                hash = (hash ^ text[i]) * 16777619u;
            }

            return (int)(hash & 0x7FFFFFFF);
        }
    }
}
