using System;
using System.Threading;

namespace FactCorpus.Model
{
    /// <summary>
    /// Connects the items of one generated corpus to its index, built on first use. Items hold the scope, not the
    /// index, so creating any item never touches the others (no static-initialisation cycles between the
    /// generated classes) and a program that reads one fact never builds the index.
    /// </summary>
    public sealed class CorpusScope
    {
        private readonly Lazy<CorpusIndex> index;

        /// <summary>Creates the scope of a corpus; called by generated code with the method that builds its index.</summary>
        public CorpusScope(Func<CorpusIndex> createIndex) =>
            index = new Lazy<CorpusIndex>(createIndex, LazyThreadSafetyMode.ExecutionAndPublication);

        /// <summary>The corpus's index, built on first access.</summary>
        public CorpusIndex Index => index.Value;
    }
}
