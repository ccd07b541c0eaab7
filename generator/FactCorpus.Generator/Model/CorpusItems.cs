namespace FactCorpus.Generator.Model
{
    /// <summary>The five sections of the format: what one file declares, or what the validated corpus keeps.</summary>
    internal sealed record CorpusItems(
        EquatableArray<SourceSpec> Sources,
        EquatableArray<EntitySpec> Entities,
        EquatableArray<ClaimSpec> Claims,
        EquatableArray<QuoteSpec> Quotes,
        EquatableArray<EventSpec> Events)
    {
        public static readonly CorpusItems Empty = new(
            EquatableArray<SourceSpec>.Empty,
            EquatableArray<EntitySpec>.Empty,
            EquatableArray<ClaimSpec>.Empty,
            EquatableArray<QuoteSpec>.Empty,
            EquatableArray<EventSpec>.Empty);

        /// <summary>How many items the five sections hold.</summary>
        public int Count => Sources.Count + Entities.Count + Claims.Count + Quotes.Count + Events.Count;
    }
}
