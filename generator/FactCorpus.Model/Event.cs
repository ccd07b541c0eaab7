using System.Collections.Generic;

namespace FactCorpus.Model
{
    /// <summary>Something that happened, as a source reports it: talks, an invasion, an annexation.</summary>
    public sealed class Event : CorpusItem
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
            : base(scope, id)
        {
            Type = type;
            Summary = summary;
            Date = date;
            Location = location;
            Participants = participants;
            Source = source;
            Evidence = evidence;
        }

        /// <summary>The kind of event, as a snake_case name ("talks", "invasion").</summary>
        public string Type { get; }

        /// <summary>What happened, in plain words, attributed.</summary>
        public string Summary { get; }

        /// <summary>When it happened, when known.</summary>
        public PartialDate? Date { get; }

        /// <summary>Where it happened, when known.</summary>
        public Entity? Location { get; }

        /// <summary>Who took part, and in what role.</summary>
        public IReadOnlyList<Participant> Participants { get; }

        /// <summary>The source that reported it.</summary>
        public Source Source { get; }

        /// <summary>Excerpts of the source's text that report the event.</summary>
        public IReadOnlyList<string> Evidence { get; }
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
