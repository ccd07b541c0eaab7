namespace FactCorpus.Model
{
    /// <summary>Anything in a corpus that has a global id: a source, entity, claim, quote or event.</summary>
    public abstract class CorpusItem
    {
        private readonly CorpusScope scope;

        private protected CorpusItem(CorpusScope scope, string id)
        {
            this.scope = scope;
            Id = id;
        }

        /// <summary>The id written in the YAML file; unique across the whole corpus.</summary>
        public string Id { get; }

        /// <summary>The index of the corpus this item belongs to, for navigation to related items.</summary>
        public CorpusIndex Corpus => scope.Index;

        /// <summary>The item as schema.org JSON-LD, a document of its own (see <see cref="JsonLd"/>), to embed in a web page.</summary>
        public string ToJsonLd() => JsonLd.Of(this);

        /// <inheritdoc />
        public override string ToString() => Id;
    }
}
