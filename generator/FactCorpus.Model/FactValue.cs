using System.Globalization;

namespace FactCorpus.Model
{
    /// <summary>The typed value of a claim: a quantity, duration, date, entity or text.</summary>
    public abstract class FactValue
    {
        private protected FactValue()
        {
        }

        private protected static string Bounded(Bound bound, decimal amount, string unit)
        {
            var prefix = bound switch
            {
                Bound.Approximately => "about ",
                Bound.AtLeast => "at least ",
                Bound.AtMost => "at most ",
                Bound.MoreThan => "more than ",
                Bound.LessThan => "less than ",
                _ => "",
            };
            return prefix + amount.ToString(CultureInfo.InvariantCulture) + " " + unit;
        }
    }

    /// <summary>A number with a unit and a bound ("about 5 percent").</summary>
    public sealed class QuantityValue : FactValue
    {
        /// <summary>Creates a quantity; called by generated code.</summary>
        public QuantityValue(decimal amount, string unit, Bound bound)
        {
            Amount = amount;
            Unit = unit;
            Bound = bound;
        }

        /// <summary>The number.</summary>
        public decimal Amount { get; }

        /// <summary>The unit, as written in the corpus ("percent", "people").</summary>
        public string Unit { get; }

        /// <summary>How the number relates to the true value.</summary>
        public Bound Bound { get; }

        /// <inheritdoc />
        public override string ToString() => Bounded(Bound, Amount, Unit);
    }

    /// <summary>A length of time with a bound ("more than 8 hours").</summary>
    public sealed class DurationValue : FactValue
    {
        /// <summary>Creates a duration; called by generated code.</summary>
        public DurationValue(decimal amount, TimeUnit unit, Bound bound)
        {
            Amount = amount;
            Unit = unit;
            Bound = bound;
        }

        /// <summary>The number of units.</summary>
        public decimal Amount { get; }

        /// <summary>The unit of time.</summary>
        public TimeUnit Unit { get; }

        /// <summary>How the number relates to the true value.</summary>
        public Bound Bound { get; }

        /// <inheritdoc />
        public override string ToString() =>
            Bounded(Bound, Amount, Unit.ToString().ToLowerInvariant() + (Amount == 1 ? "" : "s"));
    }

    /// <summary>A date value.</summary>
    public sealed class DateValue : FactValue
    {
        /// <summary>Creates a date value; called by generated code.</summary>
        public DateValue(PartialDate date) => Date = date;

        /// <summary>The date.</summary>
        public PartialDate Date { get; }

        /// <inheritdoc />
        public override string ToString() => Date.ToString();
    }

    /// <summary>A value that is another entity of the corpus.</summary>
    public sealed class EntityValue : FactValue
    {
        /// <summary>Creates an entity value; called by generated code.</summary>
        public EntityValue(Entity entity) => Entity = entity;

        /// <summary>The entity.</summary>
        public Entity Entity { get; }

        /// <inheritdoc />
        public override string ToString() => Entity.Name;
    }

    /// <summary>A free-text value.</summary>
    public sealed class TextValue : FactValue
    {
        /// <summary>Creates a text value; called by generated code.</summary>
        public TextValue(string text) => Text = text;

        /// <summary>The text.</summary>
        public string Text { get; }

        /// <inheritdoc />
        public override string ToString() => Text;
    }
}
