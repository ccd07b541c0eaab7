using System.Text;

namespace FactCorpus.Generator.Emitting
{
    /// <summary>Builds generated source line by line with four-space indentation and '\n' line ends on every OS.</summary>
    internal sealed class CodeWriter
    {
        private readonly StringBuilder builder = new();
        private int depth;
        private bool atBlockStart;

        public CodeWriter Line(string text = "")
        {
            atBlockStart = text == "{";
            if (text.Length > 0)
            {
                builder.Append(' ', depth * 4).Append(text);
            }

            builder.Append('\n');
            return this;
        }

        public CodeWriter Open(string text)
        {
            Line(text).Line("{");
            depth++;
            return this;
        }

        public CodeWriter Close(string suffix = "")
        {
            depth--;
            return Line("}" + suffix);
        }

        /// <summary>A blank line between members, none after an opening brace.</summary>
        public CodeWriter Separate() => atBlockStart ? this : Line();

        public CodeWriter Indent()
        {
            depth++;
            return this;
        }

        public CodeWriter Unindent()
        {
            depth--;
            return this;
        }

        /// <summary>A doc comment element whose text is escaped here, so callers pass plain text.</summary>
        public CodeWriter Doc(string element, string text) => Line("/// <" + element + ">" + XmlDocText.Escape(text) + "</" + element + ">");

        /// <summary>A doc comment line of markup the caller has already escaped.</summary>
        public CodeWriter DocMarkup(string markup) => Line("/// " + markup);

        public override string ToString() => builder.ToString();
    }
}
