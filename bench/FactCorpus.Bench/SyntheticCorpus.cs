using System.Globalization;
using System.Text;

namespace FactCorpus.Bench;

/// <summary>
/// A corpus in the real format, made up to size: per 50 claims one article (about the size of a news story) with
/// 10 entities, 12 quotes and 5 events, every claim with evidence in its article. Spread over the given number of
/// YAML files; ids cross files as in a real corpus.
/// </summary>
public sealed class SyntheticCorpus
{
    private const int ClaimsPerArticle = 50;

    public SyntheticCorpus(int claims, int files)
    {
        var articles = Math.Max(1, claims / ClaimsPerArticle);
        var sections = new[] { "sources", "entities", "claims", "quotes", "events" };
        var yaml = Enumerable.Range(0, files).Select(_ => sections.ToDictionary(s => s, _ => new StringBuilder())).ToArray();
        var next = 0;

        // Items go round-robin over the files, so every file has some of each section and references cross files.
        StringBuilder Item(string section) => yaml[next++ % files][section];
        var articleTexts = new List<(string Path, string Text)>();
        for (var a = 0; a < articles; a++)
        {
            var article = new StringBuilder();
            var claimsHere = Math.Min(ClaimsPerArticle, claims - (a * ClaimsPerArticle));
            Item("sources").Append(Invariant($"  - id: article_{a}\n    title: \"Article {a}: talks resume\"\n    published: 2025-03-{1 + (a % 28):D2}\n    text: articles/article_{a}.txt\n"));
            for (var e = 0; e < 10; e++)
            {
                Item("entities").Append(Invariant($"  - id: person_{a}_n{e}\n    kind: person\n    name: \"Person {a} {e}\"\n    aliases: [\"P{a}.{e}\"]\n    description: Official number {e}\n"));
            }

            for (var c = 0; c < claimsHere; c++)
            {
                // The sentence names who said it by an alias (FC3004), as the quotes' sentences do below.
                var sentence = Invariant($"Official {c} of article {a}, P{a}.{c % 10}, said the talks lasted more than {c % 24} hours and covered {c} topics.");
                article.Append(sentence).Append(' ');
                Item("claims").Append(Invariant($"  - id: claim_{a}_n{c}\n    subject: person_{a}_n{c % 10}\n    predicate: talks_duration\n    value: {{ kind: duration, amount: {c % 24}, unit: hour, bound: more_than }}\n    statement: \"Official {c} said the talks lasted more than {c % 24} hours.\"\n    said_by: person_{a}_n{c % 10}\n    source: article_{a}\n    date: {{ on: 2025-03-11, from: \"on Tuesday\" }}\n    evidence: [\"{sentence}\"]\n"));
            }

            for (var q = 0; q < 12; q++)
            {
                var words = Invariant($"We hope for an answer number {q} from article {a} as quickly as possible");
                article.Append('\u201C').Append(words).Append(Invariant($",\u201D said P{a}.{q % 10}. "));
                Item("quotes").Append(Invariant($"  - id: quote_{a}_n{q}\n    speaker: person_{a}_n{q % 10}\n    mode: direct\n    text: \"{words}\"\n    source: article_{a}\n    date: 2025-03-11\n"));
            }

            for (var v = 0; v < 5; v++)
            {
                var sentence = Invariant($"Meeting {v} of article {a} took place in the city.");
                article.Append(sentence).Append(' ');
                Item("events").Append(Invariant($"  - id: event_{a}_n{v}\n    type: talks\n    summary: \"Meeting {v}.\"\n    date: 2025-03\n    location: person_{a}_n0\n    participants: [{{ entity: person_{a}_n1, role: party }}]\n    source: article_{a}\n    evidence: [\"{sentence}\"]\n"));
            }

            articleTexts.Add(($"articles/article_{a}.txt", article.ToString()));
        }

        FactFiles = yaml.Select((file, i) => (
                Invariant($"corpus_{i:D3}.facts.yaml"),
                string.Concat(sections.Where(s => file[s].Length > 0).Select(s => s + ":\n" + file[s]))))
            .ToArray();
        Articles = articleTexts.ToArray();
        Claims = claims;
    }

    public int Claims { get; }

    /// <summary>Sources, entities, claims, quotes and events: every list entry of every file (each starts with its id).</summary>
    public int Items => FactFiles.Sum(f => CountOf(f.Text, "\n  - id: "));

    public (string Path, string Text)[] FactFiles { get; }

    public (string Path, string Text)[] Articles { get; }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
