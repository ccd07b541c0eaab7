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
/// encoded by the generator's own encoder (<see cref="FileData"/>, what the generated code holds as literals) and
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

            foreach (var kind in new FileData().Kinds(file.Validated, entry))
            {
                switch (kind.Section.Kind)
                {
                    case ItemKind.Source:
                        Place(places, file.Validated.Items.Sources.Select(s => s.Id.Text), Add(sources, kind, scope, Find).Find);
                        break;
                    case ItemKind.Entity:
                        Place(places, file.Validated.Items.Entities.Select(e => e.Id.Text), Add(entities, kind, scope, Find).Find);
                        break;
                    case ItemKind.Claim:
                        Add(claims, kind, scope, Find);
                        break;
                    case ItemKind.Quote:
                        Add(quotes, kind, scope, Find);
                        break;
                    case ItemKind.Event:
                        Add(events, kind, scope, Find);
                        break;
                }
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
    private static PartsReader<T> Add<T>(List<PartsReader<T>> readers, KindData kind, CorpusScope scope, Func<string, CorpusItem?> find)
        where T : CorpusItem
    {
        var reader = new PartsReader<T>(scope, kind.Count, kind.Count == 0 ? null : part => kind.Parts[part], kind.HasReferences ? find : null, [.. kind.FirstIds]);
        readers.Add(reader);
        return reader;
    }

    private static T[] All<T>(List<PartsReader<T>> readers)
        where T : CorpusItem => CorpusIndex.Merge(PartsReader<T>.All([.. readers]));
}
