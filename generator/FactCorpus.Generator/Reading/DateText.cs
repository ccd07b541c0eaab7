using System;

namespace FactCorpus.Generator.Reading
{
    /// <summary>Parses the date forms of the format (2025, 2025-03, 2025-03-11) without culture or DateTime parsing.</summary>
    internal static class DateText
    {
        private static readonly string[] MonthNames =
        {
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        };

        /// <summary>Null for a date of the format that exists; else what is wrong with it, in words, quoting <paramref name="text"/>.</summary>
        public static string? Check(string text, out int year, out int month, out int day)
        {
            year = month = day = 0;
            var parts = text.Split('-');
            if (parts.Length > 3 || parts[0].Length != 4 || !Digits(parts[0], out year) || year == 0
                || (parts.Length > 1 && (parts[1].Length != 2 || !Digits(parts[1], out month)))
                || (parts.Length > 2 && (parts[2].Length != 2 || !Digits(parts[2], out day))))
            {
                return $"'{text}' is not a date written 2025, 2025-03 or 2025-03-11";
            }

            if (parts.Length > 1 && month is < 1 or > 12)
            {
                return $"'{text}' has month {parts[1]}; months go from 01 to 12";
            }

            if (parts.Length > 2 && (day < 1 || day > DateTime.DaysInMonth(year, month)))
            {
                return day < 1
                    ? $"'{text}' has day {parts[2]}; days start at 01"
                    : $"'{text}' has day {parts[2]}, but {MonthNames[month - 1]} {parts[0]} has {DateTime.DaysInMonth(year, month)} days";
            }

            return null;
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
