using System.Collections.Generic;

namespace FactCorpus.Model
{
    /// <summary>What a source reports, with the excerpts that show it: a claim, a quote or an event.</summary>
    public abstract class ReportedItem : CorpusItem
    {
        private protected ReportedItem(CorpusScope scope, string id, Source source, PartialDate? date, IReadOnlyList<string> evidence)
            : base(scope, id)
        {
            Source = source;
            Date = date;
            Evidence = evidence;
        }

        /// <summary>The source that reported it.</summary>
        public Source Source { get; }

        /// <summary>When it was said or happened, when known.</summary>
        public PartialDate? Date { get; }

        /// <summary>Excerpts of the source's text that support this record of it.</summary>
        public IReadOnlyList<string> Evidence { get; }
    }
}
