using System.Globalization;
using FactCorpus.Generator.Tests.Support;
using Microsoft.CodeAnalysis;

namespace FactCorpus.Generator.Tests;

/// <summary>The same facts give byte-identical output whatever the file order and the machine's culture.</summary>
public class DeterminismTests
{
    /// <summary>
    /// Every generated file by hint name: the files and their bytes must not depend on the input order (the driver
    /// lists one file's output a YAML file, in the order the compiler passes the YAML files).
    /// </summary>
    private static string Generate(IEnumerable<AdditionalText> files) =>
        string.Join("\n", GeneratorHarness.Run(files, "FactCorpus").Sources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => s.HintName + "\n" + s.Source));

    [Fact]
    public void File_order_does_not_change_the_output()
    {
        var files = ShippedCorpus.Files().ToList();
        Assert.True(files.Count > 3);

        var forward = Generate(files);
        var reversed = Generate(Enumerable.Reverse(files));
        var rotated = Generate(files.Skip(2).Concat(files.Take(2)));

        Assert.Equal(forward, reversed);
        Assert.Equal(forward, rotated);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public void Culture_does_not_change_the_output(string culture)
    {
        // A decimal amount and ids with 'i' exercise the decimal separator and Turkish casing.
        var files = ShippedCorpus.Files().Append(new InMemoryAdditionalText(
            Path.Combine(RepoPaths.Corpus, "culture.facts.yaml"),
            """
            claims:
              - id: initial_share_in_italy
                subject: russia
                predicate: share
                value: { kind: quantity, amount: 5.25, unit: percent, bound: approximately }
                statement: A made-up claim with a decimal amount.
                said_by: russia
                source: us_resumes_assistance_article
                date: 2025-03-11
                evidence: ["Russia now occupies about 5% of Ukraine"]
            """)).ToList();
        var invariant = Generate(files);
        Assert.Contains("5.25m", invariant);

        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            Assert.Equal(invariant, Generate(files));
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = saved;
        }
    }
}
