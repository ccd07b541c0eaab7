namespace FactCorpus.Generator.Model
{
    /// <summary>What a file's code is made from: the file with its conflicts, and the options emission reads.</summary>
    internal sealed record FileToEmit(CheckedFile File, CorpusOptions Options);
}
