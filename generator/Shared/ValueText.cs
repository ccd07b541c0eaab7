using System.Globalization;

namespace FactCorpus.Shared
{
    /// <summary>
    /// How values read in plain words ("about 5 percent", "2025-03"). Compiled into both the runtime model
    /// (ToString) and the generator (doc comments), so a hover and a printed value always say the same.
    /// </summary>
    internal static class ValueText
    {
        /// <summary>A bounded amount; <paramref name="bound"/> is a FactCorpus.Model.Bound member name.</summary>
        public static string Bounded(string bound, decimal amount, string unit) => BoundWords(bound) + Amount(amount) + " " + unit;

        /// <summary>The words before a bounded amount, "more than " for MoreThan; <paramref name="bound"/> is a FactCorpus.Model.Bound member name.</summary>
        public static string BoundWords(string bound) => bound switch
        {
            "Approximately" => "about ",
            "AtLeast" => "at least ",
            "AtMost" => "at most ",
            "MoreThan" => "more than ",
            "LessThan" => "less than ",
            _ => "",
        };

        public static string Amount(decimal amount) => amount.ToString(CultureInfo.InvariantCulture);

        /// <summary>A duration unit in words, plural unless the amount is one; <paramref name="unit"/> is a TimeUnit member name.</summary>
        public static string TimeUnit(string unit, decimal amount) => TimeUnit(unit, IsOne(amount));

        public static string TimeUnit(string unit, bool one) => unit.ToLowerInvariant() + (one ? "" : "s");

        public static bool IsOne(decimal amount) => amount == 1;

        /// <summary>ISO 8601 at the date's precision: 2025, 2025-03 or 2025-03-11 (month and day 0 when unknown).</summary>
        public static string Date(int year, int month, int day) =>
            year.ToString("D4", CultureInfo.InvariantCulture)
            + (month == 0 ? "" : "-" + month.ToString("D2", CultureInfo.InvariantCulture))
            + (day == 0 ? "" : "-" + day.ToString("D2", CultureInfo.InvariantCulture));
    }
}
