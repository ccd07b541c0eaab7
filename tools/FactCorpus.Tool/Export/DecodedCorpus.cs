using FactCorpus.Generator;
using FactCorpus.Generator.Diagnostics;
using FactCorpus.Generator.Emitting;
using FactCorpus.Generator.Model;
using FactCorpus.Model;
using FactCorpus.Model.Encoded;
using ItemKind = FactCorpus.Generator.Model.ItemKind;

namespace FactCorpus.Tool.Export;

/// <summary>
/// A checked corpus as the FactCorpus.Model items a compiled corpus holds, without compiling C#: each file's data
/// encoded by the generator's own writer (<see cref="DataWriter"/>, what the build targets embed in the assembly) and
/// decoded by the model's own readers (<see cref="PartsReader{T}"/>), so an export cannot say anything other than
/// what a program using the corpus reads. This plays the generated Corpus class's part: one reader a file and kind,
/// the index over them all with the conflicts, and the finder the data's references go through.
/// </summary>
internal static class DecodedCorpus
{
    /// <summary>The index of every valid item of <paramref name="files"/>, each list ordered by id whatever the order of the files.</summary>
    public static CorpusIndex Index(IEnumerable<CheckedFile> files)
    {
        var sources = new List<PartsReader<Source>>();
        var entities = new List<PartsReader<Entity>>();
        var claims = new List<PartsReader<Claim>>();
        var quotes = new List<PartsReader<Quote>>();
        var events = new List<PartsReader<Event>>();
        var checkedFiles = files.ToList();
        var conflicts = CorpusSteps.ConflictPairs(new CorpusConflicts(checkedFiles.ToDictionary(f => f.Validated.Path, f => f.Conflicts), EquatableArray<DiagnosticInfo>.Empty));
        var scope = new CorpusScope(() => new CorpusIndex(All(sources), All(entities), All(claims), All(quotes), All(events), conflicts));

        // As the generated finder: an item by its id, in the reader of the place it is generated in; null for no such id.
        var places = new Dictionary<string, Func<string, CorpusItem?>>(StringComparer.Ordinal);
        CorpusItem? Find(string id) => places.TryGetValue(id, out var find) ? find(id) : null;

        foreach (var file in checkedFiles)
        {
            // As the generator: a file gets code (here, readers) when the table has an entry for it that declares something.
            if (file.Symbols.File(file.Validated.Path) is not { Sections: not ItemKind.None } entry)
            {
                continue;
            }

            // The data the build targets would embed, written from the file as read; each reader skips what validation left out.
            var read = file.Validated.Read;
            var data = DataWriter.Write(read);
            var resource = new FileResource(() => new MemoryStream(data, writable: false), read.Path, read.TextHash);
            var items = file.Validated.Items;
            if ((entry.Sections & ItemKind.Source) != 0)
            {
                Place(places, items.Sources.Select(s => s.Id.Text), Add(sources, resource, null, FileData.Place(read.Items.Sources, items.Sources, s => s.Id), scope).Find);
            }

            if ((entry.Sections & ItemKind.Entity) != 0)
            {
                Place(places, items.Entities.Select(e => e.Id.Text), Add(entities, resource, null, FileData.Place(read.Items.Entities, items.Entities, e => e.Id), scope).Find);
            }

            if ((entry.Sections & ItemKind.Claim) != 0)
            {
                Add(claims, resource, Find, FileData.Place(read.Items.Claims, items.Claims, c => c.Id), scope);
            }

            if ((entry.Sections & ItemKind.Quote) != 0)
            {
                Add(quotes, resource, Find, FileData.Place(read.Items.Quotes, items.Quotes, q => q.Id), scope);
            }

            if ((entry.Sections & ItemKind.Event) != 0)
            {
                Add(events, resource, Find, FileData.Place(read.Items.Events, items.Events, e => e.Id), scope);
            }
        }

        return scope.Index;
    }

    private static void Place(Dictionary<string, Func<string, CorpusItem?>> places, IEnumerable<string> ids, Func<string, CorpusItem?> find)
    {
        foreach (var id in ids)
        {
            places.Add(id, find);
        }
    }

    /// <summary>A kind's reader of one file, as its generated data class makes it.</summary>
    private static PartsReader<T> Add<T>(List<PartsReader<T>> readers, FileResource resource, Func<string, CorpusItem?>? find, (int[] Positions, int[] LeftOut) place, CorpusScope scope)
        where T : CorpusItem
    {
        var reader = new PartsReader<T>(scope, resource, find, place.LeftOut);
        readers.Add(reader);
        return reader;
    }

    private static T[] All<T>(List<PartsReader<T>> readers)
        where T : CorpusItem => CorpusIndex.Merge(PartsReader<T>.All([.. readers]));
}
