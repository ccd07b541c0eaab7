using System.Globalization;

namespace FactCorpus.Generator.Reading
{
    /// <summary>
    /// The YAML path of a field (claims.talks.value.unit) or of an entry of a list field (…evidence[2]), written out
    /// only when a message needs it: most fields are fine, and their paths would be garbage.
    /// </summary>
    internal readonly struct YamlPath
    {
        private readonly string? text;
        private readonly string? field;
        private readonly string? id;

        /// <summary>A path already written out.</summary>
        public YamlPath(string text)
        {
            this.text = text;
            Owner = null;
            field = null;
            id = null;
            Index = -1;
        }

        /// <summary>The field of <paramref name="owner"/>, or the entry at <paramref name="index"/> of that list field.</summary>
        public YamlPath(MappingReader owner, string field, int index = -1)
        {
            text = null;
            Owner = owner;
            this.field = field;
            id = null;
            Index = index;
        }

        /// <summary>An item of a section: by its id (claims.talks) when it has a valid one, else by position (claims[3]).</summary>
        public YamlPath(string section, string? id, int index)
        {
            text = null;
            Owner = null;
            field = section;
            this.id = id;
            Index = index;
        }

        /// <summary>The mapping the field belongs to, which reports its errors; null for a section's item.</summary>
        public MappingReader? Owner { get; }

        /// <summary>The entry's position in its list; -1 for a field.</summary>
        public int Index { get; }

        public override string ToString() =>
            text
            ?? (Owner is null ? (id is null ? field + Entry : field + "." + id)
                : Index < 0 ? Owner.PathOf(field!) : Owner.PathOf(field!) + Entry);

        private string Entry => "[" + Index.ToString(CultureInfo.InvariantCulture) + "]";
    }
}
