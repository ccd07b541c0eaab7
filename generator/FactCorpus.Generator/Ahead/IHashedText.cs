namespace FactCorpus.Generator.Ahead
{
    /// <summary>
    /// An AdditionalText that can name its content by a hash of the bytes it is decoded from without decoding them:
    /// the build's task's files, most of which its last run already read (<see cref="AheadReuse.Kept"/>), where
    /// decoding every file only to hash it was a quarter of a run after a one-file edit at 10,000 claims.
    /// </summary>
    internal interface IHashedText
    {
        string ContentHash { get; }
    }
}
