namespace FactCorpus.Generator.Emitting
{
    /// <summary>
    /// An XML doc summary of paragraphs of plain text and links to other generated members, written straight into
    /// the file as it is built: no paragraph or piece is joined into a string first. Text is escaped here
    /// (<see cref="XmlDocText"/>), so callers never write markup; a link is a cref to a generated member name. A
    /// paragraph is written only if something was put in it.
    /// </summary>
    internal sealed class DocComment
    {
        private readonly CodeWriter writer;
        private bool inParagraph;

        /// <summary>The writer's summaries, one after another (<see cref="CodeWriter.Summary"/>): one object for all of a file's members.</summary>
        public DocComment(CodeWriter writer) => this.writer = writer;

        /// <summary>Starts the summary of the member the writer writes next.</summary>
        public DocComment Start()
        {
            inParagraph = false;
            writer.DocMarkup("<summary>");
            return this;
        }

        public DocComment Text(string text)
        {
            if (text.Length > 0)
            {
                Open().AppendDocText(text);
            }

            return this;
        }

        /// <summary>A number of at least <paramref name="width"/> digits, zeros before it (a year, a month): no string for it.</summary>
        public DocComment Digits(int value, int width)
        {
            var w = Open();
            for (var digits = value < 10 ? 1 : value < 100 ? 2 : value < 1000 ? 3 : 4; digits < width; digits++)
            {
                w.Append("0");
            }

            w.Append(value);
            return this;
        }

        /// <summary>A link to a generated member ("Entities.MarcoRubio"), shown by the IDE as the member's name.</summary>
        public DocComment Link(string member)
        {
            Open().Append("<see cref=\"").Append(member).Append("\"/>");
            return this;
        }

        /// <summary>A link to the member of a generated class named after an id (<see cref="MemberNames"/>).</summary>
        public DocComment Link(string className, string id)
        {
            Open().Append("<see cref=\"").Append(className).Append(".").AppendMemberName(id).Append("\"/>");
            return this;
        }

        public DocComment Paragraph()
        {
            if (inParagraph)
            {
                writer.Append("</para>").EndLine();
                inParagraph = false;
            }

            return this;
        }

        /// <summary>Ends the last paragraph and the summary.</summary>
        public void End()
        {
            Paragraph();
            writer.DocMarkup("</summary>");
        }

        private CodeWriter Open()
        {
            if (!inParagraph)
            {
                writer.StartLine().Append("/// <para>");
                inParagraph = true;
            }

            return writer;
        }
    }
}
