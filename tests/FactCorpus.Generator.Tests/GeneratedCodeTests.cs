using System.Text;
using FactCorpus.Generator.Emitting;
using FactCorpus.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace FactCorpus.Generator.Tests;

/// <summary>
/// Generated code is held in blocks of <see cref="GeneratedCode.BlockSize"/> characters and handed to the compiler as
/// <see cref="GeneratedCodeText"/>: whatever block boundaries a text spans, it reads, compares and hashes as the same
/// text in one string would.
/// </summary>
public class GeneratedCodeTests
{
    private static readonly int Block = GeneratedCode.BlockSize;

    /// <summary>
    /// Lines of varied lengths, so block ends fall mid-line; those in the second block also hold non-ASCII characters
    /// and a surrogate pair, so the text has blocks of ASCII (held as bytes) on both sides of one that is not.
    /// </summary>
    private static string Text(int length)
    {
        var text = new StringBuilder(length + 64);
        for (var line = 0; text.Length < length; line++)
        {
            var wide = text.Length >= Block - 100 && text.Length < 2 * Block;
            text.Append("// line ").Append(line).Append(wide ? " é ✓ 😀 " : " e v :) ").Append('x', line % 97).Append(line % 3 == 0 ? "\r\n" : "\n");
        }

        return text.ToString(0, length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(16_383)]
    [InlineData(16_384)]
    [InlineData(16_385)]
    [InlineData(40_000)]
    [InlineData(100_000)]
    public void Reads_back_every_character_across_block_ends(int length)
    {
        var text = Text(length);
        var code = GeneratedCode.Of(text);

        Assert.Equal(length, code.Length);
        Assert.Equal(text, code.ToString());
        using var writer = new StringWriter();
        code.WriteTo(writer);
        Assert.Equal(text, writer.ToString());
        foreach (var at in new[] { 0, Block - 1, Block, Block + 1, length - 1 }.Where(i => i >= 0 && i < length))
        {
            Assert.Equal(text[at], code[at]);
        }

        // Copies that start and end on either side of block ends.
        foreach (var (start, count) in new[] { (0, length), (Block - 3, 7), (Block - 1, Block + 2), (2 * Block - 3, 7), (1, length - 2) })
        {
            if (start >= 0 && count >= 0 && start + count <= length)
            {
                var copy = new char[count + 2];
                code.CopyTo(start, copy, 1, count);
                Assert.Equal(text.Substring(start, count), new string(copy, 1, count));
            }
        }
    }

    [Fact]
    public void Equal_texts_are_equal_and_hash_alike_and_a_change_anywhere_is_seen()
    {
        var text = Text(3 * Block + 10);
        var code = GeneratedCode.Of(text);

        Assert.Equal(code, GeneratedCode.Of(string.Concat(text.AsSpan(0, 5), text.AsSpan(5))));
        Assert.Equal(code.GetHashCode(), GeneratedCode.Of(text).GetHashCode());
        foreach (var at in new[] { 0, Block - 1, Block, Block + 7, 2 * Block + 5, text.Length - 1 })
        {
            var changed = text.Substring(0, at) + (text[at] == 'z' ? 'y' : 'z') + text.Substring(at + 1);
            Assert.NotEqual(code, GeneratedCode.Of(changed));
        }

        Assert.NotEqual(code, GeneratedCode.Of(text + " "));
        Assert.NotEqual(code, GeneratedCode.Of(text.Substring(0, text.Length - 1)));
        Assert.False(code.Equals(null));
    }

    /// <summary>What the compiler asks of a source: its lines (diagnostic positions), spans, and the checksum the PDB records.</summary>
    [Fact]
    public void The_compiler_reads_it_as_it_reads_the_same_string()
    {
        var text = Text(2 * Block + 777);
        var asString = SourceText.From(text, Encoding.UTF8);
        var asBlocks = new GeneratedCodeText(GeneratedCode.Of(text));

        Assert.Equal(asString.Length, asBlocks.Length);
        Assert.Equal(asString.Lines.Select(l => l.Span), asBlocks.Lines.Select(l => l.Span));
        Assert.Equal(asString.Lines.GetLinePosition(Block + 5), asBlocks.Lines.GetLinePosition(Block + 5));
        Assert.Equal(asString.ToString(new TextSpan(Block - 10, 20)), asBlocks.ToString(new TextSpan(Block - 10, 20)));
        Assert.Equal(text, asBlocks.ToString());
        Assert.True(asBlocks.ContentEquals(asString));
        Assert.Equal(Convert.ToHexString(asString.GetChecksum().AsSpan()), Convert.ToHexString(asBlocks.GetChecksum().AsSpan()));
        Assert.Equal(asString.Encoding, asBlocks.Encoding);
    }
}
