using FactCorpus.Generator.Tests.Support;

namespace FactCorpus.Generator.Tests;

/// <summary>Strings that try to break out of literals and doc comments compile, and round-trip exactly at run time.</summary>
public class EscapingTests
{
    [Fact]
    public void Hostile_strings_compile_without_warnings_and_round_trip()
    {
        var result = GeneratorHarness.Run(HostileCorpus.Files);
        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompileDiagnostics.Select(d => d.ToString()));

        var assembly = result.Load();
        object? Member(string type, string name) => assembly.Member("TestCorpus." + type, name);

        for (var i = 0; i < HostileCorpus.Strings.Length; i++)
        {
            var expected = HostileCorpus.Strings[i];
            var entity = (FactCorpus.Model.Entity)Member("Entities", "Entity" + i)!;
            var claim = (FactCorpus.Model.Claim)Member("Claims", "Claim" + i)!;
            Assert.Equal(expected, entity.Name);
            Assert.Equal(expected, entity.Description);
            Assert.Equal(expected, Assert.Single(entity.Aliases));
            Assert.Equal(expected, claim.Statement);
            Assert.Equal(expected, claim.Note);
            Assert.Equal(expected, Assert.Single(claim.Evidence));
            Assert.Equal(expected, ((FactCorpus.Model.TextValue)claim.Value).Text);
            Assert.Equal(expected, Member("Values", "Claim" + i));
        }
    }

    [Fact]
    public void Generated_source_is_printable_ascii_so_no_invisible_character_can_hide_code()
    {
        var result = GeneratorHarness.Run(HostileCorpus.Files);

        var offending = result.Sources.SelectMany(s => s.Source.Where(c => c is not '\n' && (c < ' ' || c > '~'))).ToList();
        Assert.Empty(offending);
    }
}
