using System;
using FactCorpus.Generator.Model;

namespace FactCorpus.Generator.Validation
{
    /// <summary>
    /// The numbers a bounded amount can mean, as an interval whose ends may be open or missing (unbounded): exact 8 is
    /// [8, 8], more than 8 is (8, ∞), at most 8 is (−∞, 8], about 8 is [7.2, 8.8] (<see cref="Approximately"/>
    /// either side). A duration is in minutes, a month being 28 to 31 days and a year 365 to 366, so its interval
    /// covers every length the unit can have: "1 month" is [28, 31] days. Two claims' amounts can both hold when
    /// their intervals share a number (<see cref="Overlaps"/>).
    /// </summary>
    internal readonly struct ValueRange
    {
        /// <summary>How far either side of its amount "about" reaches, as a share of the amount.</summary>
        public const decimal Approximately = 0.1m;

        private ValueRange(decimal? low, bool lowOpen, decimal? high, bool highOpen)
        {
            Low = low;
            LowOpen = lowOpen;
            High = high;
            HighOpen = highOpen;
        }

        public decimal? Low { get; }

        public bool LowOpen { get; }

        public decimal? High { get; }

        public bool HighOpen { get; }

        /// <summary>The interval of a quantity, whose unit is taken as written.</summary>
        public static ValueRange? Of(decimal amount, Bound bound) => Of(amount, bound, 1, 1);

        /// <summary>The interval of a duration, in minutes.</summary>
        public static ValueRange? Of(decimal amount, TimeUnit unit, Bound bound)
        {
            var (shortest, longest) = Minutes(unit);
            return Of(amount, bound, shortest, longest);
        }

        /// <summary>
        /// Null when the amount is too large to scale (past decimal's 7.9e28): such a value is compared with nothing.
        /// </summary>
        private static ValueRange? Of(decimal amount, Bound bound, decimal shortest, decimal longest)
        {
            try
            {
                // A negative amount scales the other way round.
                var low = Math.Min(amount * shortest, amount * longest);
                var high = Math.Max(amount * shortest, amount * longest);
                return bound switch
                {
                    Bound.Approximately => new ValueRange(low - (Math.Abs(low) * Approximately), false, high + (Math.Abs(high) * Approximately), false),
                    Bound.AtLeast => new ValueRange(low, false, null, false),
                    Bound.MoreThan => new ValueRange(low, true, null, false),
                    Bound.AtMost => new ValueRange(null, false, high, false),
                    Bound.LessThan => new ValueRange(null, false, high, true),
                    _ => new ValueRange(low, false, high, false),
                };
            }
            catch (OverflowException)
            {
                return null;
            }
        }

        /// <summary>The shortest and longest a unit of time can be, in minutes.</summary>
        private static (decimal Shortest, decimal Longest) Minutes(TimeUnit unit) => unit switch
        {
            TimeUnit.Minute => (1, 1),
            TimeUnit.Hour => (60, 60),
            TimeUnit.Day => (Day, Day),
            TimeUnit.Week => (7 * Day, 7 * Day),
            TimeUnit.Month => (28 * Day, 31 * Day),
            _ => (365 * Day, 366 * Day),
        };

        private const decimal Day = 24 * 60;

        /// <summary>True when some number lies in both intervals.</summary>
        public bool Overlaps(ValueRange other) => !Below(this, other) && !Below(other, this);

        /// <summary>Every number of <paramref name="a"/> is below every number of <paramref name="b"/>.</summary>
        private static bool Below(ValueRange a, ValueRange b) =>
            a.High is { } high && b.Low is { } low && (high < low || (high == low && (a.HighOpen || b.LowOpen)));
    }
}
