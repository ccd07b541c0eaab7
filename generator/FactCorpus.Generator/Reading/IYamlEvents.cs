using YamlDotNet.Core;

namespace FactCorpus.Generator.Reading
{
    /// <summary>The kinds of YAML parser event; named as YamlDotNet names its event classes, which messages quote.</summary>
    internal enum YamlEventKind : byte
    {
        None,
        StreamStart,
        DocumentStart,
        DocumentEnd,
        StreamEnd,
        MappingStart,
        MappingEnd,
        SequenceStart,
        SequenceEnd,
        Scalar,
        AnchorAlias,
    }

    /// <summary>
    /// The parser events a read walks, one at a time, as plain values: the fast scan's own (<see cref="FastYamlParser"/>),
    /// which makes no object an event, or YamlDotNet's parser seen through <see cref="YamlDotNetEvents"/>.
    /// </summary>
    internal interface IYamlEvents
    {
        /// <summary>Moves to the next event; false past the last one. YamlDotNet's parser throws here on a syntax error.</summary>
        bool MoveNext();

        /// <summary>The current event's kind; <see cref="YamlEventKind.None"/> before the first and past the last.</summary>
        YamlEventKind Kind { get; }

        /// <summary>A mapping or list written with '{' or '['.</summary>
        bool IsFlow { get; }

        /// <summary>A scalar's text, made when asked (read it once); an alias's anchor name.</summary>
        string Value { get; }

        /// <summary>A scalar written without quotes.</summary>
        bool IsPlain { get; }

        /// <summary>The anchor a node defines (<c>&amp;name</c>), or null.</summary>
        string? Anchor { get; }

        /// <summary>Character offsets of the event's start and end, as YamlDotNet counts them (a byte-order mark not included).</summary>
        long StartIndex { get; }

        long EndIndex { get; }

        /// <summary>The start and end with lines and columns, made when asked (messages only).</summary>
        Mark Start { get; }

        Mark End { get; }
    }
}
