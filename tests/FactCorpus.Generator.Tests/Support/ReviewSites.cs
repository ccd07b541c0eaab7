using FactCorpus.Tool.Report;

namespace FactCorpus.Generator.Tests.Support;

/// <summary>
/// Review sites (`factcorpus report`) for the tests: of the shipped corpus, and of a FICTIONAL corpus written for these
/// tests whose strings try to break out of HTML (a script, an image with a handler, quotes of both kinds, ampersands,
/// a closing mark) in every field the site shows and in the article the evidence comes from.
/// </summary>
internal static class ReviewSites
{
    public const string Hostile = "<script>alert(\"pwned\")</script> & 'single' </mark><img src=x onerror=alert(1)>";

    public const string HostileArticle = "FICTIONAL ARTICLE, written for the FactCorpus tests.\n\nThe mayor of Eastbrook said " + Hostile + " on Friday.\nThe ferry cost 3 crowns & more.\n";

    public static readonly (string Path, string Text)[] HostileFiles =
    [
        ("articles/hostile.txt", HostileArticle),
        ("hostile.facts.yaml", $$"""
            sources:
              - id: eastbrook_post
                title: {{Yaml(Hostile)}}
                publisher: {{Yaml("The Eastbrook Post (fictional) " + Hostile)}}
                published: 2024-05
                url: "javascript:alert('url')"
                text: articles/hostile.txt
            entities:
              - id: mayor
                kind: person
                name: {{Yaml("The \"mayor\" " + Hostile)}}
                aliases: [{{Yaml(Hostile)}}]
                description: {{Yaml(Hostile)}}
              - id: eastbrook
                kind: place
                name: Eastbrook
            claims:
              - id: mayor_said
                subject: eastbrook
                predicate: said
                value: { kind: text, text: {{Yaml(Hostile)}} }
                statement: {{Yaml("The mayor said " + Hostile)}}
                said_by: mayor
                source: eastbrook_post
                evidence: [{{Yaml("The mayor of Eastbrook said " + Hostile)}}]
                status: disputed
                note: {{Yaml(Hostile)}}
            quotes:
              - id: mayor_quote
                speaker: mayor
                mode: direct
                text: {{Yaml(Hostile)}}
                source: eastbrook_post
            events:
              - id: mayor_spoke
                type: statement
                summary: {{Yaml(Hostile)}}
                date: 2024-05-03
                location: eastbrook
                participants: [{ entity: mayor, role: speaker }]
                source: eastbrook_post
                evidence: [{{Yaml(Hostile + " on Friday")}}]
            """),
    ];

    /// <summary>Writes <paramref name="files"/> into a new folder under the temp folder and returns it.</summary>
    public static string WriteCorpus((string Path, string Text)[] files)
    {
        var root = Path.Combine(Path.GetTempPath(), "factcorpus-report-" + Guid.NewGuid().ToString("N"));
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        return root;
    }

    /// <summary>The site's pages by file name, as the report writes them.</summary>
    public static Dictionary<string, string> Pages(string corpusDirectory) =>
        ReviewSite.Pages(new ReviewCorpus(CorpusReading.Read(corpusDirectory))).ToDictionary(p => p.Name, p => p.Html);

    /// <summary>The site written into a new folder under the temp folder, which is returned.</summary>
    public static string Write(string corpusDirectory)
    {
        var output = Path.Combine(Path.GetTempPath(), "factcorpus-site-" + Guid.NewGuid().ToString("N"));
        ReviewSite.Write(new ReviewCorpus(CorpusReading.Read(corpusDirectory)), output);
        return output;
    }

    private static string Yaml(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
