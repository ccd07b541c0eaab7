using System.Collections.Concurrent;
using System.Collections.Immutable;
using FactCorpus.Generator.Tests.Support;
using Microsoft.CodeAnalysis;
using Steps = FactCorpus.Generator.FactCorpusGenerator.Steps;

namespace FactCorpus.Generator.Tests;

/// <summary>
/// A build validates and emits the files due on all cores before the driver's per-file steps ask for them
/// (<see cref="StepAhead{TInput, TOutput}"/>): each input is worked on once, by its object; the step gets the
/// very result made ahead for it; what is not worth two cores, or fails ahead, is left to the step; and an
/// unchanged file reaches the steps as the same object, so an edit leaves only what changed due.
/// (ReadAheadTests: a build so generates exactly what a driver that runs no implementation output generates.)
/// </summary>
public class StepAheadTests
{
    private sealed class Input(int items)
    {
        public int Items { get; } = items;
    }

    private sealed class Output(Input input)
    {
        public Input Input { get; } = input;
    }

    /// <summary>A step counting its calls by input, from any thread.</summary>
    private sealed class CountingStep
    {
        public ConcurrentDictionary<Input, int> Calls { get; } = new();

        public Output Run(Input input)
        {
            Calls.AddOrUpdate(input, 1, (_, n) => n + 1);
            return new Output(input);
        }
    }

    [Fact]
    public void Each_input_is_worked_on_once_and_the_step_takes_that_result()
    {
        var step = new CountingStep();
        var ahead = new StepAhead<Input, Output>(step.Run, i => i.Items, from: 10);
        var inputs = Enumerable.Range(0, 8).Select(_ => new Input(5)).ToImmutableArray();

        Assert.Equal(8, ahead.Run(inputs, CancellationToken.None));
        Assert.All(inputs, i => Assert.Equal(1, step.Calls[i]));
        foreach (var input in inputs)
        {
            Assert.Same(input, ahead.Take(input).Input);
        }

        // Taking did not run the step again, and nothing is due any more.
        Assert.All(inputs, i => Assert.Equal(1, step.Calls[i]));
        Assert.Equal(0, ahead.Run(inputs, CancellationToken.None));

        // An edit: one new object among the driver's kept ones, and only it is due.
        var edited = inputs.SetItem(3, new Input(5));
        Assert.Equal(1, ahead.Run(edited, CancellationToken.None));
    }

    [Fact]
    public void A_result_is_handed_over_once_and_not_kept()
    {
        var step = new CountingStep();
        var ahead = new StepAhead<Input, Output>(step.Run, i => i.Items, from: 0);
        var inputs = ImmutableArray.Create(new Input(1), new Input(1));

        ahead.Run(inputs, CancellationToken.None);
        var first = ahead.Take(inputs[0]);
        var again = ahead.Take(inputs[0]);

        Assert.NotSame(first, again);
        Assert.Equal(2, step.Calls[inputs[0]]);
    }

    [Theory]
    [InlineData(1, 100)]
    [InlineData(3, 3)]
    public void What_is_not_worth_two_cores_is_left_to_the_step(int files, int itemsEach)
    {
        var step = new CountingStep();
        var ahead = new StepAhead<Input, Output>(step.Run, i => i.Items, from: 10);
        var inputs = Enumerable.Range(0, files).Select(_ => new Input(itemsEach)).ToImmutableArray();

        Assert.Equal(files, ahead.Run(inputs, CancellationToken.None));
        Assert.Empty(step.Calls);
        Assert.All(inputs, i => Assert.Same(i, ahead.Take(i).Input));
        Assert.All(inputs, i => Assert.Equal(1, step.Calls[i]));
    }

    [Fact]
    public void A_step_that_fails_ahead_is_run_again_by_the_step_itself()
    {
        var failing = new Input(1);
        var calls = 0;
        var failed = 0;
        var ahead = new StepAhead<Input, Output>(
            input =>
            {
                Interlocked.Increment(ref calls);
                return input == failing && Interlocked.Exchange(ref failed, 1) == 0 ? throw new InvalidOperationException("once") : new Output(input);
            },
            i => i.Items,
            from: 0);
        var inputs = ImmutableArray.Create(failing, new Input(1));

        Assert.Equal(2, ahead.Run(inputs, CancellationToken.None));
        Assert.Same(failing, ahead.Take(failing).Input);
        Assert.Equal(3, calls);
    }

    [Fact]
    public void An_edit_reaches_the_steps_as_one_new_file_and_the_others_as_the_objects_already_seen()
    {
        var compilation = GeneratorHarness.EmptyCompilation("class User { }");
        var files = ShippedCorpus.Files().ToArray();
        var driver = GeneratorHarness.CreateDriver(files, "FactCorpus").RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single();

        var edited = files.Single(f => Path.GetFileName(f.Path) == "claims.facts.yaml");
        var text = edited.GetText()!.ToString();
        var replacement = new InMemoryAdditionalText(edited.Path, text.Replace("Rubio stated that Washington would now make the offer to Russia.", "Rubio said that Washington would now make the offer to Russia.", StringComparison.Ordinal));
        Assert.NotEqual(text, replacement.GetText().ToString());
        var after = driver.ReplaceAdditionalText(edited, replacement).RunGenerators(compilation).GetRunResult().Results.Single();

        var citing = Values<Model.CitingFile>(after, Steps.CitedArticles);
        var toEmit = Values<Model.FileToEmit>(after, Steps.FilesToEmit);
        Assert.Equal(["claims.facts.yaml"], New(citing, Values<Model.CitingFile>(before, Steps.CitedArticles)).Select(f => Path.GetFileName(f.Scoped.File.Path)));
        Assert.Equal(["claims.facts.yaml"], New(toEmit, Values<Model.FileToEmit>(before, Steps.FilesToEmit)).Select(f => Path.GetFileName(f.File.Validated.Path)));

        // The steps took every file the driver gave them, the new one too: working ahead now finds nothing due.
        Assert.Equal(0, CorpusSteps.ValidateAhead(citing, CancellationToken.None));
        Assert.Equal(0, CorpusSteps.GenerateAhead(toEmit, CancellationToken.None));
    }

    private static ImmutableArray<T> Values<T>(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => (T)o.Value).ToImmutableArray();

    /// <summary>The values of <paramref name="after"/> that are not, by reference, among <paramref name="before"/>.</summary>
    private static IEnumerable<T> New<T>(ImmutableArray<T> after, ImmutableArray<T> before)
        where T : class =>
        after.Where(a => !before.Any(b => ReferenceEquals(a, b)));
}
