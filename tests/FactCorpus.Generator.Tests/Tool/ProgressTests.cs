using FactCorpus.Tool.Commands;

namespace FactCorpus.Generator.Tests.Tool;

/// <summary>A long run says what it is doing on stderr; a short one says nothing; a finished one says nothing more.</summary>
public class ProgressTests
{
    [Fact]
    public void A_run_longer_than_the_first_delay_prints_what_runs_and_for_how_long()
    {
        var writer = new LockedWriter();
        using (Progress.Start(writer, "checking 200 files", TimeSpan.FromMilliseconds(20)))
        {
            SpinWait.SpinUntil(() => writer.Text.Length > 0, TimeSpan.FromSeconds(30));
        }

        // One line, or more when a loaded machine runs the first late (the next is due two seconds after the start).
        var text = writer.Text;
        Assert.Matches(@"^(factcorpus: checking 200 files\.\.\. \d+s\n)+$", text);
        Assert.Equal("", ToolRun.WithoutProgress(text));

        // Nothing once disposed.
        Thread.Sleep(50);
        Assert.Equal(text, writer.Text);
    }

    [Fact]
    public void A_run_over_before_the_first_delay_prints_nothing()
    {
        var writer = new LockedWriter();
        using (Progress.Start(writer, "checking 2 files", TimeSpan.FromHours(1)))
        {
        }

        Thread.Sleep(50);
        Assert.Equal("", writer.Text);
    }

    /// <summary>The timer writes from another thread.</summary>
    private sealed class LockedWriter : StringWriter
    {
        public string Text
        {
            get
            {
                lock (this)
                {
                    return ToString();
                }
            }
        }

        public override void WriteLine(string? value)
        {
            lock (this)
            {
                base.Write(value + "\n");
            }
        }
    }
}
