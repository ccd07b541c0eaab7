using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FactCorpus.Generator.Diagnostics;
using FactCorpus.Generator.Model;
using FactCorpus.Shared;

namespace FactCorpus.Generator.Validation
{
    /// <summary>
    /// Finds claims that contradict each other across the corpus (docs/format.md, "Conflicting claims"). Two valid
    /// claims conflict when they have the same subject and predicate, values that cannot both hold, different sources
    /// or speakers, and times that overlap; a claim retracted or superseded takes part in none. Each conflict is
    /// located at both claims (FC4001), unless both are marked disputed with a note. Claims are grouped by subject
    /// and predicate with a dictionary, so only the claims of one group are compared with each other (pairwise: a
    /// group is the few claims of one property of one thing).
    /// </summary>
    internal static class ClaimConflicts
    {
        /// <summary>Where a projected entity value is said to be: nowhere, as only its id is compared.</summary>
        private static readonly LocationInfo Unplaced = LocationInfo.StartOf("");

        /// <summary>What the check reads of a validated file: its valid claims that are reported or disputed.</summary>
        public static FileClaimFacts Project(CheckedFile file)
        {
            var key = file.Symbols.File(file.Validated.Path)?.Key ?? "";
            // Sized to the claims it will hold: grown by doubling, the builder threw away twice what a file keeps.
            var claims = ImmutableArray.CreateBuilder<ClaimFacts>(file.Validated.Items.Claims.Count(Projected));
            foreach (var claim in file.Validated.Items.Claims)
            {
                if (Projected(claim))
                {
                    var value = claim.Value!.Value;
                    claims.Add(new ClaimFacts(
                        claim.Id.Text, file.Validated.Path, claim.Id.StartLine, claim.Id.StartColumn, key, claim.Subject!.Text, claim.Predicate,
                        value.Entity is { } entity ? value with { Entity = new LocatedText(entity.Text, Unplaced) } : value,
                        claim.SaidBy!.Text, claim.Source!.Text, claim.Date, claim.AsOf,
                        DisputedWithNote: claim.Status == ClaimStatus.Disputed && !string.IsNullOrWhiteSpace(claim.Note)));
                }
            }

            return new FileClaimFacts(file.Validated.Path, new EquatableArray<ClaimFacts>(claims.MoveToImmutable()));
        }

        private static bool Projected(ClaimSpec claim) => claim.Status is ClaimStatus.Reported or ClaimStatus.Disputed;

        /// <summary>
        /// Every conflict, twice (once at each claim), by file. Each file's list is sorted, so the result is the same
        /// whatever order the files come in. Runs whenever a file's claims change, so it allocates nothing a claim:
        /// the claims of one subject and predicate are chained by index, and only chains of two or more are compared.
        /// </summary>
        public static CorpusConflicts Find(IReadOnlyList<FileClaimFacts> files)
        {
            var count = 0;
            foreach (var file in files)
            {
                count += file.Claims.Count;
            }

            // Each claim as its file and its place there (the claims are values, not copied into one array).
            var claims = new (int File, int Index)[count];
            // Each claim's next claim of the same subject and predicate, -1 at the end; the first of each in `first`.
            var next = new int[count];
            var first = new Dictionary<(string Subject, string Predicate), int>(count);
            var grouped = false;
            var at = 0;
            for (var f = 0; f < files.Count; f++)
            {
                var fileClaims = files[f].Claims;
                for (var c = 0; c < fileClaims.Count; c++)
                {
                    var claim = fileClaims[c];
                    claims[at] = (f, c);
                    var key = (claim.Subject, claim.Predicate);
                    if (first.TryGetValue(key, out var head))
                    {
                        next[at] = head;
                        grouped = true;
                    }
                    else
                    {
                        next[at] = -1;
                    }

                    first[key] = at++;
                }
            }

            var byPath = new Dictionary<string, List<ClaimConflict>>(StringComparer.Ordinal);
            if (grouped)
            {
                foreach (var head in first.Values)
                {
                    for (var i = head; i >= 0; i = next[i])
                    {
                        for (var j = next[i]; j >= 0; j = next[j])
                        {
                            var (a, b) = (Claim(files, claims[i]), Claim(files, claims[j]));
                            if (Conflict(a, b))
                            {
                                var accepted = a.DisputedWithNote && b.DisputedWithNote;
                                Add(byPath, files[claims[i].File].Path, new ClaimConflict(a.Id, b.Id, b.FileKey, accepted ? EquatableArray<string>.Empty : WarningArgs(a, b)));
                                Add(byPath, files[claims[j].File].Path, new ClaimConflict(b.Id, a.Id, a.FileKey, accepted ? EquatableArray<string>.Empty : WarningArgs(b, a)));
                            }
                        }
                    }
                }
            }

            return new CorpusConflicts(
                byPath.ToDictionary(
                    p => p.Key,
                    p => p.Value.OrderBy(c => c.ClaimId, StringComparer.Ordinal).ThenBy(c => c.OtherId, StringComparer.Ordinal).ToEquatableArray(),
                    StringComparer.Ordinal),
                files.Select(f => f.Failure).OfType<DiagnosticInfo>().OrderBy(f => f.Location.FilePath, StringComparer.Ordinal).ToEquatableArray());
        }

        private static ClaimFacts Claim(IReadOnlyList<FileClaimFacts> files, (int File, int Index) at) => files[at.File].Claims[at.Index];

        private static void Add(Dictionary<string, List<ClaimConflict>> byPath, string path, ClaimConflict conflict)
        {
            if (!byPath.TryGetValue(path, out var list))
            {
                byPath.Add(path, list = new List<ClaimConflict>());
            }

            list.Add(conflict);
        }

        /// <summary>The rule, for two claims of one subject and predicate.</summary>
        public static bool Conflict(in ClaimFacts a, in ClaimFacts b) =>
            (a.Source != b.Source || a.SaidBy != b.SaidBy) && OverlapInTime(a, b) && CannotBothHold(a.Value, b.Value);

        /// <summary>
        /// A claim holds at its as_of when given, else at its date (when it was made); a claim with neither may hold at
        /// any time. A date is the span of days it can mean: 2025-03 overlaps 2025-03-11 and 2025, not 2025-04.
        /// </summary>
        public static bool OverlapInTime(in ClaimFacts a, in ClaimFacts b) =>
            (a.AsOf ?? a.Date) is not { } x || (b.AsOf ?? b.Date) is not { } y || Overlap(x, y);

        private static bool Overlap(DateSpec a, DateSpec b) => First(a) <= Last(b) && First(b) <= Last(a);

        /// <summary>The first and last day a date can mean, as yyyymmdd numbers (a month's last day as its 31st, which orders the same).</summary>
        private static int First(DateSpec date) => (date.Year * 10000) + (Math.Max(date.Month, 1) * 100) + Math.Max(date.Day, 1);

        private static int Last(DateSpec date) => (date.Year * 10000) + ((date.Month == 0 ? 12 : date.Month) * 100) + (date.Day == 0 ? 31 : date.Day);

        /// <summary>
        /// Per kind: quantities of the same unit (ignoring case) and durations whose intervals share no number
        /// (<see cref="ValueRange"/>); dates whose spans share no day; different entities; texts that differ after the
        /// normalisation of evidence, ignoring case. Values of different kinds, or quantities of different units, are
        /// never compared.
        /// </summary>
        public static bool CannotBothHold(ValueSpec a, ValueSpec b)
        {
            if (a.Kind != b.Kind)
            {
                return false;
            }

            switch (a.Kind)
            {
                case ValueKind.Quantity:
                    return string.Equals(a.Unit.Trim(), b.Unit.Trim(), StringComparison.OrdinalIgnoreCase)
                        && Disjoint(ValueRange.Of(a.Amount, a.Bound), ValueRange.Of(b.Amount, b.Bound));
                case ValueKind.Duration:
                    return Disjoint(ValueRange.Of(a.Amount, a.TimeUnit, a.Bound), ValueRange.Of(b.Amount, b.TimeUnit, b.Bound));
                case ValueKind.Date:
                    return !Overlap(a.Date!.Value, b.Date!.Value);
                case ValueKind.Entity:
                    return a.Entity!.Text != b.Entity!.Text;
                default:
                    return !string.Equals(TextNormalizer.Normalize(a.Text), TextNormalizer.Normalize(b.Text), StringComparison.OrdinalIgnoreCase);
            }
        }

        private static bool Disjoint(ValueRange? a, ValueRange? b) => a is { } x && b is { } y && !x.Overlaps(y);

        /// <summary>The arguments of FC4001 at <paramref name="claim"/>, naming <paramref name="other"/> and where it is.</summary>
        private static EquatableArray<string> WarningArgs(ClaimFacts claim, ClaimFacts other) => ImmutableArray.Create(
            "claims." + claim.Id,
            claim.Predicate.Replace('_', ' '),
            claim.Subject,
            Describe(claim.Value),
            Attribution(claim),
            "claims." + other.Id,
            other.Place,
            Describe(other.Value),
            Attribution(other)).ToEquatableArray();

        /// <summary>A value as the message shows it: "more than 8 hours", "2014", "crimea", "'a long-term peace'".</summary>
        private static string Describe(ValueSpec value) => value.Kind switch
        {
            ValueKind.Quantity => ValueText.Bounded(value.Bound.ToString(), value.Amount, value.Unit),
            ValueKind.Duration => ValueText.Bounded(value.Bound.ToString(), value.Amount, ValueText.TimeUnit(value.TimeUnit.ToString(), value.Amount)),
            ValueKind.Date => value.Date is { } date ? ValueText.Date(date.Year, date.Month, date.Day) : "",
            ValueKind.Entity => value.Entity!.Text,
            _ => "'" + value.Text + "'",
        };

        /// <summary>"said by marco_rubio, reported by talks_article, as of 2025-03".</summary>
        private static string Attribution(ClaimFacts claim)
        {
            var text = "said by " + claim.SaidBy + ", reported by " + claim.Source;
            return claim.AsOf is { } asOf ? text + ", as of " + ValueText.Date(asOf.Year, asOf.Month, asOf.Day)
                : claim.Date is { } date ? text + ", stated " + ValueText.Date(date.Year, date.Month, date.Day)
                : text;
        }
    }
}
