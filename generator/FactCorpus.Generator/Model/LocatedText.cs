namespace FactCorpus.Generator.Model
{
    /// <summary>
    /// A scalar from a YAML file with where it was written: ids, references, evidence. The place is held in fields
    /// of its own, its <see cref="Location"/> made when asked (a message): the specs of a corpus hold one of these a
    /// reference, and a location object each was a fifth of the objects a read leaves to the pipeline.
    /// </summary>
    internal sealed record LocatedText
    {
        private readonly string filePath;
        private readonly int endOffset;
        private readonly int startLine;
        private readonly int startColumn;
        private readonly int endLine;
        private readonly int endColumn;

        public LocatedText(string text, LocationInfo location)
            : this(text, location.FilePath, location.StartOffset, location.EndOffset, location.StartLine, location.StartColumn, location.EndLine, location.EndColumn)
        {
        }

        public LocatedText(string text, string filePath, int startOffset, int endOffset, int startLine, int startColumn, int endLine, int endColumn)
        {
            Text = text;
            this.filePath = filePath;
            StartOffset = startOffset;
            this.endOffset = endOffset;
            this.startLine = startLine;
            this.startColumn = startColumn;
            this.endLine = endLine;
            this.endColumn = endColumn;
        }

        public string Text { get; }

        public string FilePath => filePath;

        /// <summary>Where the text starts in its file: the order of a file's items.</summary>
        public int StartOffset { get; }

        /// <summary>The 0-based line and column where the text starts, without a location object.</summary>
        public int StartLine => startLine;

        public int StartColumn => startColumn;

        public LocationInfo Location => new(filePath, StartOffset, endOffset, startLine, startColumn, endLine, endColumn);
    }
}
