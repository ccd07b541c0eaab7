using FactCorpus.Shared;

namespace FactCorpus.Model
{
    /// <summary>The typed value of a claim: a quantity, duration, date, entity or text.</summary>
    public abstract class FactValue
    {
        private protected FactValue()
        {
        }
    }

    /// <summary>A number with a bound, as the source states it: the common part of quantities and durations.</summary>
    public abstract class MeasuredValue : FactValue
    {
        private protected MeasuredValue(decimal amount, Bound bound)
        {
            Amount = amount;
            Bound = bound;
        }

        /// <summary>The number.</summary>
        public decimal Amount { get; }

        /// <summary>How the number relates to the true value.</summary>
        public Bound Bound { get; }
    }

    /// <summary>A number with a unit and a bound ("about 5 percent").</summary>
    public sealed class QuantityValue : MeasuredValue
    {
        /// <summary>Creates a quantity; called by generated code.</summary>
        public QuantityValue(decimal amount, string unit, Bound bound)
            : base(amount, bound) => Unit = unit;

        /// <summary>The unit, as written in the corpus ("percent", "people").</summary>
        public string Unit { get; }

        /// <inheritdoc />
        public override string ToString() => ValueText.Bounded(Bound.ToString(), Amount, Unit);
    }

    /// <summary>A length of time with a bound ("more than 8 hours").</summary>
    public sealed class DurationValue : MeasuredValue
    {
        /// <summary>Creates a duration; called by generated code.</summary>
        public DurationValue(decimal amount, TimeUnit unit, Bound bound)
            : base(amount, bound) => Unit = unit;

        /// <summary>The unit of time.</summary>
        public TimeUnit Unit { get; }

        /// <inheritdoc />
        public override string ToString() =>
            ValueText.Bounded(Bound.ToString(), Amount, ValueText.TimeUnit(Unit.ToString(), Amount));
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
