using System.Collections.Generic;

namespace FactCorpus.Model
{
    /// <summary>A person, country, organization, place, group, unnamed actor or topic that facts are about.</summary>
    public sealed class Entity : CorpusItem
    {
        /// <summary>Creates an entity; called by generated code.</summary>
        public Entity(string id, EntityKind kind, string name, IReadOnlyList<string> aliases, string? description)
            : base(id)
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
    }
}
