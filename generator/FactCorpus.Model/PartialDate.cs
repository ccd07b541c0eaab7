using System;
using FactCorpus.Shared;

namespace FactCorpus.Model
{
    /// <summary>A calendar date known to a precision of a year, a month or a day.</summary>
    public sealed class PartialDate : IComparable<PartialDate>
    {
        /// <summary>Creates a date the source gives; <paramref name="month"/> and <paramref name="day"/> are 0 when not known.</summary>
        public PartialDate(int year, int month, int day, string? resolvedFrom)
            : this(year, month, day, resolvedFrom, DateOrigin.Source)
        {
        }

        /// <summary>Creates a date, from the source or the curator; <paramref name="month"/> and <paramref name="day"/> are 0 when not known.</summary>
        public PartialDate(int year, int month, int day, string? resolvedFrom, DateOrigin origin)
        {
            Year = year;
            Month = month;
            Day = day;
            ResolvedFrom = resolvedFrom;
            Origin = origin;
        }

        /// <summary>The year.</summary>
        public int Year { get; }

        /// <summary>The month (1–12), or 0 when only the year is known.</summary>
        public int Month { get; }

        /// <summary>The day of the month, or 0 when not known.</summary>
        public int Day { get; }

        /// <summary>How much of the date is known.</summary>
        public DatePrecision Precision => Day != 0 ? DatePrecision.Day : Month != 0 ? DatePrecision.Month : DatePrecision.Year;

        /// <summary>The words the date was resolved from ("Tuesday", "January 20"), when it was not written as a date; for a curator's date, why the curator dates it so.</summary>
        public string? ResolvedFrom { get; }

        /// <summary>Whether the source gives the date or the curator does, from knowledge outside the source (a weekday resolved to a day, a publication date the text does not give).</summary>
        public DateOrigin Origin { get; }

        /// <summary>The first day the date can mean.</summary>
        public DateTime Start => new DateTime(Year, Math.Max(Month, 1), Math.Max(Day, 1));

        /// <summary>The last day the date can mean.</summary>
        public DateTime End => Precision switch
        {
            DatePrecision.Day => Start,
            DatePrecision.Month => Start.AddMonths(1).AddDays(-1),
            _ => Start.AddYears(1).AddDays(-1),
        };

        /// <summary>True when every day the date can mean lies in [<paramref name="from"/>, <paramref name="to"/>]: March 2025 is within 1–31 March, not within 10–20 March.</summary>
        public bool IsWithin(DateTime from, DateTime to) => Start >= from.Date && End <= to.Date;

        /// <summary>True when some day the date can mean lies in [<paramref name="from"/>, <paramref name="to"/>]: March 2025 overlaps 10–20 March.</summary>
        public bool Overlaps(DateTime from, DateTime to) => Start <= to.Date && End >= from.Date;

        /// <summary>Orders by start, then the less precise date first.</summary>
        public int CompareTo(PartialDate? other)
        {
            if (other is null) return 1;
            var byStart = Start.CompareTo(other.Start);
            return byStart != 0 ? byStart : Precision.CompareTo(other.Precision);
        }

        /// <summary>ISO 8601 text at the date's precision: 2025, 2025-03 or 2025-03-11.</summary>
        public override string ToString() => ValueText.Date(Year, Month, Day);
    }
}
