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
        /// <summary>A file's declarations, section by section; each knows its position in its section, which is how <see cref="FileValidator"/> finds it again.</summary>
        public static FileDeclarations Declare(FactFile file)
        {
            var items = new List<Declaration>();
            items.AddRange(file.Items.Sources.Select((s, i) => new Declaration(s.Id, ItemKind.Source, i, s.HasErrors, Label: s.Title, Published: s.Published, TextPath: s.TextPath)));
            items.AddRange(file.Items.Entities.Select((e, i) => new Declaration(e.Id, ItemKind.Entity, i, e.HasErrors, Label: e.Name)));
            items.AddRange(file.Items.Claims.Select((c, i) => new Declaration(c.Id, ItemKind.Claim, i, c.HasErrors, SupersededBy: c.SupersededBy)));
            items.AddRange(file.Items.Quotes.Select((q, i) => new Declaration(q.Id, ItemKind.Quote, i, q.HasErrors)));
            items.AddRange(file.Items.Events.Select((e, i) => new Declaration(e.Id, ItemKind.Event, i, e.HasErrors)));
            return new FileDeclarations(file.Path, items.ToEquatableArray(), file.AllIdsRead);
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

            var declaredAt = new Dictionary<string, LocatedText>(declarations, StringComparer.Ordinal);
            var memberNames = new Dictionary<string, LocatedText>(declarations, StringComparer.Ordinal);
            var entries = ImmutableArray.CreateBuilder<SymbolEntry>(declarations);
            var claims = new List<Declaration>();
            var problems = new List<DiagnosticInfo>();
            var fileEntries = new List<FactFileEntry>();
            var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                var sections = ItemKind.None;
                var key = KeyFor(file.Path, keys);
                foreach (var declaration in file.Items.OrderBy(d => d.Id.Location.StartOffset))
                {
                    var id = declaration.Id;
                    sections |= declaration.Kind;
                    if (declaredAt.TryGetValue(id.Text, out var first))
                    {
                        problems.Add(DiagnosticInfo.Create(Descriptors.DuplicateId, id.Location, id.Text, first.Location.Display));
                        continue;
                    }

                    declaredAt.Add(id.Text, id);
                    var valid = !declaration.HasErrors & HasOwnName(id, memberNames, problems);
                    string? articlePath = null;
                    if (declaration.Kind == ItemKind.Source)
                    {
                        articlePath = articles.Find(declaration, problems);
                        valid &= articlePath is not null;
                    }

                    if (declaration.Kind == ItemKind.Claim)
                    {
                        claims.Add(declaration);
                    }

                    entries.Add(new SymbolEntry(
                        id.Text, declaration.Kind, file.Path, key, declaration.Index, valid, declaration.Label, declaration.Published, articlePath, declaration.TextPath?.Text, declaration.SupersededBy?.Text));
                }

                fileEntries.Add(new FactFileEntry(file.Path, key, sections));
            }

            var inCycles = SupersedeCycles.Find(claims, problems);
            for (var i = 0; i < entries.Count; i++)
            {
                if (inCycles.Contains(entries[i].Id))
                {
                    entries[i] = entries[i] with { IsValid = false };
                }
            }

            entries.Sort(ById);
            return new CorpusSymbols(
                new EquatableArray<SymbolEntry>(entries.Count == entries.Capacity ? entries.MoveToImmutable() : entries.ToImmutable()),
                fileEntries.ToEquatableArray(),
                problems.ToEquatableArray(),
                hasUnreadIds: files.Any(f => !f.AllIdsRead));
        }

        /// <summary>
        /// The part of the table <paramref name="file"/> needs: its own entries and those its references name, or
        /// every entry when one of them does not resolve (to suggest the nearest id, or to say nothing while some ids
        /// could not be read), its file entry, and the cross-file errors located in it. Equal as long as
        /// nothing it depends on changed, so the file's validation and code stay cached when another file is edited.
        /// </summary>
        public static CorpusSymbols ScopeTo(FactFile file, CorpusSymbols all)
        {
            var own = all.File(file.Path);
            var problems = all.Problems.Where(p => p.Location.FilePath == file.Path).ToEquatableArray();
            var files = own is null ? EquatableArray<FactFileEntry>.Empty : ImmutableArray.Create(own).ToEquatableArray();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            AddIds(ids, file.Items.Sources, s => s.Id);
            AddIds(ids, file.Items.Entities, e => e.Id);
            AddIds(ids, file.Items.Claims, c => c.Id);
            AddIds(ids, file.Items.Quotes, q => q.Id);
            AddIds(ids, file.Items.Events, e => e.Id);

            foreach (var reference in ItemReferences.In(file.Items))
            {
                if (!all.TryGet(reference.Id.Text, out _))
                {
                    return new CorpusSymbols(all.Entries, files, problems, all.HasUnreadIds);
                }

                ids.Add(reference.Id.Text);
            }

            var entries = new List<SymbolEntry>(ids.Count);
            foreach (var id in ids)
            {
                if (all.TryGet(id, out var entry))
                {
                    entries.Add(entry);
                }
            }

            return new CorpusSymbols(entries.OrderBy(e => e.Id, StringComparer.Ordinal).ToEquatableArray(), files, problems, hasUnreadIds: false);
        }

        private static void AddIds<T>(HashSet<string> ids, EquatableArray<T> items, Func<T, LocatedText> id)
            where T : IEquatable<T>
        {
            foreach (var item in items)
            {
                ids.Add(id(item).Text);
            }
        }

        private static readonly Comparer<SymbolEntry> ById = Comparer<SymbolEntry>.Create((a, b) => string.CompareOrdinal(a.Id, b.Id));

        /// <summary>False, with FC2005 or FC2002, when the id's C# name is reserved or taken by an earlier id.</summary>
        private static bool HasOwnName(LocatedText id, Dictionary<string, LocatedText> memberNames, List<DiagnosticInfo> problems)
        {
            var memberName = MemberNames.For(id.Text);
            if (MemberNames.Reserved.Contains(memberName))
            {
                problems.Add(DiagnosticInfo.Create(Descriptors.ReservedName, id.Location, id.Text, memberName));
                return false;
            }

            if (memberNames.TryGetValue(memberName, out var other))
            {
                problems.Add(DiagnosticInfo.Create(Descriptors.MemberNameCollision, id.Location, id.Text, memberName, other.Text, other.Location.Display));
                return false;
            }

            memberNames.Add(memberName, id);
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
