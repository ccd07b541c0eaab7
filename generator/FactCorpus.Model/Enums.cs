namespace FactCorpus.Model
{
    /// <summary>What kind of actor or thing an <see cref="Entity"/> is.</summary>
    public enum EntityKind
    {
        /// <summary>A named person.</summary>
        Person,
        /// <summary>A country or state.</summary>
        Country,
        /// <summary>An organization, ministry, council or company.</summary>
        Organization,
        /// <summary>A city, region or other place.</summary>
        Place,
        /// <summary>A group of people or parties (delegations, "both sides").</summary>
        Group,
        /// <summary>An actor the source does not name ("a prominent Russian politician").</summary>
        Unnamed,
        /// <summary>A thing under discussion: a proposal, an agreement, a war.</summary>
        Topic,
    }

    /// <summary>How a number relates to the true value, as the source states it.</summary>
    public enum Bound
    {
        /// <summary>Exactly the amount.</summary>
        Exact,
        /// <summary>About the amount ("about 5%").</summary>
        Approximately,
        /// <summary>The amount or more ("at least").</summary>
        AtLeast,
        /// <summary>The amount or less ("at most").</summary>
        AtMost,
        /// <summary>Strictly more than the amount ("more than eight hours").</summary>
        MoreThan,
        /// <summary>Strictly less than the amount ("less than").</summary>
        LessThan,
    }

    /// <summary>The standing of a claim in the corpus.</summary>
    public enum ClaimStatus
    {
        /// <summary>The source reports it; nothing contradicts it in the corpus.</summary>
        Reported,
        /// <summary>Other reporting contradicts it; see the claim's note.</summary>
        Disputed,
        /// <summary>The source withdrew it.</summary>
        Retracted,
        /// <summary>A later claim replaces it.</summary>
        Superseded,
    }

    /// <summary>Whether a quote is verbatim or reported speech.</summary>
    public enum QuoteMode
    {
        /// <summary>The speaker's words, verbatim.</summary>
        Direct,
        /// <summary>Reported speech, paraphrased by the source.</summary>
        Indirect,
    }

    /// <summary>How much of a <see cref="PartialDate"/> is known.</summary>
    public enum DatePrecision
    {
        /// <summary>Only the year.</summary>
        Year,
        /// <summary>Year and month.</summary>
        Month,
        /// <summary>Year, month and day.</summary>
        Day,
    }

    /// <summary>Who a <see cref="PartialDate"/> comes from: the source's text, or the curator's knowledge outside it.</summary>
    public enum DateOrigin
    {
        /// <summary>The source's text gives the date, at its precision.</summary>
        Source,
        /// <summary>The curator resolved it from knowledge outside the source (YAML <c>by: curator</c>); <see cref="PartialDate.ResolvedFrom"/> says why.</summary>
        Curator,
    }

    /// <summary>The unit of a <see cref="DurationValue"/>.</summary>
    public enum TimeUnit
    {
        /// <summary>Minutes.</summary>
        Minute,
        /// <summary>Hours.</summary>
        Hour,
        /// <summary>Days.</summary>
        Day,
        /// <summary>Weeks.</summary>
        Week,
        /// <summary>Months.</summary>
        Month,
        /// <summary>Years.</summary>
        Year,
    }
}

namespace FactCorpus.Model
{
    /// <summary>How a date range query treats dates known only to a month or a year.</summary>
    public enum DateMatch
    {
        /// <summary>The whole span of the date lies in the range (certainly in it).</summary>
        Within,
        /// <summary>Part of the span of the date lies in the range (possibly in it).</summary>
        Overlaps,
    }
}
