namespace FactCorpus.Generator.Model
{
    /// <summary>Project settings the generator reads from MSBuild properties.</summary>
    internal sealed record CorpusOptions(string Namespace);
}
