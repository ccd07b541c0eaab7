using FactCorpus.Generator.Emitting;

namespace FactCorpus.Generator.Tests;

/// <summary>
/// The writer moves whole blocks of its builder into the file's code as it fills and keeps the builder for the
/// thread's next file: whatever a file's size, or its longest line, neither it nor the next file loses or keeps a character.
/// </summary>
public class CodeWriterTests
{
    [Theory]
    [InlineData(100, 0)]
    [InlineData(40_000, 0)]
    [InlineData(40_000, 100_000)]
    public void A_file_is_written_whole_whatever_its_size_and_the_next_starts_empty(int lines, int longLine)
    {
        var large = Write("Large", lines, longLine);
        var next = Write("Next", 3, 0);

        Assert.Equal(Expected("Large", lines, longLine), large);
        Assert.Equal(Expected("Next", 3, 0), next);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(10)]
    [InlineData(1009)]
    [InlineData(int.MaxValue)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void An_int_is_written_in_the_invariant_culture(int value)
    {
        var header = CodeWriter.GeneratedFile("N", docs: false).Finish().ToString();
        var written = CodeWriter.GeneratedFile("N", docs: false).StartLine().Append("x").Append(value).Append("y").EndLine().Finish().ToString();

        Assert.Equal(header + "    x" + value.ToString(System.Globalization.CultureInfo.InvariantCulture) + "y\n", written);
    }

    /// <param name="longLine">The length of a comment line in the middle of the class, longer than the builder when not 0.</param>
    private static string Write(string ns, int lines, int longLine)
    {
        var writer = CodeWriter.GeneratedFile(ns, docs: false).Open("public static class Lines");
        for (var i = 0; i < lines; i++)
        {
            writer.StartLine().Append("public const int L").Append(i).Append(" = ").Append(i).Append(";").EndLine();
            if (longLine > 0 && i == lines / 2)
            {
                writer.Line(LongComment(longLine));
            }
        }

        return writer.Close().Close().Finish().ToString();
    }

    private static string LongComment(int length) => "// " + new string('c', length - 3);

    /// <summary>The same file built without the writer.</summary>
    private static string Expected(string ns, int lines, int longLine)
    {
        var header = CodeWriter.GeneratedFile(ns, docs: false).Finish();
        var body = string.Concat(Enumerable.Range(0, lines).Select(i => $"        public const int L{i} = {i};\n"
            + (longLine > 0 && i == lines / 2 ? "        " + LongComment(longLine) + "\n" : "")));
        return header + "    public static class Lines\n    {\n" + body + "    }\n}\n";
    }
}
