using System.Collections.Generic;

namespace FactCorpus.Model
{
    /// <summary>An article (or other document) that facts are curated from.</summary>
    public sealed class Source : CorpusItem
    {
        /// <summary>Creates a source; called by generated code.</summary>
        public Source(CorpusScope scope, string id, string title, string? publisher, PartialDate? published, string textPath, string? url)
            : base(scope, id)
        {
            Title = title;
            Publisher = publisher;
            Published = published;
            TextPath = textPath;
            Url = url;
        }

        /// <summary>The headline.</summary>
        public string Title { get; }

        /// <summary>Who published it, when known.</summary>
        public string? Publisher { get; }

        /// <summary>When it was published, with the precision known.</summary>
        public PartialDate? Published { get; }

        /// <summary>The path of the article's text, relative to the YAML file that declares the source.</summary>
        public string TextPath { get; }

        /// <summary>Where it was published online, when known.</summary>
        public string? Url { get; }

        /// <summary>The claims this source reports.</summary>
        public IReadOnlyList<Claim> Claims => Corpus.ClaimsFrom(this);

        /// <summary>The quotes this source reports.</summary>
        public IReadOnlyList<Quote> Quotes => Corpus.QuotesFrom(this);

        /// <summary>The events this source reports.</summary>
        public IReadOnlyList<Event> Events => Corpus.EventsFrom(this);
    }
}
