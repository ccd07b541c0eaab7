namespace FactCorpus.Generator.Model
{
    /// <summary>The kinds of claim value, named as in the YAML `kind` field.</summary>
    internal enum ValueKind
    {
        Quantity,
        Duration,
        Date,
        Entity,
        Text,
    }

    /// <summary>
    /// A claim's typed value. Which members are set depends on Kind: Amount, Unit (free text) and Bound for
    /// quantities; Amount, TimeUnit and Bound for durations; Date, Entity or Text otherwise.
    /// </summary>
    internal readonly record struct ValueSpec(
        ValueKind Kind,
        decimal Amount,
        string Unit,
        TimeUnit TimeUnit,
        Bound Bound,
        DateSpec? Date,
        LocatedText? Entity,
        string Text);
}
