namespace FactCorpus.Model
{
    /// <summary>
    /// Two claims that conflict: the same subject and predicate, values that cannot both hold, from different sources
    /// or speakers, at overlapping times (docs/format.md, "Conflicting claims"). The build found them and warned
    /// (FC4001) unless both are marked disputed with a note; <see cref="Claim.Status"/> and <see cref="Claim.Note"/> say which.
    /// </summary>
    public sealed class ConflictingClaims
    {
        internal ConflictingClaims(Claim first, Claim second)
        {
            First = first;
            Second = second;
        }

        /// <summary>The claim whose id comes first (ordinal).</summary>
        public Claim First { get; }

        /// <summary>The other claim.</summary>
        public Claim Second { get; }

        /// <inheritdoc />
        public override string ToString() => First.Id + " / " + Second.Id;
    }
}
