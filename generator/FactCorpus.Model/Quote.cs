using System.Collections.Generic;

namespace FactCorpus.Model
{
    /// <summary>Something a speaker said, verbatim (direct) or as reported speech (indirect).</summary>
    public sealed class Quote : ReportedItem
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
            : base(scope, id, source, date, evidence)
        {
            Speaker = speaker;
            Text = text;
            Mode = mode;
            Audience = audience;
        }

        /// <summary>Who said it.</summary>
        public Entity Speaker { get; }

        /// <summary>The words: verbatim for a direct quote, the source's paraphrase for an indirect one.</summary>
        public string Text { get; }

        /// <summary>Direct or indirect.</summary>
        public QuoteMode Mode { get; }

        /// <summary>Who it was said to, when known.</summary>
        public Entity? Audience { get; }
    }
}
