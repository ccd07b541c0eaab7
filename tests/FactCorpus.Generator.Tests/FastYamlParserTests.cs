using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FactCorpus.Bench;
using FactCorpus.Generator.Reading;
using FactCorpus.Generator.Tests.Fuzzing;
using FactCorpus.Generator.Tests.Support;
using Xunit.Abstractions;
using YamlDotNet.Core;

namespace FactCorpus.Generator.Tests;

/// <summary>
/// <see cref="FastYamlParser"/> against YamlDotNet's parser on the same text: either the fast scan gives up (null),
/// or YamlDotNet reads the whole text without error and gives the very same events (type, value, style, anchor, tag,
/// implicit flags, key flag, start and end marks). Giving up is always allowed; the texts the project ships must
/// not give up, or the fast path would never be taken.
/// </summary>
public partial class FastYamlParserTests(ITestOutputHelper output)
{
    private static readonly string[] ShippedTexts = ShippedCorpus.FactFilePaths
        .Append(Path.Combine(RepoPaths.Root, "templates", "FactCorpus.Templates", "content", "factcorpus", "harbour-light.facts.yaml"))
        .Select(File.ReadAllText)
        .Concat(HostileCorpus.Files.Where(f => f.Path.EndsWith(".facts.yaml", StringComparison.Ordinal)).Select(f => f.Text))
        .ToArray();

    public static TheoryData<int, int> SyntheticSizes() => new() { { 50, 1 }, { 1000, 3 }, { 2000, 40 } };

    [Fact]
    public void Shipped_template_and_hostile_corpora_take_the_fast_path_with_YamlDotNets_events()
    {
        Assert.Equal(7, ShippedTexts.Length);
        foreach (var text in ShippedTexts)
        {
            Assert.True(Compare(text), "the fast scan gave up on a shipped file:\n" + text[..Math.Min(300, text.Length)]);
        }
    }

    [Theory]
    [MemberData(nameof(SyntheticSizes))]
    public void The_benchmarks_synthetic_corpus_takes_the_fast_path_with_YamlDotNets_events(int claims, int files)
    {
        foreach (var (path, text) in new SyntheticCorpus(claims, files).FactFiles)
        {
            Assert.True(Compare(text), "the fast scan gave up on " + path);
        }
    }

    /// <summary>
    /// A file's event blocks go to the next file its thread scans: a file scanned while another's events are still
    /// being read, or after a larger file, has its own events, and so has the larger file.
    /// </summary>
    [Fact]
    public void Files_scanned_while_another_is_read_or_after_a_larger_one_keep_their_own_events()
    {
        var large = new SyntheticCorpus(200, 1).FactFiles.Single().Text;
        var expected = new List<string>();
        var reference = new YamlDotNetEvents(large, 0);
        while (reference.MoveNext())
        {
            expected.Add(Describe(reference));
        }

        Assert.True(expected.Count > 3 * 1024, "the large file should fill several blocks");
        var first = FastYamlParser.TryScan(large, 0)!;
        var actual = new List<string>();
        for (var i = 0; i < expected.Count / 2 && first.MoveNext(); i++)
        {
            actual.Add(Describe(first));
        }

        Assert.True(Compare(ShippedTexts[0]), "a file scanned while another is read");
        while (first.MoveNext())
        {
            actual.Add(Describe(first));
        }

        Assert.Equal(expected, actual);
        Assert.True(Compare(ShippedTexts[0]), "a file scanned after a larger one");
        Assert.True(Compare(large), "the larger file again");
    }

    /// <summary>
    /// A short scalar a file spells again, plain or quoted, is the same string (the driver keeps a file's items, and a
    /// copy each would be kept with them); long ones and those of another file are their own.
    /// </summary>
    [Fact]
    public void A_file_spells_each_short_scalar_with_one_string()
    {
        var statement = new string('w', 60);
        const string text = "claims:\n  - id: a_claim\n    subject: us_team\n    said_by: \"rubio\"\n    statement: {0}\n  - id: b_claim\n    subject: us_team\n    said_by: rubio\n    statement: {0}\n";
        var file = string.Format(CultureInfo.InvariantCulture, text, statement);
        string[] Values(string yaml)
        {
            var parser = FastYamlParser.TryScan(yaml, 0)!;
            var values = new List<string>();
            while (parser.MoveNext())
            {
                if (parser.Kind == YamlEventKind.Scalar)
                {
                    values.Add(parser.Value);
                }
            }

            return values.ToArray();
        }

        var values = Values(file);
        var teams = values.Where(v => v == "us_team").ToArray();
        var speakers = values.Where(v => v == "rubio").ToArray();
        var statements = values.Where(v => v == statement).ToArray();
        Assert.Equal(2, teams.Length);
        Assert.Same(teams[0], teams[1]);
        Assert.Same(speakers[0], speakers[1]);
        Assert.NotSame(statements[0], statements[1]);
        Assert.NotSame(teams[0], Values(file).First(v => v == "us_team"));
    }

    /// <summary>Line ends, a byte-order mark, no final line break, trailing spaces and comments: same events, still fast.</summary>
    [Fact]
    public void Shipped_files_rewritten_in_other_valid_layouts_take_the_fast_path()
    {
        var layouts = new (string Name, Func<string, string> Apply)[]
        {
            ("CRLF", t => t.Replace("\n", "\r\n", StringComparison.Ordinal)),
            ("BOM", t => "\uFEFF" + t),
            ("no final line break", t => t.TrimEnd('\n')),
            ("trailing spaces", t => t.Replace("\n", "   \n", StringComparison.Ordinal)),
            ("trailing comments", t => string.Join('\n', t.Split('\n').Select(l => l.Length == 0 || l.TrimStart().StartsWith('#') ? l : l + "  # note: x"))),
            ("explicit document start", t => "---\n" + t),
            ("BOM, CRLF, document start, no final break", t => "\uFEFF---\r\n" + t.TrimEnd('\n').Replace("\n", "\r\n", StringComparison.Ordinal)),
        };
        foreach (var (name, apply) in layouts)
        {
            foreach (var text in ShippedTexts)
            {
                Assert.True(Compare(apply(text)), $"{name}: the fast scan gave up");
            }
        }
    }

    /// <summary>Every <see cref="SyntaxSlips"/> slip on every content line of every shipped file.</summary>
    [Fact]
    public void Syntax_slips_give_up_or_give_YamlDotNets_events()
    {
        var (tried, fast) = (0, 0);
        foreach (var text in ShippedTexts)
        {
            var lines = text.Split('\n');
            for (var line = 0; line < lines.Length; line++)
            {
                if (!SyntaxSlips.IsContent(lines[line]))
                {
                    continue;
                }

                foreach (var (_, apply) in SyntaxSlips.All)
                {
                    if (apply(lines[line]) is { } slipped)
                    {
                        tried++;
                        fast += Compare(string.Join('\n', lines.Take(line).Append(slipped).Concat(lines.Skip(line + 1)))) ? 1 : 0;
                    }
                }
            }
        }

        output.WriteLine($"{tried} slipped files, {fast} of them read by the fast scan");
        // Some slips leave valid YAML (one space more before a value's key): those are compared, not only given up on.
        Assert.True(fast > 0 && fast < tried, $"{fast} of {tried}");
    }

    /// <summary>The fuzzing tests' mutations of the shipped files (fixed seed).</summary>
    [Fact]
    public void Mutated_files_give_up_or_give_YamlDotNets_events()
    {
        var random = new Random(10);
        var (tried, fast) = (0, 0);
        for (var i = 0; i < 3000; i++)
        {
            var text = ShippedTexts[i % ShippedTexts.Length];
            var mutations = random.Next(1, 4);
            for (var m = 0; m < mutations; m++)
            {
                text = CorpusMutator.Mutate(text, random);
            }

            tried++;
            fast += Compare(text) ? 1 : 0;
        }

        output.WriteLine($"{tried} mutated files, {fast} of them read by the fast scan");
        Assert.True(fast > 0 && fast < tried, $"{fast} of {tried}");
    }

    /// <summary>The YAML written inside the test suite's own C# (raw string literals without holes).</summary>
    [Fact]
    public void The_test_suites_own_yaml_gives_up_or_gives_YamlDotNets_events()
    {
        var testsFolder = Path.Combine(RepoPaths.Root, "tests", "FactCorpus.Generator.Tests");
        var (tried, fast) = (0, 0);
        foreach (var file in Directory.EnumerateFiles(testsFolder, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (Match literal in RawLiteral().Matches(File.ReadAllText(file)))
            {
                var indent = literal.Groups["indent"].Value;
                var text = string.Join('\n', literal.Groups["body"].Value.Split('\n')
                    .Select(l => l.TrimEnd('\r'))
                    .Select(l => l.StartsWith(indent, StringComparison.Ordinal) ? l[indent.Length..] : l.TrimStart()));
                if (!text.Contains(':', StringComparison.Ordinal))
                {
                    continue;
                }

                tried += 2;
                fast += Compare(text) ? 1 : 0;
                fast += Compare(text + "\n") ? 1 : 0;
            }
        }

        output.WriteLine($"{tried} YAML texts of the tests, {fast} read by the fast scan (with and without a final line break)");
        Assert.True(tried > 100 && fast > tried / 2, $"{fast} of {tried}");
    }

    /// <summary>A plain scalar that spells a field name or a word of the format is that shared string, not a copy; others are their own.</summary>
    [Fact]
    public void Field_names_and_format_words_are_shared_strings()
    {
        var parser = FastYamlParser.TryScan("claims:\n  - id: claims_x\n    kind: duration\n    'id': idx\n    statuses: hour\n", 0)!;
        var scalars = new List<string>();
        while (parser.MoveNext())
        {
            if (parser.Kind == YamlEventKind.Scalar)
            {
                scalars.Add(parser.Value);
            }
        }

        Assert.Equal(["claims", "id", "claims_x", "kind", "duration", "id", "idx", "statuses", "hour"], scalars);
        Assert.Same(FactFileReader.Sections[2], scalars[0]);
        Assert.Same(FactFileReader.ClaimFields[0], scalars[1]);
        Assert.Same(Vocabulary.ValueKinds.Words.ElementAt(1), scalars[4]);
        Assert.Same(Vocabulary.TimeUnits.Words.ElementAt(1), scalars[8]);
        // A quoted scalar is cut from the text even when it spells a field name.
        Assert.NotSame(scalars[1], scalars[5]);
    }

    /// <summary>Valid texts at the edges of the subset: each must be read fast, with YamlDotNet's events.</summary>
    [Theory]
    [InlineData("a: b")]
    [InlineData("a: b\n")]
    [InlineData("a:")]
    [InlineData("a:\n")]
    [InlineData("a:\nb:\n")]
    [InlineData("a: x # not: a key\n")]
    [InlineData("a: x#y and x:y and 'quote' and \"dq\" inside\n")]
    [InlineData("a: 'it''s'\n")]
    [InlineData("a: \"\\u00e9\\n\\\"\\t\\\\ \\x41\\U0001F600 \\/ \\0\"\n")]
    [InlineData("a: ''\nb: \"\"\n")]
    [InlineData("'quoted key': 1\n\"dq key\": 2\n")]
    [InlineData("a: -5\nb: 1.2e3\nc: ~\nd: null\ne: true\n")]
    [InlineData("a:   spaced out   \n")]
    [InlineData("a: [x, 'y', \"z\", -1]\nb: []\nc: [ ]\nd: {}\ne: { }\n")]
    [InlineData("a: { on: 2025-03-11, from: x }\nb: [{ entity: p, role: party }, { entity: q, role: x }]\n")]
    [InlineData("a: [[x, y], [z]]\nb: { c: { d: e } }\n")]
    [InlineData("a: { 'k': \"v\" }\n")]
    [InlineData("list:\n- a\n- b\nnext: c\n")]
    [InlineData("list:\n  - a\n  -   b\n  - id: c\n    k: d\n  -   id: e\n      k: f\nnext: g\n")]
    [InlineData("a:\n  b:\n    c:\n      d:\n        - e: [f]\n          g:\n            h: i\n")]
    [InlineData("# head\n\n\na: b # c\n\n# mid\n  # indented comment\nc: d\n# tail\n\n")]
    [InlineData("a: b\n# tail without a line break")]
    [InlineData("a: b\n   ")]
    [InlineData("a:\n  b:\n    c: d\n   ")]
    [InlineData("a:\n  b:\n    c: d\n  # c")]
    [InlineData("a:\n  b:\n  - c: d\n   ")]
    [InlineData("a:\n  b:\n  - c: d\n ")]
    [InlineData("a:\n  b:\n    - c: d\n     ")]
    [InlineData("a: 😀 é 中 \u202E x\n")]
    [InlineData("a: no\u00A0break and zero\u200Bwidth\u00A0\n")]
    [InlineData("a: \"😀\"\nb: [😀, é]\n")]
    [InlineData("\uFEFFa: b\n")]
    [InlineData("---\na: b\n")]
    [InlineData("--- # document\na: b\n")]
    [InlineData("a: b\r\nc:\r\n  - d\r\n")]
    [InlineData("a: ---x\nb: ...y\n---c: d\n")]
    [InlineData("a: x - y\nb: x ? y\nc: 50%\nd: a|b>c\ne: x, y\n")]
    public void Edge_cases_are_read_fast_with_YamlDotNets_events(string text)
    {
        Assert.True(Compare(text), "the fast scan gave up");
    }

    /// <summary>Long lines, deep nesting and long keys within YamlDotNet's limits: read fast.</summary>
    [Fact]
    public void Long_and_deep_texts_are_read_fast_with_YamlDotNets_events()
    {
        Assert.True(Compare("a: " + new string('x', 200_000) + "\n"));
        Assert.True(Compare("a: \"" + string.Concat(Enumerable.Repeat("\\u00e9 ", 20_000)) + "\"\n"));
        Assert.True(Compare(new string('k', 1000) + ": v\n"));
        var deep = new StringBuilder();
        for (var i = 0; i < 40; i++)
        {
            deep.Append(' ', i * 2).Append("k").Append(i.ToString(CultureInfo.InvariantCulture)).Append(":\n");
        }

        Assert.True(Compare(deep.Append(' ', 80).Append("- [[[{ a: b }]]]\n").ToString()));
    }

    /// <summary>Outside the subset or possibly wrong: left to YamlDotNet, whatever it makes of them.</summary>
    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("a:\tb\n")]
    [InlineData("a: &x b\nc: *x\n")]
    [InlineData("a: !tag b\n")]
    [InlineData("%YAML 1.2\n---\na: b\n")]
    [InlineData("? a\n: b\n")]
    [InlineData("a: multi\n  line\n")]
    [InlineData("a: 'multi\n  line'\n")]
    [InlineData("a: \"line \\\n  continued\"\n")]
    [InlineData("a: |\n  block\n")]
    [InlineData("a: >\n  folded\n")]
    [InlineData("a: b\n---\nc: d\n")]
    [InlineData("a: b\n...\n")]
    [InlineData("a: b\n c: d\n")]
    [InlineData("a:\n    b: c\n  d: e\n")]
    [InlineData("a: x: y\n")]
    [InlineData("a : b\n")]
    [InlineData("a: [b,\n  c]\n")]
    [InlineData("a: [b: c]\n")]
    [InlineData("a: [b, ]\n")]
    [InlineData("a: { b }\n")]
    [InlineData("a: [b] c\n")]
    [InlineData("a: \"b\"c\n")]
    [InlineData("- a\n- b\n")]
    [InlineData("plain\n")]
    [InlineData("  a: b\n")]
    [InlineData("a:\n  - - b\n")]
    [InlineData("a:\n  -\n    b: c\n")]
    [InlineData("a: \"\\q\"\n")]
    [InlineData("a: \"\\uD800\"\n")]
    [InlineData("a: b\rc: d\n")]
    [InlineData("a: b\u2028c: d\n")]
    [InlineData("a: b\u0085c: d\n")]
    [InlineData("a: \u0001\n")]
    [InlineData("a: [http://x]\n")]
    [InlineData("a: b\n:c: d\n")]
    [InlineData("a: ?b\n")]
    public void Texts_outside_the_subset_are_left_to_YamlDotNet(string text)
    {
        Assert.Null(FastYamlParser.TryScan(text, 0));
    }

    [Fact]
    public void Long_keys_lone_surrogates_and_nesting_past_the_read_limit_are_left_to_YamlDotNet()
    {
        Assert.Null(FastYamlParser.TryScan(new string('k', 1025) + ": v\n", 0));
        Assert.Null(FastYamlParser.TryScan("a: x" + '\uD800' + "\n", 0));
        var deep = string.Concat(Enumerable.Repeat("[", ReadLimits.MaxDepth + 2)) + string.Concat(Enumerable.Repeat("]", ReadLimits.MaxDepth + 2));
        Assert.Null(FastYamlParser.TryScan("a: " + deep + "\n", 0));
    }

    /// <summary>
    /// Compares the fast scan with YamlDotNet on <paramref name="text"/> (a leading byte-order mark is skipped, as the
    /// reader does); true when the fast scan read it.
    /// </summary>
    private static bool Compare(string text)
    {
        var shift = text.StartsWith('\uFEFF') ? 1 : 0;
        if (FastYamlParser.TryScan(text, shift) is not { } fast)
        {
            return false;
        }

        var expected = new List<string>();
        var parser = new YamlDotNetEvents(text, shift);
        try
        {
            while (parser.MoveNext())
            {
                expected.Add(Describe(parser));
            }
        }
        catch (YamlException e)
        {
            Assert.Fail($"the fast scan read a text YamlDotNet rejects ({e.Message}):\n{text}");
        }

        var actual = new List<string>();
        while (fast.MoveNext())
        {
            actual.Add(Describe(fast));
        }

        Assert.Equal(YamlEventKind.None, fast.Kind);
        for (var i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            var (e, a) = (expected.ElementAtOrDefault(i), actual.ElementAtOrDefault(i));
            if (e != a)
            {
                Assert.Fail($"event {i}: YamlDotNet {e}, fast {a}, in:\n{text}");
            }
        }

        return true;
    }

    /// <summary>Everything the reader can ask of an event.</summary>
    private static string Describe(IYamlEvents e)
    {
        var value = e.Kind is YamlEventKind.Scalar or YamlEventKind.AnchorAlias ? $"'{e.Value}'" : "";
        return $"{e.Kind} {value} plain={e.IsPlain} flow={e.IsFlow} &{e.Anchor} {e.StartIndex}-{e.EndIndex} {Mark(e.Start)}-{Mark(e.End)}";
    }

    private static string Mark(YamlDotNet.Core.Mark m) => $"({m.Index},{m.Line},{m.Column})";

    [GeneratedRegex("(?<![$\"])\"\"\"[ \t]*\r?\n(?<body>.*?)\r?\n(?<indent>[ \t]*)\"\"\"", RegexOptions.Singleline)]
    private static partial Regex RawLiteral();
}
