namespace FactCorpus.Generator.Model
{
    /// <summary>A scalar from a YAML file with where it was written: ids, references, evidence.</summary>
    internal sealed record LocatedText(string Text, LocationInfo Location);
}
