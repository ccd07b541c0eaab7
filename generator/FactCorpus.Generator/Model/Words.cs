namespace FactCorpus.Generator.Model
{
    // The closed word lists of the format as the generator holds them. Each member is named as the member of the
    // runtime enum of FactCorpus.Model it becomes, so the emitted code names it by its ToString(); Vocabulary maps
    // the YAML words to them.

    internal enum EntityKind
    {
        Person,
        Country,
        Organization,
        Place,
        Group,
        Unnamed,
        Topic,
    }

    internal enum Bound
    {
        Exact,
        Approximately,
        AtLeast,
        AtMost,
        MoreThan,
        LessThan,
    }

    internal enum ClaimStatus
    {
        Reported,
        Disputed,
        Retracted,
        Superseded,
    }

    internal enum QuoteMode
    {
        Direct,
        Indirect,
    }

    internal enum DateOrigin
    {
        Source,
        Curator,
    }

    internal enum TimeUnit
    {
        Minute,
        Hour,
        Day,
        Week,
        Month,
        Year,
    }
}
