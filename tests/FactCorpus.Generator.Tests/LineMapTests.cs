using FactCorpus.Generator.Reading;

namespace FactCorpus.Generator.Tests;

/// <summary>Line positions found forward from the last one asked for are those a search from the start finds, in any order of asking.</summary>
public class LineMapTests
{
    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Positions_asked_in_any_order_match_a_count_from_the_start(string lineBreak)
    {
        var text = string.Concat(Enumerable.Range(0, 300).Select(i => new string('x', i % 7) + lineBreak)) + "end";
        var map = new LineMap(text, "a.facts.yaml");
        var random = new Random(10);
        var offsets = Enumerable.Range(0, text.Length + 1).Concat(Enumerable.Range(0, 2000).Select(_ => random.Next(text.Length + 1)))
            .Concat(Enumerable.Range(0, text.Length + 1).Reverse());

        foreach (var offset in offsets)
        {
            Assert.Equal(Counted(text, offset), map.Position(offset));
        }
    }

    /// <summary>Line and column of <paramref name="offset"/>, counting \r\n, \n and \r as one break each.</summary>
    private static (int Line, int Column) Counted(string text, int offset)
    {
        var (line, start) = (0, 0);
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                (line, start) = (line + 1, i + 1);
            }
        }

        return (line, offset - start);
    }
}
