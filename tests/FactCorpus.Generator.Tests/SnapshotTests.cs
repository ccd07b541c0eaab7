using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;
using FactCorpus.Generator.Tests.Support;

namespace FactCorpus.Generator.Tests;

/// <summary>
/// Approved-file snapshots of the generated code (ApprovalTests; Verify.Xunit cannot be restored here). A change
/// to the output fails with a *.received.txt beside the approved file: review it, then rename it to approve.
/// </summary>
[UseReporter(typeof(QuietReporter))]
[UseApprovalSubdirectory("Snapshots")]
public class SnapshotTests
{
    [Theory]
    [InlineData("sources.facts.g.cs")]
    [InlineData("entities.facts.g.cs")]
    [InlineData("claims.facts.g.cs")]
    [InlineData("quotes.facts.g.cs")]
    [InlineData("events.facts.g.cs")]
    [InlineData("Corpus.g.cs")]
    public void Shipped_corpus(string hintName)
    {
        var result = GeneratorHarness.Run(ShippedCorpus.Files(), "FactCorpus");
        Assert.Equal(6, result.Sources.Length);

        using (ApprovalResults.ForScenario(hintName))
        {
            Approvals.Verify(result.Sources.Single(s => s.HintName == hintName).Source);
        }
    }

    [Fact]
    public void Hostile_strings()
    {
        var result = GeneratorHarness.Run(HostileCorpus.Files);

        Assert.Empty(result.Diagnostics);
        Approvals.Verify(string.Join("\n", result.Sources.Select(s => "// ==== " + s.HintName + "\n" + s.Source)));
    }
}
