using System.Text;
using System.Text.RegularExpressions;
using FactCorpus.Generator.Tests.Support;
using Microsoft.CodeAnalysis;
using YamlDotNet.RepresentationModel;

namespace FactCorpus.Generator.Tests;

/// <summary>The corpus shipped in corpus/: it must generate cleanly, and its evidence must be in its article.</summary>
public class ShippedCorpusTests
{
    [Fact]
    public void Generates_without_diagnostics_and_compiles()
    {
        var result = GeneratorHarness.Run(ShippedCorpus.Files(), "FactCorpus");

        Assert.Null(result.Exception);
        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        Assert.Empty(result.CompileDiagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Every_evidence_excerpt_and_direct_quote_occurs_in_the_article()
    {
        // An oracle independent of the generator: YamlDotNet's own document model and a regex normaliser.
        var article = Normalize(File.ReadAllText(ShippedCorpus.ArticlePath));
        var excerpts = new List<string>();
        foreach (var file in ShippedCorpus.FactFilePaths)
        {
            var yaml = new YamlStream();
            yaml.Load(new StringReader(File.ReadAllText(file)));
            var root = (YamlMappingNode)yaml.Documents[0].RootNode;
            foreach (var section in root.Children.Values.OfType<YamlSequenceNode>())
            {
                foreach (var item in section.Children.OfType<YamlMappingNode>())
                {
                    if (item.Children.TryGetValue("evidence", out var evidence))
                    {
                        excerpts.AddRange(((YamlSequenceNode)evidence).Children.Select(e => ((YamlScalarNode)e).Value!));
                    }

                    if (item.Children.TryGetValue("mode", out var mode) && ((YamlScalarNode)mode).Value == "direct")
                    {
                        excerpts.Add(((YamlScalarNode)item.Children["text"]).Value!);
                    }
                }
            }
        }

        Assert.True(excerpts.Count > 50, $"only {excerpts.Count} excerpts found: the corpus looks truncated");
        var missing = excerpts.Where(e => !article.Contains(Normalize(e), StringComparison.Ordinal)).ToList();
        Assert.Empty(missing);
    }

    private static string Normalize(string text) =>
        Regex.Replace(text, @"\s+", " ").Trim()
            .Replace('\u201C', '"').Replace('\u201D', '"')
            .Replace('\u2018', '\'').Replace('\u2019', '\'')
            .Replace('\u2013', '-').Replace('\u2014', '-');
}
