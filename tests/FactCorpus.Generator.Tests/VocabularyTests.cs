using FactCorpus.Generator.Reading;

namespace FactCorpus.Generator.Tests;

/// <summary>
/// The generator reads each closed word list into an enum of its own and emits a member by the enum's name, so
/// those names must be exactly the runtime enum members of FactCorpus.Model, word list by word list; the generated
/// data holds members by number, so each name must have the same number in both.
/// </summary>
public class VocabularyTests
{
    [Fact]
    public void Every_generator_word_is_read_as_the_runtime_enum_member_of_the_same_name()
    {
        AssertSameMembers(Vocabulary.EntityKinds, typeof(FactCorpus.Model.EntityKind));
        AssertSameMembers(Vocabulary.Bounds, typeof(FactCorpus.Model.Bound));
        AssertSameMembers(Vocabulary.Statuses, typeof(FactCorpus.Model.ClaimStatus));
        AssertSameMembers(Vocabulary.QuoteModes, typeof(FactCorpus.Model.QuoteMode));
        AssertSameMembers(Vocabulary.TimeUnits, typeof(FactCorpus.Model.TimeUnit));
        AssertSameMembers(Vocabulary.DateOrigins, typeof(FactCorpus.Model.DateOrigin));
    }

    private static void AssertSameMembers<T>(WordList<T> words, Type runtime)
        where T : struct, Enum
    {
        var read = words.Words.Select(word =>
        {
            Assert.True(words.TryGetMember(word, out var member));
            return member.ToString();
        }).ToArray();
        Assert.Equal(Enum.GetNames(runtime).Order(StringComparer.Ordinal), read.Order(StringComparer.Ordinal));
        Assert.Equal(Enum.GetNames<T>().Order(StringComparer.Ordinal), read.Order(StringComparer.Ordinal));
        Assert.All(Enum.GetValues<T>(), member => Assert.Equal(Convert.ToInt32(member), (int)Enum.Parse(runtime, member.ToString())));
    }
}
