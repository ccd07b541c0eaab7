namespace FactCorpus.Generator.Tests.EndToEnd;

/// <summary>
/// Issue 10 point 2 through the real compiler: past 60,000 entities the members live in C# 14 extension blocks, and
/// the project builds (docs, links and warnings as errors included), loads and reads them as `Entities.X`, which
/// one class of 60,000+ properties would not (the runtime loads no class with more than 65,535 methods).
/// </summary>
[Collection(PackedPackages.Collection)]
public class LargeCorpusTests(PackedPackages packages)
{
    [Fact]
    public void A_corpus_of_60001_entities_builds_under_CSharp_14_and_its_members_load_and_read_as_before()
    {
        var project = TalksProject.Create(packages);
        var csproj = Path.Combine(project, "Talks.csproj");
        File.WriteAllText(csproj, File.ReadAllText(csproj).Replace("<TargetFramework>", "<OutputType>Exe</OutputType><LangVersion>14</LangVersion><TargetFramework>", StringComparison.Ordinal));
        // With Talks's marco_rubio, 60,001 entities over five files; the claim's hover links to it, so its cref is bound too.
        for (var f = 0; f < 4; f++)
        {
            File.WriteAllText(Path.Combine(project, $"many{f}.facts.yaml"), MemberPlacementTests.Entities(f * 15_000, 15_000));
        }

        File.WriteAllText(Path.Combine(project, "Program.cs"), """
            using Talks;
            System.Console.WriteLine($"{Entities.E0.Name}|{Entities.E59999.Name}|{Entities.MarcoRubio.Name}|{Corpus.Index.Entities.Count}|{ReferenceEquals(Entities.E59999, Corpus.FindById("e59999"))}|{Claims.TalksLength.Subject.Name}|{typeof(Entities).GetProperties().Length}|{typeof(Entities).Assembly.GetType("Talks.Entities_many3")!.GetMethods().Length > 15_000}");
            """);

        var build = PackageTests.Build(project);
        Assert.True(build.ExitCode == 0, build.Output);

        var run = DotNetCli.Run(project, Path.Combine("bin", "Debug", "net10.0", "Talks.dll"));
        Assert.True(run.ExitCode == 0, run.Output);
        // Entities itself declares no item property: each file's are in its extension class (Entities_many3…).
        Assert.Equal("Organisation 0|Organisation 59999|Marco Rubio|60001|True|Marco Rubio|0|True", run.Output.Trim());
    }
}
