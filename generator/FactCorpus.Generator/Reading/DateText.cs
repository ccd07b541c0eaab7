using System;

namespace FactCorpus.Generator.Reading
{
    /// <summary>Parses the date forms of the format (2025, 2025-03, 2025-03-11) without culture or DateTime parsing.</summary>
    internal static class DateText
    {
        public static bool TryParse(string text, out int year, out int month, out int day)
        {
            year = month = day = 0;
            var parts = text.Split('-');
            if (parts.Length > 3 || parts[0].Length != 4 || !Digits(parts[0], out year) || year == 0)
            {
                return false;
            }

            if (parts.Length > 1 && (parts[1].Length != 2 || !Digits(parts[1], out month) || month is < 1 or > 12))
            {
                return false;
            }

            return parts.Length < 3
                || (parts[2].Length == 2 && Digits(parts[2], out day) && day >= 1 && day <= DateTime.DaysInMonth(year, month));
        }

        private static bool Digits(string text, out int value)
        {
            value = 0;
            foreach (var c in text)
            {
                if (c is < '0' or > '9')
                {
                    return false;
                }

                value = (value * 10) + (c - '0');
            }

            return true;
        }
    }
}
