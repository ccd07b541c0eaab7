using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace FactCorpus.Bench.BuildLikeAUser;

/// <summary>
/// The edit loop as a corpus author lives it (issue #10, goal 1): <c>dotnet build</c> of a real corpus project with
/// the packed generator, at 1,000 and 10,000 claims in 200 files, next to the bare-members floor of the same size
/// and the corpus's generated members alone, in one run. After a first build of each (restore included, not
/// counted), rounds of every measured build; each round starts one step later, so drift on the machine falls on all
/// steps alike. Medians, and the ratios of what an edit adds to a no-op build, over the floor's. Writes the
/// markdown report.
/// </summary>
internal static class BuildReport
{
    /// <summary>About 9 minutes on a 2-core machine with some other load: a round at 10,000 claims is about 45 s (the corpus's edit builds about 11 s each).</summary>
    public const int DefaultRounds = 7;

    private const int Files = 200;

    public static void Run(string output, int rounds)
    {
        var report = new StringBuilder("# Building like a user\n\n")
            .Append(CultureInfo.InvariantCulture, $"Machine: {Machine.Describe()}. {rounds} rounds of each build, interleaved, after one first build of each project; medians, with the range in brackets.\n\n")
            .Append(Explanation);
        var ratios = new StringBuilder();
        var run = Stopwatch.StartNew();
        using var feed = PackedFeed.Pack();
        foreach (var claims in new[] { 1_000, 10_000 })
        {
            var loadBefore = Machine.LoadAverage();
            var corpus = new SyntheticCorpus(claims, Files);
            var corpusProject = UserProjects.Corpus(feed, corpus);
            var members = UserProjects.GeneratedMembersAlone(feed, corpus);
            var floor = UserProjects.Floor(feed, corpus);
            Step noOp = new("no change", corpusProject, null);
            Step yamlEdit = new("one claim's statement changed in one YAML file", corpusProject, round => UserProjects.EditStatement(corpusProject, corpus, round));
            Step csharpEdit = new("one-line C# edit", corpusProject, round => UserProjects.EditCSharp(corpusProject, round));
            Step membersNoOp = new("no change", members, null);
            Step membersEdit = new("one-line C# edit", members, round => UserProjects.EditCSharp(members, round));
            Step floorNoOp = new("no change", floor, null);
            Step floorEdit = new("one-line C# edit", floor, round => UserProjects.EditCSharp(floor, round));
            Step[] steps = [noOp, yamlEdit, csharpEdit, membersNoOp, membersEdit, floorNoOp, floorEdit];

            var first = (Corpus: corpusProject.Build(changed: true), Members: members.Build(changed: true), Floor: floor.Build(changed: true));
            for (var round = 1; round <= rounds; round++)
            {
                for (var i = 0; i < steps.Length; i++)
                {
                    steps[(round + i) % steps.Length].Run(round);
                }

                Console.WriteLine($"{claims} claims: round {round} of {rounds} done");
            }

            var yamlBytes = corpus.FactFiles.Sum(f => Encoding.UTF8.GetByteCount(f.Text));
            report.Append(CultureInfo.InvariantCulture, $"\n## {claims:N0} claims in {Files} files ({corpus.Items:N0} items, {yamlBytes / 1e6:F1} MB of YAML)\n\n")
                .Append(CultureInfo.InvariantCulture, $"Load average (1 min) before: {loadBefore}, after: {Machine.LoadAverage()}.\n\n")
                .Append(CultureInfo.InvariantCulture, $"| build | corpus project (s) | generated members alone (s) | floor: {corpus.Items:N0} bare members (s) |\n")
                .Append("|---|---:|---:|---:|\n")
                .Append(CultureInfo.InvariantCulture, $"| first build, restore included (not counted) | {first.Corpus:F1} | {first.Members:F1} | {first.Floor:F1} |\n")
                .Append(CultureInfo.InvariantCulture, $"| {noOp.Name} | {noOp.Summary} | {membersNoOp.Summary} | {floorNoOp.Summary} |\n")
                .Append(CultureInfo.InvariantCulture, $"| {yamlEdit.Name} | {yamlEdit.Summary} | | |\n")
                .Append(CultureInfo.InvariantCulture, $"| {csharpEdit.Name} | {csharpEdit.Summary} | {membersEdit.Summary} | {floorEdit.Summary} |\n");

            var floorCost = floorEdit.Median - floorNoOp.Median;
            ratios.Append(CultureInfo.InvariantCulture, $"| {claims:N0} | {corpus.Items:N0} | {floorCost:F1} ")
                .Append(Ratio(yamlEdit, noOp, floorEdit, floorNoOp, target: true))
                .Append(Ratio(csharpEdit, noOp, floorEdit, floorNoOp, target: true))
                .Append(Ratio(membersEdit, membersNoOp, floorEdit, floorNoOp, target: false))
                .Append("|\n");
        }

        report.Append("\n## Ratios: (edit build − no-op) ÷ (floor edit build − floor no-op), from the same rounds\n\n")
            .Append(RatioExplanation)
            .Append("| claims | items | floor edit − floor no-op (s) | YAML edit (target ≤ 1.5) | C# edit (target ≤ 1.5) | generated members alone, C# edit |\n")
            .Append("|---:|---:|---:|---:|---:|---:|\n")
            .Append(ratios)
            .Append(CultureInfo.InvariantCulture, $"\nThe whole run, packing included, took {run.Elapsed.TotalMinutes:F0} minutes.\n");

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        File.WriteAllText(output, report.ToString());
        Console.Write(report);
    }

    private const string Explanation =
        """
        Each run packs FactCorpus.Model and FactCorpus.Generator from the checkout into a feed of its own, restored
        into a packages folder of its own, and writes three projects per size into a temporary folder:

        - **corpus project**: what `dotnet new factcorpus` makes (netstandard2.0, `GenerateDocumentationFile` in
          Release only, so these Debug builds write no doc file; the packed generator and model), holding the bench's synthetic corpus (per 50 claims: one article, 10
          entities, 12 quotes, 5 events, evidence for all) in 200 YAML files, and one C# file of its own.
        - **floor**: the same project without the generator, holding as many bare members
          `public static object M{i} => D.Get(i);` as the corpus has items (claims, entities, quotes, events and
          sources) over 200 files: what compiling the members alone costs.
        - **generated members alone**: the same project with the corpus's public members exactly as the generator
          emits them for it (typed properties, `Values` constants, `[Obsolete]` where a claim is retracted), each
          file's data class cut down to one stub method a kind and no `Corpus.g.cs`, added to the build as generated
          sources by a generator that does nothing else (bench/FactCorpus.Bench.EchoGenerator). No data, no YAML
          read: what any design that keeps the public API pays before it does anything, for reference.

        Every build is `dotnet build -p:UseSharedCompilation=false -nodeReuse:false` from a new process, as in CI (no
        compiler server, no MSBuild nodes kept), timed from start to exit; restore and the up-to-date checks are in
        every build, so the no-op build is subtracted. The YAML edit gives the first claim's statement in the first
        file a new text each round; the C# edit changes the one line of a constant. The bench checks that every
        edit build compiled and no no-op build did, and that no build warned.

        """;

    private const string RatioExplanation =
        """
        Each cell gives the ratio of the medians, then the median and the range of the ratios of each round (a round
        builds all seven within about a minute and a half, so its ratio sees one speed of the machine). The target
        counts as met only when both medians are at most 1.5. The last column is the generated members alone over
        the same floor: how much of the ratio the public API takes before any data or YAML is read.


        """;

    /// <param name="target">Whether the cell is one of the goal's, to be called met or not.</param>
    private static string Ratio(Step edit, Step noOp, Step floorEdit, Step floorNoOp, bool target)
    {
        var ofMedians = (edit.Median - noOp.Median) / (floorEdit.Median - floorNoOp.Median);
        // A round whose floor edit was no slower than its no-op (a stall during the no-op) has no ratio.
        var perRound = Enumerable.Range(0, edit.Seconds.Count)
            .Where(r => floorEdit.Seconds[r] > floorNoOp.Seconds[r])
            .Select(r => (edit.Seconds[r] - noOp.Seconds[r]) / (floorEdit.Seconds[r] - floorNoOp.Seconds[r]))
            .ToList();
        var median = Statistics.Median(perRound);
        var verdict = !target ? "" : ofMedians <= 1.5 && median <= 1.5 ? " (met)" : " (not met)";
        return string.Create(CultureInfo.InvariantCulture, $"| {ofMedians:F2}; rounds {median:F2} [{perRound.Min():F2}–{perRound.Max():F2}]{verdict} ");
    }

    /// <summary>One measured build: the edit of the round, if any, then the build, its time kept.</summary>
    private sealed record Step(string Name, UserProject Project, Action<int>? Edit)
    {
        private readonly List<double> seconds = [];

        /// <summary>Each round's time, in the order of the rounds.</summary>
        public IReadOnlyList<double> Seconds => seconds;

        public double Median => Statistics.Median(seconds);

        public string Summary => string.Create(CultureInfo.InvariantCulture, $"{Median:F1} [{seconds.Min():F1}–{seconds.Max():F1}]");

        public void Run(int round)
        {
            Edit?.Invoke(round);
            seconds.Add(Project.Build(changed: Edit is not null));
        }
    }
}
