using System.Text;

namespace FactCorpus.Generator.Tests.Fuzzing;

/// <summary>
/// Mutates valid *.facts.yaml text the ways people and merges break it: deleting, duplicating and moving lines
/// (nodes), retyping values, renaming ids, re-indenting, truncating, and corrupting characters with the ones
/// YAML and C# care most about. Deterministic for a given Random.
/// </summary>
internal static class CorpusMutator
{
    private static readonly string[] Retypes =
    [
        "[]", "{}", "~", "\"\"", "12", "-1.5e3", "2025-13-01", "2025-02-30", "[a, b", "{ kind: }", "*nope", "&a x", "!!binary AA==",
        "\"\\u202E\"", "'it''s'", "|\n  block", ">-\n  folded", "true", "null", "\"\\\"; }} class X {{ //\"", "\"</summary>\"", "@x", "`x`",
    ];

    private static readonly string[] Fragments =
    [
        "\t", ":", ": ", "-", "- ", "[", "]", "{", "}", ",", "#", "&", "*", "!", "|", ">", "'", "\"", "\\", "%", "@", "`", "---", "...",
        "\n", "\r", "\0", "\u00A0", "\u200B", "\u202E", "\uFEFF", "\uD800", "\uDC00", "\U0001F600", "é", "Ω", "*/", "</summary>", "{0}",
        "id: x", "kind: person", "value: { kind: text, text: x }", "  - ", "    ",
    ];

    public static string Mutate(string yaml, Random random)
    {
        var lines = yaml.Split('\n').ToList();
        switch (random.Next(10))
        {
            case 0 when lines.Count > 1:
                lines.RemoveAt(random.Next(lines.Count));
                break;
            case 1:
                var copied = random.Next(lines.Count);
                lines.Insert(random.Next(lines.Count + 1), lines[copied]);
                break;
            case 2 when lines.Count > 1:
                var (a, b) = (random.Next(lines.Count), random.Next(lines.Count));
                (lines[a], lines[b]) = (lines[b], lines[a]);
                break;
            case 3:
                return Retype(lines, random);
            case 4:
                var line = random.Next(lines.Count);
                lines[line] = new string(' ', random.Next(0, 9)) + lines[line].TrimStart();
                break;
            case 5:
                return yaml.Substring(0, random.Next(yaml.Length + 1));
            case 6:
                return RenameId(yaml, random);
            case 7:
                var start = random.Next(lines.Count);
                var count = Math.Min(random.Next(1, 8), lines.Count - start);
                lines.InsertRange(Math.Min(start + count, lines.Count), lines.GetRange(start, count));
                break;
            default:
                var builder = new StringBuilder(yaml);
                var edits = random.Next(1, 4);
                for (var i = 0; i < edits; i++)
                {
                    var at = random.Next(builder.Length + 1);
                    if (random.Next(3) == 0 && at < builder.Length)
                    {
                        builder.Remove(at, 1);
                    }
                    else
                    {
                        builder.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    }
                }

                return builder.ToString();
        }

        return string.Join('\n', lines);
    }

    /// <summary>Replaces the value after a "key:" on a random line with a value of another type.</summary>
    private static string Retype(List<string> lines, Random random)
    {
        var candidates = lines.Select((l, i) => (l, i)).Where(p => p.l.Contains(": ", StringComparison.Ordinal)).ToList();
        if (candidates.Count > 0)
        {
            var (text, index) = candidates[random.Next(candidates.Count)];
            var colon = text.IndexOf(": ", StringComparison.Ordinal);
            lines[index] = text.Substring(0, colon + 2) + Retypes[random.Next(Retypes.Length)];
        }

        return string.Join('\n', lines);
    }

    /// <summary>Renames one id everywhere it is declared but not where it is used, or the reverse: dangling references.</summary>
    private static string RenameId(string yaml, Random random)
    {
        var ids = System.Text.RegularExpressions.Regex.Matches(yaml, @"id: (\w+)").Select(m => m.Groups[1].Value).Distinct().ToList();
        if (ids.Count == 0)
        {
            return yaml;
        }

        var id = ids[random.Next(ids.Count)];
        return random.Next(2) == 0 ? yaml.Replace("id: " + id, "id: " + id + "_renamed") : yaml.Replace(" " + id, " " + id + "X");
    }
}
