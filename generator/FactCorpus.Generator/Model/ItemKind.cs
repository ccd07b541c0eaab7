using System;

namespace FactCorpus.Generator.Model
{
    /// <summary>The five kinds of item; flags, so a reference can allow more than one (said_by: an entity or a source).</summary>
    [Flags]
    internal enum ItemKind
    {
        None = 0,
        Source = 1,
        Entity = 2,
        Claim = 4,
        Quote = 8,
        Event = 16,
    }
}
