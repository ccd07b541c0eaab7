namespace FactCorpus.Model
{
    /// <summary>Anything in a corpus that has a global id: a source, entity, claim, quote or event.</summary>
    public abstract class CorpusItem
    {
        private protected CorpusItem(string id) => Id = id;

        /// <summary>The id written in the YAML file; unique across the whole corpus.</summary>
        public string Id { get; }

        /// <inheritdoc />
        public override string ToString() => Id;
    }
}
