using FactCorpus.Generator.Validation;

namespace FactCorpus.Generator.Tests;

/// <summary>Evidence matching's normal form: one space for any run of white space, none at the ends, ASCII quotes and dashes.</summary>
public class TextNormalizerTests
{
    [Theory]
    [InlineData("plain words.", "plain words.")]
    [InlineData("  two\t\n spaces  ", "two spaces")]
    [InlineData("a\u00A0b\u2003c", "a b c")]
    [InlineData("\u201CWe hope\u201D \u2018so\u2019 \u2014 2\u20133", "\"We hope\" 'so' - 2-3")]
    [InlineData("\u00ABnon\u00BB caf\u00E9", "\"non\" caf\u00E9")]
    [InlineData(" \n ", "")]
    [InlineData("", "")]
    public void Normalises_white_space_quotes_and_dashes(string text, string normalized)
    {
        Assert.Equal(normalized, TextNormalizer.Normalize(text));
        Assert.Equal(normalized, TextNormalizer.Normalize(text, null));
    }

    [Fact]
    public void A_normal_text_is_given_back_without_a_copy()
    {
        var text = "Official 3 said the talks lasted more than 3 hours.";

        Assert.Same(text, TextNormalizer.Normalize(text));
    }

    [Fact]
    public void Each_character_of_the_result_maps_to_the_offset_it_comes_from()
    {
        var origins = new List<int>();

        var normalized = TextNormalizer.Normalize(" a \n\u201Cb\u201D  c ", origins);

        Assert.Equal("a \"b\" c", normalized);
        // A space maps to the first white space of the run it replaces.
        Assert.Equal([1, 2, 4, 5, 6, 7, 9], origins);
    }
}
