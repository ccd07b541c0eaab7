using System.Collections.Generic;
using System.Linq;
using FactCorpus.Generator.Emitting;

namespace FactCorpus.Generator.Model
{
    /// <summary>
    /// One place of the corpus's finder: a file's reader of a kind that items refer to, with the ids of the valid
    /// items it holds, as a record of texts (<see cref="ItemData.TextsRecord"/>).
    /// </summary>
    internal sealed record ItemPlace(ItemKindInfo Section, FactFileEntry File, string Ids);

    /// <summary>
    /// What Corpus.g.cs is made from of the symbol table: the files, and the places of the items others refer to.
    /// Equal while no file, and no id of an entity or source, is added, removed or left out; so editing items
    /// otherwise never regenerates it.
    /// </summary>
    internal sealed record CorpusOutline(EquatableArray<FactFileEntry> Files, EquatableArray<ItemPlace> Places)
    {
        public static CorpusOutline Of(CorpusSymbols symbols)
        {
            var ids = symbols.Entries
                .Where(e => e.IsValid && (FileData.Referable & e.Kind) != 0)
                .ToLookup(e => (e.Kind, e.FilePath), e => e.Id);
            var places = new List<ItemPlace>();
            var data = ItemData.OfThread();
            foreach (var section in ItemKinds.All.Where(k => (FileData.Referable & k.Kind) != 0))
            {
                foreach (var file in symbols.Files.Where(f => (f.Sections & section.Kind) != 0))
                {
                    places.Add(new ItemPlace(section, file, data.TextsRecord(ids[(section.Kind, file.Path)].ToList())));
                }
            }

            return new CorpusOutline(symbols.Files, places.ToEquatableArray());
        }
    }
}
