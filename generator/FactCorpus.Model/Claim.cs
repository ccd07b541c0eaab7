using System.Collections.Generic;

namespace FactCorpus.Model
{
    /// <summary>
    /// What a source claims about a subject, attributed to whoever said it. A claim records that something
    /// was said and reported, never that it is true.
    /// </summary>
    public sealed class Claim : ReportedItem
    {
        /// <summary>Creates a claim; called by generated code.</summary>
        public Claim(
            CorpusScope scope,
            string id,
            Entity subject,
            string predicate,
            FactValue value,
            string statement,
            CorpusItem saidBy,
            Source source,
            PartialDate? date,
            IReadOnlyList<string> evidence,
            ClaimQualifiers qualifiers,
            ClaimStatus status,
            string? note,
            string? supersededById)
            : base(scope, id, source, date, evidence)
        {
            Subject = subject;
            Predicate = predicate;
            Value = value;
            Statement = statement;
            SaidBy = saidBy;
            Qualifiers = qualifiers;
            Status = status;
            Note = note;
            SupersededById = supersededById;
        }

        /// <summary>What the claim is about.</summary>
        public Entity Subject { get; }

        /// <summary>The property claimed, as a snake_case name ("occupied_share_of_land").</summary>
        public string Predicate { get; }

        /// <summary>The typed value claimed.</summary>
        public FactValue Value { get; }

        /// <summary>The claim in plain words, attributed.</summary>
        public string Statement { get; }

        /// <summary>Who made the claim: an <see cref="Entity"/>, or the <see cref="Model.Source"/> itself when it speaks in its own voice.</summary>
        public CorpusItem SaidBy { get; }

        /// <summary>Qualifiers that narrow the claim (as of, includes).</summary>
        public ClaimQualifiers Qualifiers { get; }

        /// <summary>The claim's standing.</summary>
        public ClaimStatus Status { get; }

        /// <summary>The curator's note, e.g. why a claim is disputed.</summary>
        public string? Note { get; }

        /// <summary>The id of the claim that replaces this one, when it is superseded.</summary>
        public string? SupersededById { get; }

        /// <summary>The claim that replaces this one, when it is superseded.</summary>
        public Claim? SupersededBy => SupersededById is not null && Corpus.TryFindById(SupersededById, out Claim replacement) ? replacement : null;

        /// <summary>
        /// The claims this one conflicts with (same subject and predicate, values that cannot both hold, other source or
        /// speaker, overlapping time), as the build found them, ordered by id; empty for most claims.
        /// </summary>
        public IReadOnlyList<Claim> ConflictsWith => Corpus.ConflictsOf(this);
    }

    /// <summary>Qualifiers of a claim, after the Wikidata model.</summary>
    public sealed class ClaimQualifiers
    {
        /// <summary>No qualifiers.</summary>
        public static readonly ClaimQualifiers None = new ClaimQualifiers(null, System.Array.Empty<Entity>());

        /// <summary>Creates qualifiers; called by generated code.</summary>
        public ClaimQualifiers(PartialDate? asOf, IReadOnlyList<Entity> includes)
        {
            AsOf = asOf;
            Includes = includes;
        }

        /// <summary>The date the value held at, when stated.</summary>
        public PartialDate? AsOf { get; }

        /// <summary>Entities the value explicitly includes ("including Crimea").</summary>
        public IReadOnlyList<Entity> Includes { get; }
    }
}
