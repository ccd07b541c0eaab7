using System.Collections.Generic;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FactCorpus.Generator.Reading
{
    /// <summary>
    /// YamlDotNet's parser as <see cref="IYamlEvents"/>: for any text the fast scan leaves to it, so every syntax error is
    /// its to find. It also keeps the scalars that explain a syntax error (see <see cref="YamlSyntaxError.Describe"/>).
    /// </summary>
    internal sealed class YamlDotNetEvents : IYamlEvents
    {
        private readonly Parser parser;
        private readonly List<Scalar> quotedOverLines = new();

        /// <param name="shift">1 when the text starts with a byte-order mark, which the parser is not given.</param>
        public YamlDotNetEvents(string text, int shift)
        {
            var reader = new StringReader(text);
            if (shift > 0)
            {
                reader.Read();
            }

            parser = new Parser(reader);
        }

        /// <summary>The last scalar read.</summary>
        public Scalar? LastScalar { get; private set; }

        /// <summary>The quoted scalars read so far that run over more than one line (a quote not closed on its line runs on).</summary>
        public IReadOnlyList<Scalar> QuotedOverLines => quotedOverLines;

        public YamlEventKind Kind { get; private set; }

        public bool IsFlow => parser.Current is MappingStart { Style: MappingStyle.Flow } or SequenceStart { Style: SequenceStyle.Flow };

        public string Value => parser.Current switch
        {
            Scalar scalar => scalar.Value,
            AnchorAlias alias => alias.Value.Value,
            _ => "",
        };

        public bool IsPlain => parser.Current is Scalar { Style: ScalarStyle.Plain };

        public string? Anchor => parser.Current is NodeEvent { Anchor.IsEmpty: false } anchored ? anchored.Anchor.Value : null;

        public long StartIndex => parser.Current!.Start.Index;

        public long EndIndex => parser.Current!.End.Index;

        public Mark Start => parser.Current!.Start;

        public Mark End => parser.Current!.End;

        public bool MoveNext()
        {
            Kind = YamlEventKind.None;
            if (!parser.MoveNext())
            {
                return false;
            }

            Kind = parser.Current switch
            {
                StreamStart => YamlEventKind.StreamStart,
                DocumentStart => YamlEventKind.DocumentStart,
                DocumentEnd => YamlEventKind.DocumentEnd,
                StreamEnd => YamlEventKind.StreamEnd,
                MappingStart => YamlEventKind.MappingStart,
                MappingEnd => YamlEventKind.MappingEnd,
                SequenceStart => YamlEventKind.SequenceStart,
                SequenceEnd => YamlEventKind.SequenceEnd,
                Scalar => YamlEventKind.Scalar,
                AnchorAlias => YamlEventKind.AnchorAlias,
                _ => YamlEventKind.None,
            };

            if (parser.Current is Scalar scalar)
            {
                LastScalar = scalar;
                if (scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted && scalar.Start.Line != scalar.End.Line)
                {
                    quotedOverLines.Add(scalar);
                }
            }

            return true;
        }
    }
}
