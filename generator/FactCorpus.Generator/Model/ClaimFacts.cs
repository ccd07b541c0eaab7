namespace FactCorpus.Generator.Model
{
    /// <summary>
    /// What the conflict check (<see cref="Validation.ClaimConflicts"/>) reads of one valid claim that is reported or
    /// disputed: who claims what of what, reported by whom, when, and whether it is marked disputed with a note; where
    /// it is as a message names it (<see cref="Place"/>, file(line,col), made when a message asks: a string each
    /// would be kept for each claim) and the key of its file (for a link to its member). No offset into the file and nothing else of the claim, so editing its statement or evidence, or text
    /// on its lines, leaves it equal and the corpus's conflicts are not looked for again.
    /// </summary>
    /// <param name="Value">The value, an entity value's id without where it is written.</param>
    internal readonly record struct ClaimFacts(
        string Id,
        string FilePath,
        int Line,
        int Column,
        string FileKey,
        string Subject,
        string Predicate,
        ValueSpec Value,
        string SaidBy,
        string Source,
        DateSpec? Date,
        DateSpec? AsOf,
        bool DisputedWithNote)
    {
        /// <summary>file(line,col), 1-based, as <see cref="LocationInfo.Display"/> names a place.</summary>
        public string Place => LocationInfo.DisplayOf(FilePath, Line, Column);
    }

    /// <summary>The <see cref="ClaimFacts"/> of one file's valid claims, ordered by id; or FC0002 when they could not be taken.</summary>
    internal sealed record FileClaimFacts(string Path, EquatableArray<ClaimFacts> Claims, Diagnostics.DiagnosticInfo? Failure = null);
}
