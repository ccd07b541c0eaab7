namespace FactCorpus.Shared
{
    /// <summary>
    /// The embedded data of one *.facts.yaml file, as the package's build targets write it (FactCorpus.Generator's
    /// DataWriter) and generated code reads it (FactCorpus.Model.Encoded.FileResource). Compiled into both, so the
    /// writer and the reader agree on the format.
    /// </summary>
    internal static class DataFormat
    {
        /// <summary>The first text of every resource's header; a new layout gets a new number.</summary>
        public const string Version = "FactCorpus.Data/1";

        /// <summary>The item metadata the build targets name each fact file's resource with, and the generator reads.</summary>
        public const string ResourceMetadata = "FactCorpusResource";
    }
}
