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
    /// Builds the cross-file <see cref="CorpusSymbols"/>: unique ids (the first declaration in path order wins),
    /// unique C# names, article paths that exist, and a key for each file. Uses dictionaries keyed by id and path,
    /// so the work grows linearly with the corpus. Then hands each file the part of the table it needs.
    /// </summary>
    internal static class SymbolTable
    {
        /// <summary>A file's declarations in the order <see cref="FileValidator"/> numbers them: sources, entities, claims, quotes, events.</summary>
        public static FileDeclarations Declare(FactFile file)
        {
            var items = new List<Declaration>();
            foreach (var source in file.Items.Sources)
            {
                items.Add(new Declaration(source.Id, ItemKind.Source, source.HasErrors, source.Title, source.Published, source.TextPath));
            }

            foreach (var entity in file.Items.Entities)
            {
                items.Add(new Declaration(entity.Id, ItemKind.Entity, entity.HasErrors, entity.Name, null, null));
            }

            items.AddRange(file.Items.Claims.Select(c => new Declaration(c.Id, ItemKind.Claim, c.HasErrors, null, null, null)));
            items.AddRange(file.Items.Quotes.Select(q => new Declaration(q.Id, ItemKind.Quote, q.HasErrors, null, null, null)));
            items.AddRange(file.Items.Events.Select(e => new Declaration(e.Id, ItemKind.Event, e.HasErrors, null, null, null)));
            return new FileDeclarations(file.Path, items.ToEquatableArray(), file.AllIdsRead);
        }

        public static CorpusSymbols Build(ImmutableArray<FileDeclarations> files, ImmutableArray<string> articlePaths)
        {
            var articles = new HashSet<string>(articlePaths, StringComparer.Ordinal);
            var declaredAt = new Dictionary<string, LocatedText>(StringComparer.Ordinal);
            var memberNames = new Dictionary<string, LocatedText>(StringComparer.Ordinal);
            var entries = new List<SymbolEntry>();
            var problems = new List<DiagnosticInfo>();
            var fileEntries = new List<FactFileEntry>();
            var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                var sections = ItemKind.None;
                for (var ordinal = 0; ordinal < file.Items.Count; ordinal++)
                {
                    var declaration = file.Items[ordinal];
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
                        articlePath = FindArticle(declaration, articles, problems);
                        valid &= articlePath is not null;
                    }

                    entries.Add(new SymbolEntry(id.Text, declaration.Kind, file.Path, ordinal, valid, declaration.Label, declaration.Published, articlePath, declaration.TextPath?.Text));
                }

                fileEntries.Add(new FactFileEntry(file.Path, KeyFor(file.Path, keys), sections));
            }

            return new CorpusSymbols(
                entries.OrderBy(e => e.Id, StringComparer.Ordinal).ToEquatableArray(),
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
            foreach (var declaration in Declare(file).Items)
            {
                ids.Add(declaration.Id.Text);
            }

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

        /// <summary>The AdditionalFile path of a source's article, or null (with FC3003 when a path is written but not found).</summary>
        private static string? FindArticle(Declaration source, HashSet<string> articles, List<DiagnosticInfo> problems)
        {
            if (source.TextPath is null)
            {
                return null;
            }

            var full = ArticlePaths.Resolve(source.Id.Location.FilePath, source.TextPath.Text);
            if (articles.Contains(full))
            {
                return full;
            }

            problems.Add(DiagnosticInfo.Create(Descriptors.ArticleNotFound, source.TextPath.Location, "sources." + source.Id.Text + ".text", source.TextPath.Text, full));
            return null;
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
