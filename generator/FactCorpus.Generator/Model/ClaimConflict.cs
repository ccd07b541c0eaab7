using FactCorpus.Generator.Diagnostics;

namespace FactCorpus.Generator.Model
{
    /// <summary>
    /// A claim of a file that conflicts with another claim (<see cref="Validation.ClaimConflicts"/>): the other's id and
    /// the key of its file (to link to its member), and the warning (FC4001) located at this claim, or null when both
    /// are marked disputed with a note. Each conflict is two of these, one at each claim.
    /// </summary>
    internal sealed record ClaimConflict(string ClaimId, string OtherId, string OtherFileKey, DiagnosticInfo? Warning);
}
