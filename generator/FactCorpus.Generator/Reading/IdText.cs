namespace FactCorpus.Generator.Reading
{
    /// <summary>
    /// The form of ids and snake_case names: ASCII letters, digits and '_', starting with a letter. Kept to
    /// ASCII so every id maps to a C# identifier the same way on every machine.
    /// </summary>
    internal static class IdText
    {
        public static bool IsValid(string text)
        {
            if (text.Length == 0 || !IsLetter(text[0]))
            {
                return false;
            }

            foreach (var c in text)
            {
                if (!IsLetter(c) && c is not (>= '0' and <= '9') && c != '_')
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');
    }
}
