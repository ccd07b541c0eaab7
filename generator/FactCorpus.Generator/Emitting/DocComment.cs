using System.Collections.Generic;
using System.Text;

namespace FactCorpus.Generator.Emitting
{
    /// <summary>
    /// An XML doc summary built from paragraphs of plain text and links to other generated members. Text is
    /// escaped here (XmlDocText), so callers never write markup; a link is a cref to a generated member name.
    /// </summary>
    internal sealed class DocComment
    {
        private readonly List<string> paragraphs = new();
        private readonly StringBuilder current = new();

        public DocComment Text(string text)
        {
            current.Append(XmlDocText.Escape(text));
            return this;
        }

        /// <summary>A link to a generated member ("Entities.MarcoRubio"), shown by the IDE as the member's name.</summary>
        public DocComment Link(string member)
        {
            current.Append("<see cref=\"").Append(member).Append("\"/>");
            return this;
        }

        /// <summary>Text followed by a link in parentheses: "Marco Rubio (MarcoRubio)".</summary>
        public DocComment Named(string name, string member) => Text(name + " (").Link(member).Text(")");

        public DocComment Paragraph()
        {
            if (current.Length > 0)
            {
                paragraphs.Add(current.ToString());
                current.Clear();
            }

            return this;
        }

        public void WriteTo(CodeWriter writer)
        {
            Paragraph();
            writer.DocMarkup("<summary>");
            foreach (var paragraph in paragraphs)
            {
                writer.DocMarkup("<para>", paragraph, "</para>");
            }

            writer.DocMarkup("</summary>");
        }
    }
}
