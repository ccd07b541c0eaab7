using FactCorpus.Generator.Emitting;
using FactCorpus.Generator.Reading;

namespace FactCorpus.Generator.Tests;

/// <summary>
/// The symbol table compares ids by their member names without making them (<see cref="MemberNames.IdsByName"/>,
/// <see cref="MemberNames.ReservedFor"/>): it must find exactly the collisions and reserved names that comparing the
/// names made by <see cref="MemberNames.For"/> finds.
/// </summary>
public class MemberNamesTests
{
    /// <summary>Ids of letters, digits and '_' in every arrangement the id rules allow, and reserved names' spellings.</summary>
    public static readonly string[] Ids = Build();

    private static string[] Build()
    {
        var random = new Random(7);
        const string alphabet = "aAbB019_";
        var ids = new List<string> { "corpus", "values", "equals", "get_hash_code", "getHashCode", "to_string", "claims", "claim", "entities", "sources", "quotes", "events", "reference_equals", "finalize", "corpus_", "values_x", "Corpus" };
        for (var i = 0; i < 4000; i++)
        {
            var length = random.Next(1, 9);
            var id = new char[length];
            id[0] = "abAB"[random.Next(4)];
            for (var j = 1; j < length; j++)
            {
                id[j] = alphabet[random.Next(alphabet.Length)];
            }

            ids.Add(new string(id));
        }

        return ids.Where(IdText.IsValid).Distinct().ToArray();
    }

    [Fact]
    public void Ids_are_equal_by_name_exactly_when_their_names_are()
    {
        var byName = Ids.GroupBy(MemberNames.For, StringComparer.Ordinal).ToArray();
        Assert.Contains(byName, g => g.Count() > 1);
        foreach (var group in byName)
        {
            var hashes = group.Select(MemberNames.IdsByName.GetHashCode).Distinct();
            Assert.Single(hashes);
        }

        var sample = Ids.Take(400).ToArray();
        foreach (var a in sample)
        {
            foreach (var b in sample)
            {
                Assert.True(MemberNames.For(a) == MemberNames.For(b) == MemberNames.IdsByName.Equals(a, b), $"{a} / {b}");
            }
        }

        foreach (var group in byName.Where(g => g.Count() > 1))
        {
            Assert.All(group, id => Assert.True(MemberNames.IdsByName.Equals(group.First(), id), $"{group.First()} / {id}"));
        }
    }

    [Fact]
    public void A_reserved_name_is_found_exactly_when_the_made_name_is_reserved()
    {
        Assert.Contains(Ids, id => MemberNames.ReservedFor(id) is not null);
        foreach (var id in Ids)
        {
            var name = MemberNames.For(id);
            Assert.Equal(MemberNames.Reserved.Contains(name) ? name : null, MemberNames.ReservedFor(id));
        }
    }
}
