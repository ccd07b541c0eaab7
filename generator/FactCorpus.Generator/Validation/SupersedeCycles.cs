using System;
using System.Collections.Generic;
using System.Linq;
using FactCorpus.Generator.Diagnostics;
using FactCorpus.Generator.Model;

namespace FactCorpus.Generator.Validation
{
    /// <summary>
    /// Finds claims whose superseded_by chain leads back to them (a → a, a → b → a, across any files): code that
    /// follows SupersededBy would loop forever, and [Obsolete] would name the claim itself as its replacement. Each
    /// claim has at most one replacement, so every chain is walked once: linear in the number of claims.
    /// </summary>
    internal static class SupersedeCycles
    {
        /// <summary>
        /// Reports each cycle once (FC2006), at the superseded_by of its member that comes first in
        /// <paramref name="claims"/> (corpus order: files by path, then position), and returns the ids of every
        /// member, which are then not generated.
        /// </summary>
        /// <param name="claims">The claim declarations the ids resolve to, in corpus order.</param>
        public static HashSet<string> Find(List<Declaration> claims, List<DiagnosticInfo> problems)
        {
            var byId = new Dictionary<string, (Declaration Claim, int Rank)>(StringComparer.Ordinal);
            for (var i = 0; i < claims.Count; i++)
            {
                byId[claims[i].Id.Text] = (claims[i], i);
            }

            var inCycles = new HashSet<string>(StringComparer.Ordinal);
            var done = new HashSet<string>(StringComparer.Ordinal);
            var chain = new List<string>();
            var onChain = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var start in claims)
            {
                // Walk the chain until it leaves the claims, meets a walked claim, or meets itself (a cycle).
                chain.Clear();
                onChain.Clear();
                for (var id = start.Id.Text; id is not null && byId.ContainsKey(id) && !done.Contains(id); id = byId[id].Claim.SupersededBy?.Text)
                {
                    if (onChain.TryGetValue(id, out var from))
                    {
                        Report(chain.Skip(from).Select(c => byId[c]).ToList(), problems);
                        inCycles.UnionWith(chain.Skip(from));
                        break;
                    }

                    onChain.Add(id, chain.Count);
                    chain.Add(id);
                }

                done.UnionWith(chain);
            }

            return inCycles;
        }

        /// <summary>"claims.a is superseded by b, which is superseded by a", starting from the member first in corpus order.</summary>
        private static void Report(List<(Declaration Claim, int Rank)> cycle, List<DiagnosticInfo> problems)
        {
            var first = cycle.IndexOf(cycle.OrderBy(c => c.Rank).First());
            var members = cycle.Skip(first).Concat(cycle.Take(first)).Select(c => c.Claim).ToList();
            var text = "claims." + members[0].Id.Text + " is superseded by " + members[0].SupersededBy!.Text;
            for (var i = 1; i < members.Count; i++)
            {
                text += ", which is superseded by " + members[i].SupersededBy!.Text;
            }

            problems.Add(DiagnosticInfo.Create(Descriptors.SupersedeCycle, members[0].SupersededBy!.Location, text));
        }
    }
}
