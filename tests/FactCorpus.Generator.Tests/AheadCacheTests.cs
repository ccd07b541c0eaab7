using System.Collections.Immutable;
using FactCorpus.Generator.Ahead;
using FactCorpus.Generator.Model;
using FactCorpus.Generator.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactCorpus.Generator.Tests;

/// <summary>
/// The build's task keeps its last run (AheadCache) and, after an edit, reads, checks and emits only what the edit
/// can have changed. Whatever the edit, a run from the last run's cache must make exactly what a run from nothing
/// makes (the code, the diagnostics, and the cache it leaves, byte for byte); these tests also hold it to reading
/// no more than it should, and to reading a damaged or foreign cache as none.
/// </summary>
public class AheadCacheTests
{
    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest, DocumentationMode.None);

    private static readonly BuildProperties Properties = GeneratorHarness.Properties("Bench");

    /// <summary>Fictional: 600 claims in 6 files, whose items cite each other's across files.</summary>
    private static readonly (string Path, string Text)[] Synthetic = [.. FilesOf(new FactCorpus.Bench.SyntheticCorpus(600, 6))];

    private static IEnumerable<(string Path, string Text)> FilesOf(FactCorpus.Bench.SyntheticCorpus corpus) => corpus.FactFiles.Concat(corpus.Articles);

    private static AdditionalText[] Texts(IEnumerable<(string Path, string Text)> files) =>
        [.. files.Select(f => (AdditionalText)new InMemoryAdditionalText(GeneratorHarness.Root + f.Path, f.Text))];

    private static (AheadResults Results, AheadCache Cache) Run(IEnumerable<(string Path, string Text)> files, AheadCache? previous, BuildProperties? properties = null) =>
        GeneratedAheadTests.AheadRun(Texts(files), Parse, properties ?? Properties, previous is null ? null : Reload(previous));

    /// <summary>The cache as the next run reads it: written to bytes and read back.</summary>
    private static AheadCache Reload(AheadCache cache) => AheadCache.Read(Bytes(cache)) ?? throw new InvalidOperationException("The cache did not read back.");

    private static byte[] Bytes(AheadCache cache)
    {
        using var stream = new MemoryStream();
        cache.Write(stream);
        return stream.ToArray();
    }

    private static (string Path, string Text)[] Edit(IEnumerable<(string Path, string Text)> files, string path, string from, string to) =>
        [.. files.Select(f => f.Path == path ? (f.Path, Replace(f.Text, from, to)) : f)];

    /// <summary>The files with <paramref name="from"/> replaced in the one fact file that holds it, named in <paramref name="path"/>.</summary>
    private static (string Path, string Text)[] Edit(IEnumerable<(string Path, string Text)> files, string from, string to, out string path)
    {
        path = files.Single(f => f.Text.Contains(from, StringComparison.Ordinal)).Path;
        return Edit(files, path, from, to);
    }

    private static string Replace(string text, string from, string to) =>
        text.Contains(from, StringComparison.Ordinal) ? text.Replace(from, to, StringComparison.Ordinal) : throw new ArgumentException("The text has no '" + from + "'.");

    /// <summary>
    /// Runs over <paramref name="edited"/> from the cache of a run over <paramref name="original"/>, holds it to what a
    /// run from nothing makes, and returns the hint names of the code it made again (the rest it kept).
    /// </summary>
    private static string[] CodeMadeAgain((string Path, string Text)[] original, (string Path, string Text)[] edited, BuildProperties? before = null, BuildProperties? after = null)
    {
        var last = Run(original, null, before);
        var fromCache = Run(edited, last.Cache, after);
        var fromNothing = Run(edited, null, after);

        // A kept file's code is the one the last run wrote, which the task leaves in place.
        var lastCode = last.Results.Outputs.Where(o => o.Source is not null).ToDictionary(o => o.HintName!, o => o.Source!);
        var outputs = fromCache.Results.Outputs.Select(o => o.Source is null && o.HintName is { } name ? o with { Source = lastCode[name] } : o);
        Assert.Equal(fromNothing.Results.Key, fromCache.Results.Key);
        Assert.Equal(fromNothing.Results.Outputs, outputs);
        Assert.Equal(Bytes(fromNothing.Cache), Bytes(fromCache.Cache));
        return [.. fromCache.Results.Outputs.Where(o => o.Source is not null).Select(o => o.HintName!).Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void A_statement_edited_makes_that_file_and_the_corpus_table_again_and_keeps_the_rest()
    {
        var edited = Edit(Synthetic, "statement: \"Official 3 said the talks lasted more than 3 hours.\"", "statement: \"Official 3 said the talks lasted longer than 3 hours.\"", out var path);

        Assert.Equal(["Corpus.g.cs", path.Replace(".yaml", ".g.cs", StringComparison.Ordinal)], CodeMadeAgain(Synthetic, edited));
    }

    [Fact]
    public void Nothing_edited_keeps_every_file()
    {
        Assert.Equal(["Corpus.g.cs"], CodeMadeAgain(Synthetic, Synthetic));
    }

    /// <summary>Lines moved in one file: its places change, which no other file reads.</summary>
    [Fact]
    public void A_file_whose_items_move_is_made_again_alone()
    {
        var edited = Edit(Synthetic, "corpus_002.facts.yaml", "claims:\n", "claims:\n\n\n# A comment moves every claim down.\n");

        Assert.Equal(["Corpus.g.cs", "corpus_002.facts.g.cs"], CodeMadeAgain(Synthetic, edited));
    }

    /// <summary>
    /// Edits that change what other files read: only the files whose part of the symbol table or cited articles
    /// changed are made again (with the edited file and Corpus.g.cs); an option changes every file.
    /// </summary>
    [Theory]
    [InlineData("a claim added", 2)]
    [InlineData("an entity added", 2)]
    [InlineData("a claim removed", 2)]
    [InlineData("an entity's name", -1)]
    [InlineData("an id other files cite", -1)]
    [InlineData("an article", -1)]
    [InlineData("a file removed", -1)]
    [InlineData("a file added", 2)]
    [InlineData("a syntax error", 2)]
    [InlineData("the namespace", 7)]
    public void An_edit_that_other_files_read_makes_again_the_files_that_read_it(string edit, int expected)
    {
        BuildProperties? after = null;
        var edited = edit switch
        {
            "a claim added" => Edit(Synthetic, "claims:\n  - id: claim_0_n1\n", "claims:\n  - id: claim_added\n    subject: person_0_n1\n    predicate: talks_duration\n    value: { kind: duration, amount: 3, unit: hour, bound: more_than }\n    statement: \"A fictional added claim.\"\n    said_by: person_0_n1\n    source: article_0\n  - id: claim_0_n1\n", out _),
            // After the file's other entities, as curators add them: no other entity's place among them moves.
            "an entity added" => Edit(Synthetic, "corpus_001.facts.yaml", "claims:\n", "  - id: person_added\n    kind: person\n    name: \"A Fictional Person\"\nclaims:\n"),
            "a claim removed" => Edit(Synthetic, "  - id: claim_0_n1\n", "  - id: claim_0_n1_gone\n", out _),
            "an entity's name" => Edit(Synthetic, "name: \"Person 0 1\"", "name: \"Person Zero One\"", out _),
            "an id other files cite" => Edit(Synthetic, "id: person_0_n1\n", "id: person_zero_n1\n", out _),
            "an article" => Edit(Synthetic, "articles/article_1.txt", "Official 3 of article 1", "Official three of article 1"),
            "a file removed" => [.. Synthetic.Where(f => f.Path != "corpus_005.facts.yaml")],
            "a file added" => [.. Synthetic, ("more.facts.yaml", "entities:\n  - id: fictional_person\n    kind: person\n    name: \"A Fictional Person\"\n")],
            "a syntax error" => Edit(Synthetic, "corpus_004.facts.yaml", "claims:\n", "claims:\n  - id: [broken, list\n"),
            _ => Synthetic,
        };
        if (edit == "the namespace")
        {
            after = GeneratorHarness.Properties("Elsewhere");
        }

        var again = CodeMadeAgain(Synthetic, edited, after: after);

        // Fewer than every file where the edit touches some (each file here cites entities of several others).
        var files = edited.Count(f => CorpusSteps.IsFactFile(f.Path));
        Assert.True(expected < 0 ? again.Length > 2 && again.Length <= files + 1 : again.Length == expected, string.Join(", ", again));
    }

    /// <summary>
    /// An edit that changes a conflict with a claim of another file, whose text is the same: that file is read and made
    /// again for its warnings and the links of its hover, the files the conflict does not touch are kept.
    /// </summary>
    [Theory]
    [InlineData("courier.facts.yaml", "as_of: { on: 2024-06, from: \"now\" }", "as_of: { on: 2023-11, from: \"now\" }")]
    [InlineData("gazette.facts.yaml", "amount: 120, unit: metres, bound: approximately", "amount: 120, unit: metres")]
    public void A_conflict_that_changes_makes_the_other_claims_file_again(string file, string from, string to)
    {
        var original = BridgeCorpus.Files();
        var edited = Edit(original, file, from, to);

        Assert.Equal(["Corpus.g.cs", "courier.facts.g.cs", "gazette.facts.g.cs"], CodeMadeAgain(original, edited));
    }

    /// <summary>The hostile strings (quotes, escapes, bidi controls, astral characters, NUL) come back exactly, and so does every value.</summary>
    [Fact]
    public void The_cache_keeps_every_value_exactly()
    {
        var run = Run([.. HostileCorpus.Files, .. BridgeCorpus.Files()], null);

        var again = Reload(run.Cache);

        Assert.Equal(run.Cache.Settings, again.Settings);
        Assert.Equal(run.Cache.Files.Length, again.Files.Length);
        Assert.Contains(run.Cache.Files, f => f.Conflicts.Count > 0);
        Assert.Contains(run.Cache.Files, f => f.Output.Diagnostics.Count > 0);
        foreach (var (written, read) in run.Cache.Files.Zip(again.Files))
        {
            Assert.Equal((written.Path, written.Resource, written.TextHash), (read.Path, read.Resource, read.TextHash));
            Assert.Equal(written.Declarations, read.Declarations);
            Assert.Equal(written.Claims, read.Claims);
            Assert.Equal(written.Conflicts, read.Conflicts);
            Assert.Equal(written.Output, read.Output);
            Assert.Equal((written.Probes, written.ScopeKey), (read.Probes, read.ScopeKey));
        }

        Assert.Equal(Bytes(run.Cache), Bytes(again));
    }

    /// <summary>Strings as UTF-8 where it can hold them; a surrogate without its pair (which UTF-8 cannot) as it is.</summary>
    [Fact]
    public void Every_string_comes_back_as_written()
    {
        string?[] strings = ["", null, "plain", "half \ud800 of a pair", "\udc00 low first", "astral \U0001F600 é NUL \0 end", "\ud83d\ude00", new string('x', 5000)];
        using var writer = new ModelWriter();
        foreach (var value in strings)
        {
            writer.Text(value);
        }

        writer.Data.Write(42);
        using var bytes = new MemoryStream();
        writer.WriteTo(bytes);

        using var reader = new ModelReader(bytes.ToArray(), 0);
        Assert.Equal(strings, strings.Select(_ => reader.Text()));
        Assert.Equal(42, reader.Data.ReadInt32());
        Assert.True(reader.AtEnd);
    }

    /// <summary>A cache that is not whole, or from another format or build, reads as none: never as other values, never an exception.</summary>
    [Fact]
    public void A_damaged_or_foreign_cache_reads_as_none()
    {
        var bytes = Bytes(Run(BridgeCorpus.Files(), null).Cache);
        Assert.NotNull(AheadCache.Read(bytes));

        for (var length = 0; length < bytes.Length; length += Math.Max(1, bytes.Length / 500))
        {
            Assert.Null(AheadCache.Read(bytes[..length]));
        }

        // A changed byte anywhere: in a string, a count, a number.
        var random = new Random(10);
        for (var i = 0; i < 300; i++)
        {
            var damaged = (byte[])bytes.Clone();
            damaged[random.Next(damaged.Length)] ^= (byte)(1 + random.Next(255));
            AheadCache? read = null;
            Assert.Null(Record.Exception(() => read = AheadCache.Read(damaged)));
            Assert.Null(read);
        }

        Assert.Null(AheadCache.Read([.. bytes, 0]));
        Assert.Null(AheadCache.Read([.. "FactCorpus.AheadCache/0"u8, .. bytes]));
    }

    /// <summary>A file is kept for its path, its resource name and its text, all three (the options and its scope are checked once the table is built).</summary>
    [Fact]
    public void A_file_is_kept_only_for_the_same_text_and_resource_name()
    {
        var last = Run(Synthetic, null);
        var reuse = new AheadReuse(Reload(last.Cache), CorpusSteps.ReadOptions(Properties.GlobalOptions), CorpusSteps.ReadParseSettings(Parse, Emitting.LiteralBudget.CompilerVersion));
        var texts = Texts(Synthetic);
        var file = texts.First(t => CorpusSteps.IsFactFile(t.Path));

        var resource = CorpusSteps.ReadResourceName(Properties.GetOptions(file));
        Assert.NotNull(resource);

        Assert.NotNull(reuse.Kept(file, resource, CancellationToken.None));
        Assert.Null(reuse.Kept(file, resource + "_moved", CancellationToken.None));
        var text = file.GetText()!.ToString();
        Assert.Null(reuse.Kept(new InMemoryAdditionalText(file.Path, text.Replace('5', '6')), resource, CancellationToken.None));
        Assert.Null(reuse.Kept(new InMemoryAdditionalText(GeneratorHarness.Root + "elsewhere.facts.yaml", text), resource, CancellationToken.None));
    }
}
