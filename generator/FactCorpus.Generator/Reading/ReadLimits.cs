namespace FactCorpus.Generator.Reading
{
    /// <summary>
    /// Bounds on the work one file can cause, so hostile or broken input gives FC0004 instead of a hang or running
    /// out of memory inside the compiler. Each is far above what a real corpus needs.
    /// </summary>
    internal static class ReadLimits
    {
        /// <summary>Characters in one *.facts.yaml file (a 10,000-claim file is about 5 million).</summary>
        public const int MaxFileLength = 32 * 1024 * 1024;

        /// <summary>Characters in one scalar: evidence and quotes are excerpts, not whole articles.</summary>
        public const int MaxScalarLength = 64 * 1024;

        /// <summary>Nesting depth: the format needs under ten levels.</summary>
        public const int MaxDepth = 64;

        /// <summary>YAML nodes in one file, which bounds the number of items too.</summary>
        public const int MaxNodes = 4 * 1024 * 1024;

        /// <summary>Alias uses (*name) in one file. Aliases are never expanded, so this only bounds the work of reading them.</summary>
        public const int MaxAliases = 10_000;

        /// <summary>Diagnostics shown for one file; the rest are counted in one FC0006.</summary>
        public const int MaxDiagnosticsPerFile = 100;
    }
}
