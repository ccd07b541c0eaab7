using System.CommandLine;
using FactCorpus.Tool.Corpus;

namespace FactCorpus.Tool.Commands;

/// <summary>The folder argument and article pattern every verb that reads a corpus takes, and finding the corpus from them.</summary>
internal static class CorpusArguments
{
    public static Argument<string> Directory() => new("DIR")
    {
        Description = "The corpus folder: every *.facts.yaml in it or its subfolders is read. Default: the current folder.",
        DefaultValueFactory = _ => ".",
    };

    public static Option<string> Articles() => new("--articles")
    {
        Description = "Which files are articles, as a pattern relative to DIR (as FactCorpusArticles in a project).",
        DefaultValueFactory = _ => CorpusFolder.DefaultArticles,
        HelpName = "PATTERN",
    };

    /// <summary>The corpus, or null after writing the one line that says why there is none.</summary>
    public static CorpusFolder? Find(ParseResult parse, Argument<string> directory, Option<string> articles)
    {
        var (folder, problem) = CorpusFolder.Find(parse.GetValue(directory)!, parse.GetValue(articles)!);
        if (problem is not null)
        {
            parse.InvocationConfiguration.Error.WriteLine("factcorpus: " + problem);
        }

        return folder;
    }
}
