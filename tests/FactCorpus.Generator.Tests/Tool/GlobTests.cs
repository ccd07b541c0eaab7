using FactCorpus.Tool.Corpus;

namespace FactCorpus.Generator.Tests.Tool;

/// <summary>The article patterns of `--articles`, read as MSBuild reads FactCorpusArticles.</summary>
public class GlobTests
{
    [Theory]
    [InlineData("articles/**/*.txt", "articles/a.txt", true)]
    [InlineData("articles/**/*.txt", "articles/2025/03/a.txt", true)]
    [InlineData("articles/**/*.txt", "articles/a.md", false)]
    [InlineData("articles/**/*.txt", "other/articles/a.txt", false)]
    [InlineData("articles/**/*.txt", "articlesX/a.txt", false)]
    [InlineData("texts/*.txt", "texts/a.txt", true)]
    [InlineData("texts/*.txt", "texts/sub/a.txt", false)]
    [InlineData("**/*.txt", "a.txt", true)]
    [InlineData("./texts/?.txt", "texts/a.txt", true)]
    [InlineData("texts\\a.txt", "texts/a.txt", true)]
    [InlineData("a+b(1).txt", "a+b(1).txt", true)]
    [InlineData(".texts/*.txt", ".texts/a.txt", true)]
    [InlineData(".texts/*.txt", "texts/a.txt", false)]
    public void Matches_as_msbuild_does(string pattern, string path, bool matches) =>
        Assert.Equal(matches, new Glob(pattern).IsMatch(path));
}
