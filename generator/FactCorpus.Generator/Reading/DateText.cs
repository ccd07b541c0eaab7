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

            // The parts between the '-'s, found by their places: a split would make four objects a date.
            var first = text.IndexOf('-');
            var second = first < 0 ? -1 : text.IndexOf('-', first + 1);
            var parts = first < 0 ? 1 : second < 0 ? 2 : 3;
            var monthEnd = second < 0 ? text.Length : second;
            if ((second >= 0 && text.IndexOf('-', second + 1) >= 0)
                || (first < 0 ? text.Length : first) != 4 || !Digits(text, 0, 4, out year) || year == 0
                || (parts > 1 && (monthEnd - first - 1 != 2 || !Digits(text, first + 1, 2, out month)))
                || (parts > 2 && (text.Length - second - 1 != 2 || !Digits(text, second + 1, 2, out day))))
            {
                return $"'{text}' is not a date written 2025, 2025-03 or 2025-03-11";
            }

            if (parts > 1 && month is < 1 or > 12)
            {
                return $"'{text}' has month {text.Substring(first + 1, 2)}; months go from 01 to 12";
            }

            if (parts > 2 && (day < 1 || day > DateTime.DaysInMonth(year, month)))
            {
                return day < 1
                    ? $"'{text}' has day {text.Substring(second + 1, 2)}; days start at 01"
                    : $"'{text}' has day {text.Substring(second + 1, 2)}, but {MonthNames[month - 1]} {text.Substring(0, 4)} has {DateTime.DaysInMonth(year, month)} days";
            }

            return null;
        }

        /// <summary>The number written by the <paramref name="count"/> characters at <paramref name="start"/>, if they are all digits.</summary>
        private static bool Digits(string text, int start, int count, out int value)
        {
            value = 0;
            for (var i = start; i < start + count; i++)
            {
                var c = text[i];
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
