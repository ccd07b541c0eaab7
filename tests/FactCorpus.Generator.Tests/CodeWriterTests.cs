using FactCorpus.Generator.Emitting;

namespace FactCorpus.Generator.Tests;

/// <summary>
/// The writer asks for at most a megabyte of characters up front and keeps a builder that size for the thread's next
/// file: a file larger than that grows past it, and neither it nor the next file loses or keeps a character.
/// </summary>
public class CodeWriterTests
{
    [Theory]
    [InlineData(100, 4096)]
    [InlineData(40_000, 4096)]
    [InlineData(40_000, 8 << 20)]
    public void A_file_is_written_whole_whatever_its_estimate_and_the_next_starts_empty(int lines, int estimate)
    {
        var large = Write("Large", lines, estimate);
        var next = Write("Next", 3, 4096);

        Assert.Equal(Expected("Large", lines), large);
        Assert.Equal(Expected("Next", 3), next);
    }

    private static string Write(string ns, int lines, int estimate)
    {
        var writer = CodeWriter.GeneratedFile(ns, docs: false, estimate).Open("public static class Lines");
        for (var i = 0; i < lines; i++)
        {
            writer.StartLine().Append("public const int L").Append(i).Append(" = ").Append(i).Append(";").EndLine();
        }

        return writer.Close().Close().Finish().ToString();
    }

    /// <summary>The same file built without the writer.</summary>
    private static string Expected(string ns, int lines)
    {
        var header = CodeWriter.GeneratedFile(ns, docs: false).Finish();
        var body = string.Concat(Enumerable.Range(0, lines).Select(i => $"        public const int L{i} = {i};\n"));
        return header + "    public static class Lines\n    {\n" + body + "    }\n}\n";
    }
}
