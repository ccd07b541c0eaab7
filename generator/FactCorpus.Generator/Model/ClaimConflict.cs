namespace FactCorpus.Generator.Model
{
    /// <summary>
    /// A claim of a file that conflicts with another claim (<see cref="Validation.ClaimConflicts"/>): the other's id and
    /// the key of its file (to link to its member), and the arguments of the warning (FC4001) at this claim, empty when
    /// both are marked disputed with a note. The warning is located when the file's diagnostics are made
    /// (<see cref="CorpusSteps.Diagnostics"/>), from the file's own claims. Each conflict is two of these, one at each claim.
    /// </summary>
    internal sealed record ClaimConflict(string ClaimId, string OtherId, string OtherFileKey, EquatableArray<string> WarningArgs);
}
