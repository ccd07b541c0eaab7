using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FactCorpus.Generator.Diagnostics;
using FactCorpus.Generator.Emitting;
using FactCorpus.Generator.Model;

namespace FactCorpus.Generator.Validation
{
    /// <summary>
    /// Builds the cross-file <see cref="CorpusSymbols"/>: unique ids, unique C# names, article paths that exist, no
    /// supersede cycles, and a key for each file. Declarations are taken in corpus order (files in ordinal order of
    /// their paths, then by position in the file), so of two declarations of one id, or of two ids with one C#
    /// name, the later in that order is the one reported and left out, whatever order the build lists files in.
    /// Uses dictionaries keyed by id and path, so the work grows linearly with the corpus. Then hands each file
    /// the part of the table it needs.
    /// </summary>
    internal static class SymbolTable
    {
        /// <summary>
        /// A file's declarations in the order they are written; each knows its position in its section, which is how
        /// <see cref="FileValidator"/> finds it again. Ordered and named here, in the file's own cached step, so that
        /// linking the corpus, which runs whenever any file's declarations change, reads no location and makes no name.
        /// </summary>
        public static FileDeclarations Declare(FactFile file)
        {
            var sections = file.Items;
            var items = ImmutableArray.CreateBuilder<Declaration>(sections.Count);
            for (var i = 0; i < sections.Sources.Count; i++)
            {
                var s = sections.Sources[i];
                items.Add(new Declaration(s.Id, ItemKind.Source, i, s.HasErrors, Label: s.Title, Published: s.Published, TextPath: s.TextPath));
            }

            for (var i = 0; i < sections.Entities.Count; i++)
            {
                var e = sections.Entities[i];
                items.Add(new Declaration(e.Id, ItemKind.Entity, i, e.HasErrors, Label: e.Name, EntityKind: e.Kind, Aliases: e.Aliases));
            }

            for (var i = 0; i < sections.Claims.Count; i++)
            {
                var c = sections.Claims[i];
                items.Add(new Declaration(c.Id, ItemKind.Claim, i, c.HasErrors, SupersededBy: c.SupersededBy));
            }

            for (var i = 0; i < sections.Quotes.Count; i++)
            {
                var q = sections.Quotes[i];
                items.Add(new Declaration(q.Id, ItemKind.Quote, i, q.HasErrors));
            }

            for (var i = 0; i < sections.Events.Count; i++)
            {
                var e = sections.Events[i];
                items.Add(new Declaration(e.Id, ItemKind.Event, i, e.HasErrors));
            }

            // Sections are nearly always written in the format's order, and then the declarations already are in the file's.
            for (var i = 1; i < items.Count; i++)
            {
                if (items[i].Id.StartOffset < items[i - 1].Id.StartOffset)
                {
                    items.Sort(static (a, b) => a.Id.StartOffset.CompareTo(b.Id.StartOffset));
                    break;
                }
            }

            return new FileDeclarations(file.Path, new EquatableArray<Declaration>(items.MoveToImmutable()), file.AllIdsRead);
        }

        /// <param name="projectTexts">Every *.txt file of the project, full paths, whether an AdditionalFile or not (see <see cref="ArticleLookup"/>).</param>
        public static CorpusSymbols Build(ImmutableArray<FileDeclarations> files, ImmutableArray<string> articlePaths, EquatableArray<string> projectTexts)
        {
            var articles = new ArticleLookup(articlePaths, projectTexts);
            // Sized up front: in a large corpus every growth of these would copy them.
            var declarations = 0;
            foreach (var file in files)
            {
                declarations += file.Items.Count;
            }

            // One lookup by id serves the duplicate check and the table itself: each id's position in the entries,
            // whose declared id (for the first one's location) sits at the same position.
            var byId = new Dictionary<string, int>(declarations, StringComparer.Ordinal);
            var declared = new LocatedText[declarations];
            var memberNames = new Dictionary<string, LocatedText>(declarations, MemberNames.IdsByName);
            var entries = ImmutableArray.CreateBuilder<SymbolEntry>(declarations);
            var superseding = new List<Declaration>();
            var problems = new List<DiagnosticInfo>();
            var fileEntries = new List<FactFileEntry>(files.Length);
            var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                var sections = ItemKind.None;
                var key = KeyFor(file.Path, keys);
                foreach (var declaration in file.Items)
                {
                    var id = declaration.Id;
                    sections |= declaration.Kind;
                    if (byId.TryGetValue(id.Text, out var first))
                    {
                        problems.Add(DiagnosticInfo.Create(Descriptors.DuplicateId, id.Location, id.Text, declared[first].Location.Display));
                        continue;
                    }

                    byId.Add(id.Text, entries.Count);
                    declared[entries.Count] = id;
                    var valid = !declaration.HasErrors & HasOwnName(declaration, memberNames, problems);
                    string? articlePath = null;
                    if (declaration.Kind == ItemKind.Source)
                    {
                        articlePath = articles.Find(declaration, problems);
                        valid &= articlePath is not null;
                    }

                    // Only a claim with a replacement can be in a supersede cycle.
                    if (declaration.Kind == ItemKind.Claim && declaration.SupersededBy is not null)
                    {
                        superseding.Add(declaration);
                    }

                    entries.Add(new SymbolEntry(
                        id.Text, declaration.Kind, file.Path, key, declaration.Index, valid, declaration.Label, declaration.Published, articlePath, declaration.TextPath?.Text, declaration.SupersededBy?.Text,
                        declaration.EntityKind, declaration.Aliases));
                }

                fileEntries.Add(new FactFileEntry(file.Path, key, sections));
            }

            foreach (var id in SupersedeCycles.Find(superseding, problems))
            {
                var at = byId[id];
                entries[at] = entries[at] with { IsValid = false };
            }

            // In corpus order, which the files' paths and contents alone decide, not the order the build lists them in.
            return new CorpusSymbols(
                new EquatableArray<SymbolEntry>(entries.Count == entries.Capacity ? entries.MoveToImmutable() : entries.ToImmutable()),
                byId,
                fileEntries.ToEquatableArray(),
                problems.ToEquatableArray(),
                hasUnreadIds: files.Any(f => !f.AllIdsRead));
        }

        /// <summary>
        /// The part of the table <paramref name="file"/> needs: its own entries and those its references name, or
        /// every entry when one of them does not resolve (to suggest the nearest id, or to say nothing while some ids
        /// could not be read), its file entry, and the cross-file errors located in it. Equal as long as
        /// nothing it depends on changed, so the file's validation and code stay cached when another file is edited.
        /// The entries are in the order the file first names them, which its content alone decides. The same walk
        /// over the items finds the paths of the articles the file cites (<see cref="CitedArticles"/>).
        /// </summary>
        public static ScopedFile ScopeTo(FactFile file, CorpusSymbols all)
        {
            var own = all.File(file.Path);
            var problems = ProblemsIn(file.Path, all.Problems);
            var files = own is null ? EquatableArray<FactFileEntry>.Empty : ImmutableArray.Create(own).ToEquatableArray();
            var items = file.Items;
            // An item names itself and about two more ids (subject, speaker, source…), many shared with other items.
            var scope = new Scope(all, items.Sources.Count + items.Entities.Count + (3 * (items.Claims.Count + items.Quotes.Count + items.Events.Count)));
            foreach (var source in items.Sources)
            {
                scope.Add(source.Id.Text);
            }

            foreach (var entity in items.Entities)
            {
                scope.Add(entity.Id.Text);
            }

            var references = new List<ItemReference>();
            foreach (var claim in items.Claims)
            {
                ItemReferences.Of(claim, references);
                scope.Add(claim.Id.Text, references, claim.Source);
            }

            foreach (var quote in items.Quotes)
            {
                ItemReferences.Of(quote, references);
                scope.Add(quote.Id.Text, references, quote.Source);
            }

            foreach (var @event in items.Events)
            {
                ItemReferences.Of(@event, references);
                scope.Add(@event.Id.Text, references, @event.Source);
            }

            // A file that names every id (a corpus of one file) shares the whole table's entries and lookup.
            var symbols = scope.Unresolved ? all.With(files, problems, all.HasUnreadIds)
                : scope.Entries.Count == all.Entries.Count ? all.With(files, problems, hasUnreadIds: false)
                : new CorpusSymbols(new EquatableArray<SymbolEntry>(scope.Entries.ToImmutable()), scope.ById, files, problems, hasUnreadIds: false);
            return new ScopedFile(file, symbols, scope.CitedPaths(), scope.Probes.ToEquatableArray());
        }

        private static EquatableArray<DiagnosticInfo> ProblemsIn(string path, EquatableArray<DiagnosticInfo> problems)
        {
            if (problems.Count == 0)
            {
                return problems;
            }

            var builder = ImmutableArray.CreateBuilder<DiagnosticInfo>();
            foreach (var problem in problems)
            {
                if (problem.Location.FilePath == path)
                {
                    builder.Add(problem);
                }
            }

            return new EquatableArray<DiagnosticInfo>(builder.ToImmutable());
        }

        /// <summary>The entries a file names, each once, in the order first named, with their positions by id; and the articles it cites.</summary>
        private sealed class Scope
        {
            private readonly CorpusSymbols all;
            private readonly List<string> cited = new();
            private readonly HashSet<string> citedOnce = new(StringComparer.Ordinal);

            /// <summary>The ids asked but not in <see cref="ById"/>: those the table lacks, and sources asked once the file's references stopped resolving.</summary>
            private readonly HashSet<string> askedOutside = new(StringComparer.Ordinal);

            /// <param name="capacity">About how many ids the file names, so the lookups are not copied as they grow.</param>
            public Scope(CorpusSymbols all, int capacity)
            {
                this.all = all;
                Probes = new List<string>(capacity);
                Entries = ImmutableArray.CreateBuilder<SymbolEntry>(capacity);
                ById = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
            }

            /// <summary>Every id asked of the table, once, in the order first asked: what the part cut depends on.</summary>
            public List<string> Probes { get; }

            public ImmutableArray<SymbolEntry>.Builder Entries { get; }

            public Dictionary<string, int> ById { get; }

            /// <summary>Some reference names an id the table does not have: the file needs every entry.</summary>
            public bool Unresolved { get; private set; }

            /// <summary>Adds the entry of <paramref name="id"/>, if any; false when the table has none.</summary>
            public bool Add(string id)
            {
                if (ById.ContainsKey(id))
                {
                    return true;
                }

                if (!all.TryGet(id, out var entry))
                {
                    Probe(id);
                    return false;
                }

                if (!askedOutside.Contains(id))
                {
                    Probes.Add(id);
                }

                ById.Add(id, Entries.Count);
                Entries.Add(entry);
                return true;
            }

            /// <summary>An item: its own entry, those its references name, and the article of its source, as <see cref="FileValidator"/> finds it.</summary>
            public void Add(string id, List<ItemReference> references, LocatedText? source)
            {
                Add(id);
                foreach (var reference in references)
                {
                    // Once one reference does not resolve, the file takes every entry and collecting them is moot.
                    Unresolved = Unresolved || !Add(reference.Id.Text);
                }

                if (source is not null)
                {
                    Probe(source.Text);
                }

                if (CitedArticles.SourceOf(source, all) is { ArticlePath: { } path } && citedOnce.Add(path))
                {
                    cited.Add(path);
                }
            }

            private void Probe(string id)
            {
                if (!ById.ContainsKey(id) && askedOutside.Add(id))
                {
                    Probes.Add(id);
                }
            }

            /// <summary>The cited articles' paths in ordinal order, so they do not depend on the order of the items.</summary>
            public EquatableArray<string> CitedPaths()
            {
                cited.Sort(StringComparer.Ordinal);
                return cited.ToEquatableArray();
            }
        }

        /// <summary>False, with FC2005 or FC2002, when the id's C# name is reserved or taken by an earlier id (<paramref name="memberNames"/>: ids by their names).</summary>
        private static bool HasOwnName(Declaration declaration, Dictionary<string, LocatedText> memberNames, List<DiagnosticInfo> problems)
        {
            var id = declaration.Id;
            var text = id.Text;
            if (MemberNames.ReservedFor(text) is { } reserved)
            {
                problems.Add(DiagnosticInfo.Create(Descriptors.ReservedName, id.Location, text, reserved));
                return false;
            }

            if (memberNames.TryGetValue(text, out var other))
            {
                problems.Add(DiagnosticInfo.Create(Descriptors.MemberNameCollision, id.Location, text, MemberNames.For(text), other.Text, other.Location.Display));
                return false;
            }

            memberNames.Add(text, id);
            return true;
        }

        /// <summary>
        /// The file name without ".facts.yaml", with every character but ASCII letters and digits as '_', made
        /// unique ignoring case (hint names are) by a numbered suffix. Files are visited in path order, so keys
        /// do not depend on the order the compiler lists them in.
        /// </summary>
        private static string KeyFor(string path, HashSet<string> used)
        {
            var name = path.Substring(path.Replace('\\', '/').LastIndexOf('/') + 1);
            var stem = name.Length > CorpusSteps.FactFileSuffix.Length ? name.Substring(0, name.Length - CorpusSteps.FactFileSuffix.Length) : "";
            var key = new string(stem.Select(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') ? c : '_').ToArray());
            key = key.Length == 0 ? "file" : key;
            var candidate = key;
            for (var n = 2; !used.Add(candidate); n++)
            {
                candidate = key + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return candidate;
        }
    }
}
