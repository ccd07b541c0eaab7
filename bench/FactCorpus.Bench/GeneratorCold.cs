using System.Diagnostics;
using System.Globalization;
using System.Text;
using FactCorpus.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactCorpus.Bench;

/// <summary>
/// The generator's first run in a fresh process, as a cold compiler runs it in every `dotnet build` (csc runs with
/// server GC and no compiler server: nothing jitted, nothing cached), step by step from the driver's own timings,
/// next to a second, warm run in the same process. `-- --cold [file] [--rounds N]`: each round is a new process
/// (`--cold-one`) with csc's GC settings; medians, ms; the markdown table is printed and written to the file. The
/// driver records each step's time only when asked to track steps (--steps), which csc never does and which costs
/// more than the steps themselves (at 10,000 claims in 200 files: 5.9 s against 1.2 s, most of it recording the
/// step trees): the totals of a run with --steps are not a build's.
/// </summary>
internal static class GeneratorCold
{
    private const int Claims = 10_000;
    private const int Files = 200;

    public static void Run(string output, int rounds, bool steps)
    {
        var runs = new List<Dictionary<string, double>>();
        for (var i = 0; i < rounds; i++)
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
            foreach (var arg in Environment.GetCommandLineArgs().Take(1).Where(a => a.EndsWith(".dll", StringComparison.Ordinal)).Append("--cold-one").Concat(steps ? ["--steps"] : []))
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment["DOTNET_gcServer"] = "1";
            using var process = Process.Start(start)!;
            var lines = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            runs.Add(lines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t'))
                .ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture)));
        }

        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"{Machine.Describe()}; load average {Machine.LoadAverage()}; {Claims:N0} claims in {Files} files; median of {rounds} fresh processes (server GC){(steps ? ", steps tracked (slower than a build)" : "")}, ms")
            .AppendLine().AppendLine("| step | first run (cold) | second run (warm) |").AppendLine("|---|---:|---:|");
        foreach (var key in runs[0].Keys.Where(k => k.StartsWith("cold ", StringComparison.Ordinal)))
        {
            var name = key["cold ".Length..];
            report.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {Statistics.Median(runs.Select(r => r[key]).ToList()):F0} | {Statistics.Median(runs.Select(r => r["warm " + name]).ToList()):F0} |");
        }

        Console.Write(report);
        File.WriteAllText(output, report.ToString());
    }

    /// <summary>One cold run then one warm run, each as lines "cold|warm name\tvalue" (ms unless named otherwise).</summary>
    /// <param name="jit">Also list, on stderr, what the cold run jitted and for how long (wall time, by type and by method).</param>
    /// <param name="steps">Track the driver's steps and print each one's time (see the class's remarks on what it costs).</param>
    public static void RunOne(bool jit, bool steps)
    {
        var corpus = new SyntheticCorpus(Claims, Files);
        var compilation = CSharpCompilation.Create("Bench", [CSharpSyntaxTree.ParseText("class User { }")], [],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var listener = jit ? new JitListener() : null;
        Thread.Sleep(500); // the listener's session starts
        foreach (var label in new[] { "cold", "warm" })
        {
            if (listener is not null)
            {
                listener.On = label == "cold";
            }

            var texts = corpus.FactFiles.Concat(corpus.Articles)
                .Select(f => (AdditionalText)new FactCorpus.Generator.Tests.Support.InMemoryAdditionalText(Harness.Root + f.Path, f.Text)).ToArray();
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                [new FactCorpusGenerator().AsSourceGenerator()],
                texts,
                new CSharpParseOptions(documentationMode: DocumentationMode.None),
                new FactCorpus.Generator.Tests.Support.BuildProperties(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Bench" }),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: steps));
            var (cpu, jitTime, jitted, pause, gen0, gen2, allocated) = (Process.GetCurrentProcess().TotalProcessorTime, System.Runtime.JitInfo.GetCompilationTime(), System.Runtime.JitInfo.GetCompiledMethodCount(), GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(2), GC.GetTotalAllocatedBytes());
            var watch = Stopwatch.StartNew();
            driver = driver.RunGenerators(compilation);
            var total = watch.Elapsed.TotalMilliseconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label} CPU, all threads\t{(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label} JIT time\t{(System.Runtime.JitInfo.GetCompilationTime() - jitTime).TotalMilliseconds}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label} methods jitted (count)\t{System.Runtime.JitInfo.GetCompiledMethodCount() - jitted}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label} GC pauses\t{(GC.GetTotalPauseDuration() - pause).TotalMilliseconds}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label} gen0 / gen2 collections (count)\t{GC.CollectionCount(0) - gen0}.{GC.CollectionCount(2) - gen2:D2}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label} MB allocated (MB)\t{(GC.GetTotalAllocatedBytes() - allocated) / 1e6}"));
            var result = driver.GetRunResult().Results[0];
            if (listener is not null && label == "cold")
            {
                listener.On = false;
                Thread.Sleep(1000); // the last events arrive
                ListJitted(listener.Done.ToList());
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label} generator (driver's time)\t{driver.GetTimingInfo().ElapsedTime.TotalMilliseconds}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label} RunGenerators (wall)\t{total}"));
            foreach (var step in steps ? FactCorpusGenerator.Steps.All : [])
            {
                var ms = result.TrackedSteps.TryGetValue(step, out var runs) ? runs.Sum(r => r.ElapsedTime.TotalMilliseconds) : 0;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label} {step}\t{ms}"));
            }
        }
    }

    private static void ListJitted(List<(string Name, double Ms, int Tier)> done)
    {
        Console.Error.WriteLine($"{done.Count} methods jitted, {done.Sum(d => d.Ms):F0} ms (wall)");
        Console.Error.WriteLine("-- by type: ms, methods, type");
        foreach (var (type, ms, count) in done.GroupBy(d => d.Name[..d.Name.IndexOf("::", StringComparison.Ordinal)])
            .Select(g => (g.Key, g.Sum(x => x.Ms), g.Count())).OrderByDescending(g => g.Item2).Take(50))
        {
            Console.Error.WriteLine($"{ms,8:F1} {count,5} {type}");
        }

        Console.Error.WriteLine("-- by method: ms, tier (3 tier 0, 4 tier 1, 7 tier 0 instrumented), method");
        foreach (var (name, ms, tier) in done.OrderByDescending(d => d.Ms).Take(40))
        {
            Console.Error.WriteLine($"{ms,8:F1} t{tier} {name}");
        }
    }
}
