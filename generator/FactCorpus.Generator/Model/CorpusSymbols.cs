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
    /// Compared by its arrays; the lookup by id is built once from them, or shared with the table a scoped one is cut from.
    /// </summary>
    internal sealed class CorpusSymbols : IEquatable<CorpusSymbols>
    {
        /// <summary>Each id's position in <see cref="Entries"/>.</summary>
        private readonly Dictionary<string, int> byId;
        private readonly Dictionary<string, FactFileEntry> byPath;

        public CorpusSymbols(EquatableArray<SymbolEntry> entries, EquatableArray<FactFileEntry> files, EquatableArray<DiagnosticInfo> problems, bool hasUnreadIds)
            : this(entries, IndexOf(entries), files, problems, hasUnreadIds)
        {
        }

        /// <param name="byId">Each id's position in <paramref name="entries"/>, which the caller built while making them, so that a large table is not hashed twice.</param>
        public CorpusSymbols(EquatableArray<SymbolEntry> entries, Dictionary<string, int> byId, EquatableArray<FactFileEntry> files, EquatableArray<DiagnosticInfo> problems, bool hasUnreadIds)
        {
            Entries = entries;
            Files = files;
            Problems = problems;
            HasUnreadIds = hasUnreadIds;
            this.byId = byId;
            byPath = new Dictionary<string, FactFileEntry>(files.Count, StringComparer.Ordinal);
            foreach (var file in files)
            {
                byPath.Add(file.Path, file);
            }
        }

        /// <summary>One entry an id, in corpus order (files by path, then by position), or as <see cref="Validation.SymbolTable.ScopeTo"/> found them: an order that the files' contents alone decide.</summary>
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
        /// All the entries, with the files, problems and <see cref="HasUnreadIds"/> given in place of the table's: the
        /// table a file that needs every entry is scoped to, sharing this one's lookup instead of hashing every id again.
        /// </summary>
        public CorpusSymbols With(EquatableArray<FactFileEntry> files, EquatableArray<DiagnosticInfo> problems, bool hasUnreadIds) => new(Entries, byId, files, problems, hasUnreadIds);

        public bool TryGet(string id, out SymbolEntry entry)
        {
            if (byId.TryGetValue(id, out var at))
            {
                entry = Entries[at];
                return true;
            }

            entry = null!;
            return false;
        }

        /// <summary>The entries' positions by id; sized up front, as a table of a large corpus would otherwise be copied at every growth.</summary>
        private static Dictionary<string, int> IndexOf(EquatableArray<SymbolEntry> entries)
        {
            var byId = new Dictionary<string, int>(entries.Count, StringComparer.Ordinal);
            for (var i = 0; i < entries.Count; i++)
            {
                byId.Add(entries[i].Id, i);
            }

            return byId;
        }

        public FactFileEntry? File(string path) => byPath.TryGetValue(path, out var file) ? file : null;

        public bool Equals(CorpusSymbols? other) =>
            other is not null && (ReferenceEquals(this, other) || (Entries == other.Entries && Files == other.Files && Problems == other.Problems && HasUnreadIds == other.HasUnreadIds));

        public override bool Equals(object? obj) => Equals(obj as CorpusSymbols);

        public override int GetHashCode() => unchecked((((Entries.GetHashCode() * 31) + Files.GetHashCode()) * 31) + Problems.GetHashCode());
    }
}
