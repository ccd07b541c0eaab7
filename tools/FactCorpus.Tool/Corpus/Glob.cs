using System.Text;
using System.Text.RegularExpressions;

namespace FactCorpus.Tool.Corpus;

/// <summary>
/// An MSBuild-style file pattern ("articles/**/*.txt"), matched against paths relative to the corpus folder with '/'
/// separators: `**/` is any number of folders, `*` any run of characters but '/', `?` one of them.
/// </summary>
internal sealed class Glob(string pattern)
{
    private readonly Regex regex = new(ToRegex(pattern), RegexOptions.CultureInvariant);

    public string Pattern { get; } = pattern;

    public bool IsMatch(string relativePath) => regex.IsMatch(relativePath);

    private static string ToRegex(string pattern)
    {
        var text = pattern.Replace('\\', '/');
        while (text.StartsWith("./", StringComparison.Ordinal))
        {
            text = text[2..];
        }

        var regex = new StringBuilder("^");
        for (var i = 0; i < text.Length; i++)
        {
            if (string.CompareOrdinal(text, i, "**/", 0, 3) == 0)
            {
                regex.Append("(?:.*/)?");
                i += 2;
            }
            else if (string.CompareOrdinal(text, i, "**", 0, 2) == 0)
            {
                regex.Append(".*");
                i++;
            }
            else
            {
                regex.Append(text[i] switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    var c => Regex.Escape(c.ToString()),
                });
            }
        }

        return regex.Append('$').ToString();
    }
}
