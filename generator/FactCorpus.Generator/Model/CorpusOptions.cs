namespace FactCorpus.Generator.Model
{
    /// <summary>Which of the generator and the analyzer reports the FC diagnostics of a compilation.</summary>
    internal enum DiagnosticsReporter
    {
        Generator,
        Analyzer,
    }

    /// <summary>
    /// Project settings the generator reads from MSBuild properties, and whether the generated code carries hover docs:
    /// only when the compiler parses doc comments (<see cref="CorpusSteps.ReadsDocs"/>). A file's emission also
    /// takes the kinds whose members go in extension blocks (<see cref="MemberPlacement"/>), in the options it is given.
    /// </summary>
    internal sealed record CorpusOptions(string Namespace, DiagnosticsReporter Reporter, bool Docs = true, ItemKind InExtensionBlocks = ItemKind.None);
}
