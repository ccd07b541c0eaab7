using System;
using System.Collections.Generic;
using System.Linq;
using FactCorpus.Generator.Diagnostics;

namespace FactCorpus.Generator.Model
{
    /// <summary>
    /// Every conflict of the corpus, by the path of the file of the claim it is located at; each file takes only its
    /// own (<see cref="For"/>), so a file whose conflicts did not change keeps its code cached; and FC0002 when finding
    /// them failed (<see cref="Problems"/>), reported on its own. Compared by content.
    /// </summary>
    internal sealed class CorpusConflicts : IEquatable<CorpusConflicts>
    {
        private readonly Dictionary<string, EquatableArray<ClaimConflict>> byPath;

        /// <param name="byPath">Each file's conflicts ordered by claim id, then the other claim's id; files without conflicts are absent.</param>
        public CorpusConflicts(Dictionary<string, EquatableArray<ClaimConflict>> byPath, EquatableArray<DiagnosticInfo> problems)
        {
            this.byPath = byPath;
            Problems = problems;
        }

        public EquatableArray<DiagnosticInfo> Problems { get; }

        /// <summary>Every conflict of the corpus, each once at each of its claims.</summary>
        public IEnumerable<ClaimConflict> All => byPath.Values.SelectMany(conflicts => conflicts);

        public EquatableArray<ClaimConflict> For(string path) => byPath.TryGetValue(path, out var conflicts) ? conflicts : EquatableArray<ClaimConflict>.Empty;

        public bool Equals(CorpusConflicts? other)
        {
            if (other is null || other.byPath.Count != byPath.Count || other.Problems != Problems)
            {
                return false;
            }

            foreach (var pair in byPath)
            {
                if (!other.byPath.TryGetValue(pair.Key, out var conflicts) || conflicts != pair.Value)
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as CorpusConflicts);

        public override int GetHashCode() => byPath.Count;
    }
}
