namespace FactCorpus.Generator.Model
{
    /// <summary>The distinct strings one file's generated code holds as literals, and the bytes they take in the assembly.</summary>
    internal sealed record FileLiterals(string Path, EquatableArray<string> Values, long Bytes);
}
