using System;
using System.Collections.Generic;
using System.Linq;
using FactCorpus.Generator.Diagnostics;

namespace FactCorpus.Generator.Model
{
    /// <summary>
    /// The cross-file table of the corpus: every id with the declaration it resolves to, every file with its key,
    /// and the errors found across files (duplicate ids, colliding C# names, missing articles). Holds no
    /// location but those of its errors, so editing the text of an item leaves it equal and other files cached.
    /// Compared by its arrays; the lookups are built once from them.
    /// </summary>
    internal sealed class CorpusSymbols : IEquatable<CorpusSymbols>
    {
        private readonly Dictionary<string, SymbolEntry> byId;
        private readonly Dictionary<string, FactFileEntry> byPath;

        public CorpusSymbols(EquatableArray<SymbolEntry> entries, EquatableArray<FactFileEntry> files, EquatableArray<DiagnosticInfo> problems, bool hasUnreadIds)
        {
            Entries = entries;
            Files = files;
            Problems = problems;
            HasUnreadIds = hasUnreadIds;
            // Sized up front: a table of a large corpus would otherwise be copied at every growth.
            byId = new Dictionary<string, SymbolEntry>(entries.Count, StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                byId.Add(entry.Id, entry);
            }

            byPath = new Dictionary<string, FactFileEntry>(files.Count, StringComparer.Ordinal);
            foreach (var file in files)
            {
                byPath.Add(file.Path, file);
            }
        }

        /// <summary>One entry an id, ordered by id.</summary>
        public EquatableArray<SymbolEntry> Entries { get; }

        /// <summary>One entry a file, ordered by path.</summary>
        public EquatableArray<FactFileEntry> Files { get; }

        public EquatableArray<DiagnosticInfo> Problems { get; }

        /// <summary>
        /// Some file of the corpus declares ids that could not be read (a syntax error broke the file off, or an
        /// item's id is missing or malformed), so an id missing from <see cref="Entries"/> may be one of them: a
        /// reference to it is not reported.
        /// </summary>
        public bool HasUnreadIds { get; }

        /// <summary>
        /// The table with its file list alone: what Corpus.g.cs is made from, equal while the list is, and a pipeline
        /// value of a reference type (an EquatableArray would make the compiler's driver jit its tables for it).
        /// </summary>
        public CorpusSymbols FilesOnly() => new(EquatableArray<SymbolEntry>.Empty, Files, EquatableArray<DiagnosticInfo>.Empty, hasUnreadIds: false);

        public bool TryGet(string id, out SymbolEntry entry) => byId.TryGetValue(id, out entry!);

        public FactFileEntry? File(string path) => byPath.TryGetValue(path, out var file) ? file : null;

        public bool Equals(CorpusSymbols? other) =>
            other is not null && (ReferenceEquals(this, other) || (Entries == other.Entries && Files == other.Files && Problems == other.Problems && HasUnreadIds == other.HasUnreadIds));

        public override bool Equals(object? obj) => Equals(obj as CorpusSymbols);

        public override int GetHashCode() => unchecked((((Entries.GetHashCode() * 31) + Files.GetHashCode()) * 31) + Problems.GetHashCode());
    }
}
