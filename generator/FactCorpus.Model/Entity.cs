using System.Collections.Generic;

namespace FactCorpus.Model
{
    /// <summary>A person, country, organization, place, group, unnamed actor or topic that facts are about.</summary>
    public sealed class Entity : CorpusItem
    {
        /// <summary>Creates an entity; called by generated code.</summary>
        public Entity(CorpusScope scope, string id, EntityKind kind, string name, IReadOnlyList<string> aliases, string? description)
            : base(scope, id)
        {
            Kind = kind;
            Name = name;
            Aliases = aliases;
            Description = description;
        }

        /// <summary>What kind of entity this is.</summary>
        public EntityKind Kind { get; }

        /// <summary>The name used in the corpus; for an unnamed actor, the source's description of it.</summary>
        public string Name { get; }

        /// <summary>Other names the sources use for it.</summary>
        public IReadOnlyList<string> Aliases { get; }

        /// <summary>A short description (a role or title), when given.</summary>
        public string? Description { get; }

        /// <summary>The claims about this entity (it is their subject).</summary>
        public IReadOnlyList<Claim> Claims => Corpus.ClaimsAbout(this);

        /// <summary>The claims this entity made (it is who said them).</summary>
        public IReadOnlyList<Claim> ClaimsMade => Corpus.ClaimsBy(this);

        /// <summary>The quotes this entity spoke.</summary>
        public IReadOnlyList<Quote> Quotes => Corpus.QuotesBy(this);

        /// <summary>The events this entity took part in, or that happened at this place.</summary>
        public IReadOnlyList<Event> Events => Corpus.EventsInvolving(this);
    }
}
