namespace FactCorpus.Generator.Tests.Fuzzing;

/// <summary>
/// The single syntax slips a person makes while editing one line of a *.facts.yaml file: a tab in the
/// indentation, a quote or bracket opened and never closed, a missing ':', a line indented one space too little
/// or too much. Each applies to one line, or does not apply to it (null).
/// </summary>
internal static class SyntaxSlips
{
    public static readonly (string Name, Func<string, string?> Apply)[] All =
    [
        ("tab before the line", line => "\t" + line),
        ("tab as indentation", line => Indent(line) > 0 ? "\t" + line.TrimStart(' ') : null),
        ("unclosed double quote", line => AtValue(line, v => v.StartsWith('"') ? v.TrimEnd('"') : "\"" + v)),
        ("unclosed single quote", line => AtValue(line, v => v.StartsWith('\'') ? null : "'" + v)),
        ("unclosed [", line => line.Contains(']') ? line.Remove(line.LastIndexOf(']'), 1) : AtValue(line, v => "[" + v)),
        ("unclosed {", line => line.Contains('}') ? line.Remove(line.LastIndexOf('}'), 1) : AtValue(line, v => "{ " + v)),
        ("missing colon", line => line.Contains(": ", StringComparison.Ordinal) ? ReplaceFirst(line, ": ", " ") : null),
        ("missing space after the colon", line => line.Contains(": ", StringComparison.Ordinal) ? ReplaceFirst(line, ": ", ":") : null),
        ("a stray closing bracket", line => AtValue(line, v => v + "]")),
        ("indented one space less", line => Indent(line) > 0 ? line.Substring(1) : null),
        ("indented one space more", line => Indent(line) > 0 ? " " + line : null),
    ];

    /// <summary>Lines worth breaking: not blank, not a comment.</summary>
    public static bool IsContent(string line) => line.Trim().Length > 0 && !line.TrimStart().StartsWith('#');

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    /// <summary>The line with its value (after the first ": ") changed by <paramref name="change"/>; null without a value.</summary>
    private static string? AtValue(string line, Func<string, string?> change)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 0 || colon + 2 >= line.Length)
        {
            return null;
        }

        var changed = change(line.Substring(colon + 2));
        return changed is null ? null : line.Substring(0, colon + 2) + changed;
    }

    private static string ReplaceFirst(string text, string what, string with)
    {
        var at = text.IndexOf(what, StringComparison.Ordinal);
        return text.Substring(0, at) + with + text.Substring(at + what.Length);
    }
}
