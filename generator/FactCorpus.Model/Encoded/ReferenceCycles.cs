using System;
using System.Collections.Generic;

namespace FactCorpus.Model.Encoded
{
    /// <summary>
    /// The parts finding a reference on this thread. Finding one decodes the item it names, which finds that item's
    /// references in turn; a part met again on the way would recurse without end, so it is reported instead.
    /// Generated corpora have no such cycle (references go to entities and sources, whose parts refer to nothing).
    /// </summary>
    internal static class ReferenceCycles
    {
        [ThreadStatic]
        private static HashSet<object>? reading;

        public static void Enter(object part)
        {
            if (!(reading ??= new HashSet<object>()).Add(part))
            {
                throw new InvalidOperationException(
                    "The items of generated FactCorpus parts refer to each other in a cycle, which FactCorpus.Generator never generates: "
                    + "regenerate the corpus with the same version of FactCorpus.Generator and FactCorpus.Model.");
            }
        }

        public static void Leave(object part) => reading!.Remove(part);
    }
}
