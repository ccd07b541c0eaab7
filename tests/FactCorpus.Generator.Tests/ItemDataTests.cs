using System.Reflection;
using FactCorpus.Generator.Model;
using FactCorpus.Generator.Reading;
using FactCorpus.Generator.Tests.Support;
using FactCorpus.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactCorpus.Generator.Tests;

/// <summary>
/// Generated items are data decoded on first use (FactCorpus.Model.Encoded.PartReader): every field of every item,
/// read from the compiled assembly, is what the YAML file says; one instance an item whatever the way and the
/// thread it is reached by; references across parts and files resolve.
/// </summary>
public class ItemDataTests
{
    /// <summary>Fields the shipped corpus does not use: superseded and retracted claims, decimals with a scale, negatives, every bound and unit.</summary>
    private const string EveryField = """
        claims:
          - id: talks_hours_exact
            subject: jeddah_talks_topic
            predicate: duration
            value: { kind: duration, amount: 8.50, unit: hour, bound: at_least }
            statement: The article reports talks of at least eight and a half hours.
            said_by: us_resumes_assistance_article
            source: us_resumes_assistance_article
            evidence: ["after more than eight hours of discussions"]
            status: superseded
            superseded_by: talks_hours_later
            note: "A note with \"quotes\", a line\nbreak and \\ backslash."
          - id: talks_hours_later
            subject: jeddah_talks_topic
            predicate: duration
            value: { kind: duration, amount: 1, unit: week, bound: less_than }
            statement: The article reports talks of less than a week.
            said_by: marco_rubio
            source: us_resumes_assistance_article
            date: { on: 2025-03, from: "March" }
            evidence: ["after more than eight hours of discussions"]
          - id: share_negative
            subject: ukraine
            predicate: change
            value: { kind: quantity, amount: -0.0250, unit: percent points, bound: at_most }
            statement: The article reports a change of at most minus 0.025 points.
            said_by: us_resumes_assistance_article
            source: us_resumes_assistance_article
            evidence: ["after more than eight hours of discussions"]
            qualifiers:
              as_of: { on: 2025-03-11 }
              includes: [crimea, ukraine, four_areas]
            status: retracted
            note: Retracted.
          - id: big_amount
            subject: ukraine
            predicate: aid
            value: { kind: quantity, amount: 14500000000.125, unit: USD, bound: exact }
            statement: The article reports aid.
            said_by: united_states
            source: us_resumes_assistance_article
            evidence: ["after more than eight hours of discussions"]
        """;

    private static readonly Lazy<(Assembly Assembly, CorpusIndex Index)> Shipped = new(() =>
    {
        var result = GeneratorHarness.Run(ShippedCorpus.FilesWith(SourceText.From(EveryField)), "FactCorpus");
        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        var assembly = result.Load();
        return (assembly, (CorpusIndex)assembly.Member("FactCorpus.Corpus", "Index")!);
    });

    [Fact]
    public void Every_field_of_every_shipped_item_is_the_yamls()
    {
        var (assembly, index) = Shipped.Value;
        var files = ShippedCorpus.FilesWith(SourceText.From(EveryField)).Where(f => f.Path.EndsWith(".facts.yaml", StringComparison.Ordinal));

        var compared = AssertAllItemsMatch(assembly, index, "FactCorpus", files);

        Assert.Equal(index.Sources.Count + index.Entities.Count + index.Claims.Count + index.Quotes.Count + index.Events.Count, compared);
        Assert.True(compared > 100, $"only {compared} items compared");
    }

    [Fact]
    public void Every_field_of_every_hostile_item_is_the_yamls()
    {
        var result = GeneratorHarness.Run(HostileCorpus.Files);
        Assert.Empty(result.Diagnostics);
        var assembly = result.Load();
        var index = (CorpusIndex)assembly.Member("TestCorpus.Corpus", "Index")!;

        var compared = AssertAllItemsMatch(assembly, index, "TestCorpus", HostileCorpus.Files.Where(f => f.Path.EndsWith(".facts.yaml", StringComparison.Ordinal))
            .Select(f => (AdditionalText)new InMemoryAdditionalText(GeneratorHarness.Root + f.Path, f.Text)));

        // One source, and an entity and a claim a string.
        Assert.Equal(1 + (2 * HostileCorpus.Strings.Length), compared);
        Assert.Equal(index.Sources.Count + index.Entities.Count + index.Claims.Count, compared);
    }

    /// <summary>
    /// Claims of one file refer to entities in every part of another file, and entities to nothing: many threads
    /// touching the last claims first, at once, all get the same instances, with every reference resolved.
    /// </summary>
    [Fact]
    public void Threads_reaching_items_first_and_at_once_get_the_same_instances()
    {
        const int entities = 200;
        const int claims = 150;
        var people = "entities:\n" + string.Concat(Enumerable.Range(0, entities).Select(i => $"  - {{ id: e{i}, kind: person, name: Person {i} }}\n"));
        var said = "sources:\n  - { id: src, title: Source, text: articles/a.txt }\nclaims:\n" + string.Concat(Enumerable.Range(0, claims).Select(i =>
            $"  - {{ id: c{i:D3}, subject: e{(i * 7) % entities}, predicate: p, value: {{ kind: entity, entity: e{entities - 1 - i} }}, statement: S{i}., said_by: e{(i * 13) % entities}, source: src, evidence: [\"word\"] }}\n"));

        for (var attempt = 0; attempt < 3; attempt++)
        {
            // A new assembly each attempt: its parts are decoded for the first time by the racing threads.
            // One sentence that names every speaker, so each claim's evidence shows who said it (FC3004).
            var article = "word, said " + string.Join(", ", Enumerable.Range(0, entities).Select(i => $"Person {i}")) + ".";
            var result = GeneratorHarness.Run(("people.facts.yaml", people), ("said.facts.yaml", said), ("articles/a.txt", article));
            Assert.Empty(result.Diagnostics);
            var assembly = result.Load();
            var claimsType = assembly.GetType("TestCorpus.Claims")!;
            var names = Enumerable.Range(0, claims).Select(i => $"C{i:D3}").Reverse().ToArray();

            const int threads = 8;
            var seen = new Claim[threads][];
            using var start = new Barrier(threads);
            var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
            {
                start.SignalAndWait();
                seen[t] = names.Select(n => (Claim)claimsType.GetProperty(n)!.GetValue(null)!).ToArray();
            })).ToList();
            workers.ForEach(w => w.Start());
            workers.ForEach(w => w.Join());

            for (var i = 0; i < claims; i++)
            {
                var first = seen[0][i];
                Assert.All(seen, s => Assert.Same(first, s[i]));
                var number = claims - 1 - i;
                Assert.Same(assembly.Member("TestCorpus.Entities", $"E{(number * 7) % entities}"), first.Subject);
                Assert.Same(assembly.Member("TestCorpus.Entities", $"E{entities - 1 - number}"), ((EntityValue)first.Value).Entity);
                Assert.Same(assembly.Member("TestCorpus.Entities", $"E{(number * 13) % entities}"), first.SaidBy);
            }

            var index = (CorpusIndex)assembly.Member("TestCorpus.Corpus", "Index")!;
            Assert.All(index.Claims, c => Assert.Same(c, claimsType.GetProperty("C" + c.Id.Substring(1))!.GetValue(null)));
            Assert.Equal(entities, index.Entities.Count);
        }
    }

    /// <summary>
    /// The data holds every item the file declares, as it is written outside the compiler from the file alone; an
    /// item validation leaves out (here a quote the article does not contain, FC3002, which a project may turn off)
    /// has no member, no item in its part's array and is not in the index, and the members around it still read their own items.
    /// </summary>
    [Fact]
    public void An_item_left_out_is_in_the_data_but_in_no_member_and_not_in_the_index()
    {
        const string yaml = """
            sources:
              - { id: src, title: Source, text: articles/a.txt }
            entities:
              - { id: amy, kind: person, name: Amy }
            quotes:
              - { id: q1, speaker: amy, mode: direct, text: "first words", source: src }
              - { id: q2, speaker: amy, mode: direct, text: "words the article lacks", source: src }
              - { id: q3, speaker: amy, mode: direct, text: "third words", source: src }
            """;
        var result = GeneratorHarness.Run(("said.facts.yaml", yaml), ("articles/a.txt", "Amy said: first words, then third words."));

        Assert.StartsWith("FC3002 said.facts.yaml(7,", Assert.Single(result.Located));
        var assembly = result.Load();
        Assert.Null(assembly.GetType("TestCorpus.Quotes")!.GetProperty("Q2"));
        Assert.Equal("third words", ((Quote)assembly.Member("TestCorpus.Quotes", "Q3")!).Text);
        // The part's array, which the members read, holds no item at the place of the one left out.
        var part = (Quote?[])assembly.GetType("TestCorpus.Part_said_Quote0")!.GetField("Items", System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!.GetValue(null)!;
        Assert.Equal(["q1", null, "q3"], part.Select(q => q?.Id));
        var index = (CorpusIndex)assembly.Member("TestCorpus.Corpus", "Index")!;
        Assert.Equal(["q1", "q3"], index.Quotes.Select(q => q.Id));
        Assert.Contains(", 1);", result.Sources.Single(s => s.HintName == "said.facts.g.cs").Source);
    }

    /// <summary>
    /// Parts whose references lead back to themselves (which the generator never writes: references go to entities and
    /// sources, whose parts refer to nothing) fail with a clear error, not a null, a hang or a stack overflow.
    /// </summary>
    [Fact]
    public void Parts_whose_references_form_a_cycle_fail_clearly()
    {
        var scope = new CorpusScope(() => throw new InvalidOperationException("no index"));
        FactCorpus.Model.Encoded.PartReader<Quote>? second = null;
        var first = new FactCorpus.Model.Encoded.PartReader<Quote>(scope, OneQuote, _ => second!.Item(0));
        second = new FactCorpus.Model.Encoded.PartReader<Quote>(scope, OneQuote, _ => first.Item(0));

        var error = Assert.Throws<InvalidOperationException>(() => first.Item(0));
        Assert.Contains("refer to each other in a cycle", error.Message);
    }

    /// <summary>
    /// A file's reader of a kind loads only the part an item or id needs: the part from the parts' first ids (ordinal
    /// order), the item at its place in that part. Part 0 here is not data at all, and fails if decoded; part 1 is one
    /// quote, "q1", whose speaker the corpus lacks, so decoding it fails naming the speaker: proof that it was that
    /// item. The resource records where it was read from: its header, then part 1 alone.
    /// </summary>
    [Fact]
    public void A_files_reader_loads_only_the_part_it_needs()
    {
        var scope = new CorpusScope(() => throw new InvalidOperationException("no index"));
        const string notData = "part 0 was loaded";
        var header = System.Text.Encoding.UTF8.GetBytes(Emitting.ItemData.OfThread().Tokens(d => d
            .Text(FactCorpus.Shared.DataFormat.Version).Text("000000000000002a").Int(1)
            .Int(3).Int(65).Int(2).Text("a0").Int(notData.Length).Text("q1").Int(OneQuote.Length)));
        var resource = new ReadsRecorded([.. BitConverter.GetBytes(header.Length), .. header, .. System.Text.Encoding.UTF8.GetBytes(notData + OneQuote)]);
        var reader = new FactCorpus.Model.Encoded.PartsReader<Quote>(scope, new FactCorpus.Model.Encoded.FileResource(() => resource, "q.facts.yaml", 42), _ => null);

        Assert.Equal(65, reader.Count);
        Assert.Null(reader.Find("a"));
        Assert.Null(reader.Find("q2"));
        Assert.Contains("refers to 'amy'", Assert.Throws<InvalidOperationException>(() => reader.Find("q1")).Message);
        Assert.Contains("refers to 'amy'", Assert.Throws<InvalidOperationException>(() => reader.Item(64)).Message);
        Assert.Equal([0, 4, 4 + header.Length + notData.Length], resource.ReadsFrom.Distinct());
    }

    /// <summary>
    /// Data written from another text than the code was generated from (a hash that differs), or not embedded at all,
    /// fails with an error that says so and what to do, never as another file's facts.
    /// </summary>
    [Fact]
    public void Data_of_another_text_or_none_fails_saying_so()
    {
        var scope = new CorpusScope(() => throw new InvalidOperationException("no index"));
        var data = Emitting.DataWriter.Write("/corpus/q.facts.yaml", "entities:\n  - { id: amy, kind: person, name: Amy }\n");
        var stale = new FactCorpus.Model.Encoded.PartsReader<Entity>(scope, new FactCorpus.Model.Encoded.FileResource(() => new MemoryStream(data), "q.facts.yaml", 1), null);
        var missing = new FactCorpus.Model.Encoded.PartsReader<Entity>(scope, new FactCorpus.Model.Encoded.FileResource(() => null, "q.facts.yaml", 1), null);

        Assert.Contains("was written from another text of that file than the code was generated from: rebuild", Assert.Throws<InvalidOperationException>(() => stale.Item(0)).Message);
        Assert.Contains("is not embedded in the corpus's assembly", Assert.Throws<InvalidOperationException>(() => missing.Item(0)).Message);
    }

    /// <summary>
    /// Through a member, data of another text than the code (a build that bypassed the package's targets) fails on the
    /// member's first use: the runtime reports it as its part class's static initialiser failing, with the reader's
    /// error, saying to rebuild, inside; never another file's facts or a null.
    /// </summary>
    [Fact]
    public void A_member_whose_data_is_of_another_text_fails_saying_to_rebuild()
    {
        var result = GeneratorHarness.Run(("people.facts.yaml", "entities:\n  - { id: amy, kind: person, name: Amy }\n"));
        var file = Assert.Single(result.FactFiles);
        var other = Emitting.DataWriter.Write(file.Path, "entities:\n  - { id: amy, kind: person, name: Amy Other }\n");
        using var stream = new MemoryStream();
        var resource = new ResourceDescription(BuildProperties.ResourceName(file.Path), () => new MemoryStream(other), isPublic: true);
        Assert.True(result.Output.Emit(stream, manifestResources: [resource]).Success);
        var amy = Assembly.Load(stream.ToArray()).GetType("TestCorpus.Entities")!.GetProperty("Amy")!;

        var error = Assert.IsType<TypeInitializationException>(Assert.Throws<TargetInvocationException>(() => amy.GetValue(null)).InnerException);
        Assert.Equal("TestCorpus.Part_people_Entity0", error.TypeName);
        Assert.Contains("was written from another text of that file than the code was generated from: rebuild", Assert.IsType<InvalidOperationException>(error.InnerException).Message);
    }

    /// <summary>A resource that records where each read started.</summary>
    private sealed class ReadsRecorded(byte[] data) : MemoryStream(data, writable: false)
    {
        public List<long> ReadsFrom { get; } = [];

        public override int Read(byte[] buffer, int offset, int count)
        {
            ReadsFrom.Add(Position);
            return base.Read(buffer, offset, count);
        }
    }

    /// <summary>A reference the corpus cannot find (data from another generator version) fails naming the item, never as a null.</summary>
    [Fact]
    public void A_reference_the_corpus_does_not_have_fails_naming_it()
    {
        var scope = new CorpusScope(() => throw new InvalidOperationException("no index"));
        string? asked = null;
        var part = new FactCorpus.Model.Encoded.PartReader<Quote>(scope, OneQuote, id =>
        {
            asked = id;
            return null;
        });

        var error = Assert.Throws<InvalidOperationException>(() => part.Item(0));
        Assert.Equal("amy", asked);
        Assert.StartsWith("The generated FactCorpus data refers to 'amy', which the corpus does not have", error.Message);
    }

    /// <summary>
    /// A hand-made part of one quote whose speaker and source are reference 0, which it reads its speaker first; then
    /// the table of references ("8:" its length; one entry: the id "amy").
    /// </summary>
    private const string OneQuote = "21:2:q11:01:t1:0~1:0~1:0" + "8:1:13:amy";

    /// <summary>Compares every field of every item the YAML files declare with the loaded assembly's; returns how many items.</summary>
    private static int AssertAllItemsMatch(Assembly assembly, CorpusIndex index, string ns, IEnumerable<AdditionalText> files)
    {
        var compared = 0;
        foreach (var file in files)
        {
            var read = FactFileReader.Read(file.Path, file.GetText()!.ToString());
            Assert.Empty(read.Diagnostics);
            T Item<T>(string kind, LocatedText id)
                where T : CorpusItem
            {
                var item = index.FindById<T>(id.Text);
                // The member, the index and every reference are one instance.
                Assert.Same(item, assembly.Member(ns + "." + kind, Emitting.MemberNames.For(id.Text)));
                compared++;
                return item;
            }

            foreach (var spec in read.Items.Sources)
            {
                var source = Item<Source>("Sources", spec.Id);
                Assert.Equal(spec.Title, source.Title);
                Assert.Equal(spec.Publisher, source.Publisher);
                AssertDate(spec.Published, source.Published);
                Assert.Equal(spec.TextPath!.Text, source.TextPath);
                Assert.Equal(spec.Url, source.Url);
            }

            foreach (var spec in read.Items.Entities)
            {
                var entity = Item<Entity>("Entities", spec.Id);
                Assert.Equal(spec.Kind.ToString(), entity.Kind.ToString());
                Assert.Equal(spec.Name, entity.Name);
                Assert.Equal(spec.Aliases, entity.Aliases);
                Assert.Equal(spec.Description, entity.Description);
            }

            foreach (var spec in read.Items.Claims)
            {
                var claim = Item<Claim>("Claims", spec.Id);
                AssertReference(index, spec.Subject, claim.Subject);
                Assert.Equal(spec.Predicate, claim.Predicate);
                AssertValue(index, spec.Value!.Value, claim.Value);
                Assert.Equal(spec.Statement, claim.Statement);
                AssertReference(index, spec.SaidBy, claim.SaidBy);
                AssertReference(index, spec.Source, claim.Source);
                AssertDate(spec.Date, claim.Date);
                Assert.Equal(spec.Evidence.Select(e => e.Text), claim.Evidence);
                AssertDate(spec.AsOf, claim.Qualifiers.AsOf);
                Assert.Equal(spec.Includes.Count, claim.Qualifiers.Includes.Count);
                for (var i = 0; i < spec.Includes.Count; i++)
                {
                    AssertReference(index, spec.Includes[i], claim.Qualifiers.Includes[i]);
                }

                Assert.Equal(spec.Status.ToString(), claim.Status.ToString());
                Assert.Equal(spec.Note, claim.Note);
                Assert.Equal(spec.SupersededBy?.Text, claim.SupersededById);
            }

            foreach (var spec in read.Items.Quotes)
            {
                var quote = Item<Quote>("Quotes", spec.Id);
                AssertReference(index, spec.Speaker, quote.Speaker);
                Assert.Equal(spec.Text!.Text, quote.Text);
                Assert.Equal(spec.Mode.ToString(), quote.Mode.ToString());
                AssertDate(spec.Date, quote.Date);
                AssertReference(index, spec.Source, quote.Source);
                AssertReference(index, spec.Audience, quote.Audience);
                Assert.Equal(spec.Evidence.Select(e => e.Text), quote.Evidence);
            }

            foreach (var spec in read.Items.Events)
            {
                var @event = Item<Event>("Events", spec.Id);
                Assert.Equal(spec.Type, @event.Type);
                Assert.Equal(spec.Summary, @event.Summary);
                AssertDate(spec.Date, @event.Date);
                AssertReference(index, spec.Location, @event.Location);
                Assert.Equal(spec.Participants.Count, @event.Participants.Count);
                for (var i = 0; i < spec.Participants.Count; i++)
                {
                    AssertReference(index, spec.Participants[i].Entity, @event.Participants[i].Entity);
                    Assert.Equal(spec.Participants[i].Role, @event.Participants[i].Role);
                }

                AssertReference(index, spec.Source, @event.Source);
                Assert.Equal(spec.Evidence.Select(e => e.Text), @event.Evidence);
            }
        }

        return compared;
    }

    private static void AssertReference(CorpusIndex index, LocatedText? expected, CorpusItem? actual)
    {
        if (expected is null)
        {
            Assert.Null(actual);
        }
        else
        {
            Assert.Same(index.FindById(expected.Text), actual);
        }
    }

    private static void AssertDate(DateSpec? expected, PartialDate? actual)
    {
        if (expected is not { } date)
        {
            Assert.Null(actual);
            return;
        }

        Assert.NotNull(actual);
        Assert.Equal((date.Year, date.Month, date.Day, date.From), (actual.Year, actual.Month, actual.Day, actual.ResolvedFrom));
    }

    private static void AssertValue(CorpusIndex index, ValueSpec expected, FactValue actual)
    {
        switch (expected.Kind)
        {
            case ValueKind.Quantity:
                var quantity = Assert.IsType<QuantityValue>(actual);
                // Equal text too: the scale ("8.50") survives, not only the number.
                Assert.Equal(expected.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture), quantity.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Assert.Equal(expected.Unit, quantity.Unit);
                Assert.Equal(expected.Bound.ToString(), quantity.Bound.ToString());
                break;
            case ValueKind.Duration:
                var duration = Assert.IsType<DurationValue>(actual);
                Assert.Equal(expected.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture), duration.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Assert.Equal(expected.TimeUnit.ToString(), duration.Unit.ToString());
                Assert.Equal(expected.Bound.ToString(), duration.Bound.ToString());
                break;
            case ValueKind.Date:
                AssertDate(expected.Date, Assert.IsType<DateValue>(actual).Date);
                break;
            case ValueKind.Entity:
                AssertReference(index, expected.Entity, Assert.IsType<EntityValue>(actual).Entity);
                break;
            default:
                Assert.Equal(expected.Text, Assert.IsType<TextValue>(actual).Text);
                break;
        }
    }
}
