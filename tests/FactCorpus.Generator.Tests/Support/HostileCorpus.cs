namespace FactCorpus.Generator.Tests.Support;

/// <summary>
/// A small valid corpus whose strings try to break out of C# literals and XML doc comments. Each string sits in a
/// YAML double-quoted scalar, so YAML escapes (\n, \t, \u202E, \U0001F600, \0) reach the generator as real characters.
/// </summary>
internal static class HostileCorpus
{
    /// <summary>The strings, as C# sees them after YAML unescapes them.</summary>
    public static readonly string[] Strings =
    [
        "quote \" and backslash \\ and \\u0041 literally",
        "line one\nline two\r\n#error injected\ttab",
        "*/ /* // comment enders; </summary><see cref=\"X\"/> & &amp; <![CDATA[x]]>",
        "braces {0} {{ }} $\"{x}\" and @\"verbatim\"",
        "bidi \u202Eevil\u202C zero\u200Bwidth BOM\uFEFF end",
        "astral \U0001F600 accents \u00E9\u00E8 CJK \u4E2D and NUL \0 bell \a",
    ];

    private static string Yaml(string s)
    {
        var builder = new System.Text.StringBuilder("\"");
        foreach (var rune in s.EnumerateRunes())
        {
            builder.Append(rune.Value switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                >= 0x20 and < 0x7F => ((char)rune.Value).ToString(),
                < 0x10000 => $"\\u{rune.Value:X4}",
                _ => $"\\U{rune.Value:X8}",
            });
        }

        return builder.Append('"').ToString();
    }

    public static (string Path, string Text)[] Files =>
    [
        ("articles/hostile.txt", string.Join("\n\n", Strings)),
        ("hostile.facts.yaml", $$"""
            sources:
              - id: hostile_source
                title: {{Yaml(Strings[0])}}
                publisher: {{Yaml(Strings[1])}}
                text: articles/hostile.txt
            entities:
            {{string.Concat(Strings.Select((s, i) => $$"""
              - id: entity_{{i}}
                kind: person
                name: {{Yaml(s)}}
                aliases: [{{Yaml(s)}}]
                description: {{Yaml(s)}}

            """))}}
            claims:
            {{string.Concat(Strings.Select((s, i) => $$"""
              - id: claim_{{i}}
                subject: entity_{{i}}
                predicate: says
                value: { kind: text, text: {{Yaml(s)}} }
                statement: {{Yaml(s)}}
                said_by: entity_{{i}}
                source: hostile_source
                evidence: [{{Yaml(s)}}]
                note: {{Yaml(s)}}

            """))}}
            """),
    ];
}
