using System.Collections.Generic;

namespace FactCorpus.Model
{
    /// <summary>Something that happened, as a source reports it: talks, an invasion, an annexation.</summary>
    public sealed class Event : ReportedItem
    {
        /// <summary>Creates an event; called by generated code.</summary>
        public Event(
            CorpusScope scope,
            string id,
            string type,
            string summary,
            PartialDate? date,
            Entity? location,
            IReadOnlyList<Participant> participants,
            Source source,
            IReadOnlyList<string> evidence)
            : base(scope, id, source, date, evidence)
        {
            Type = type;
            Summary = summary;
            Location = location;
            Participants = participants;
        }

        /// <summary>The kind of event, as a snake_case name ("talks", "invasion").</summary>
        public string Type { get; }

        /// <summary>What happened, in plain words, attributed.</summary>
        public string Summary { get; }

        /// <summary>Where it happened, when known.</summary>
        public Entity? Location { get; }

        /// <summary>Who took part, and in what role.</summary>
        public IReadOnlyList<Participant> Participants { get; }
    }

    /// <summary>An entity taking part in an event, with its role.</summary>
    public sealed class Participant
    {
        /// <summary>Creates a participant; called by generated code.</summary>
        public Participant(Entity entity, string role)
        {
            Entity = entity;
            Role = role;
        }

        /// <summary>Who took part.</summary>
        public Entity Entity { get; }

        /// <summary>The role, as a snake_case name ("host", "party", "absent").</summary>
        public string Role { get; }

        /// <inheritdoc />
        public override string ToString() => Entity.Name + " (" + Role + ")";
    }
}
