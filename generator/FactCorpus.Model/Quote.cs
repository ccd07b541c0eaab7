using System.Collections.Generic;

namespace FactCorpus.Model
{
    /// <summary>Something a speaker said, verbatim (direct) or as reported speech (indirect).</summary>
    public sealed class Quote : CorpusItem
    {
        /// <summary>Creates a quote; called by generated code.</summary>
        public Quote(
            CorpusScope scope,
            string id,
            Entity speaker,
            string text,
            QuoteMode mode,
            PartialDate? date,
            Source source,
            Entity? audience,
            IReadOnlyList<string> evidence)
            : base(scope, id)
        {
            Speaker = speaker;
            Text = text;
            Mode = mode;
            Date = date;
            Source = source;
            Audience = audience;
            Evidence = evidence;
        }

        /// <summary>Who said it.</summary>
        public Entity Speaker { get; }

        /// <summary>The words: verbatim for a direct quote, the source's paraphrase for an indirect one.</summary>
        public string Text { get; }

        /// <summary>Direct or indirect.</summary>
        public QuoteMode Mode { get; }

        /// <summary>When it was said, when known.</summary>
        public PartialDate? Date { get; }

        /// <summary>The source that reported it.</summary>
        public Source Source { get; }

        /// <summary>Who it was said to, when known.</summary>
        public Entity? Audience { get; }

        /// <summary>Excerpts of the source's text that report the quote.</summary>
        public IReadOnlyList<string> Evidence { get; }
    }
}
