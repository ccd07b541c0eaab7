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
    /// A claim's typed value. Which members are set depends on Kind: Amount, Unit and Bound for quantities and
    /// durations (Unit is the runtime TimeUnit member name for durations), Date, Entity or Text otherwise.
    /// </summary>
    internal sealed record ValueSpec(
        ValueKind Kind,
        decimal Amount,
        string Unit,
        string Bound,
        DateSpec? Date,
        LocatedText? Entity,
        string Text);
}
