using System.Collections.Immutable;
using System.Linq;
using FactCorpus.Generator.Diagnostics;

namespace FactCorpus.Generator.Model
{
    /// <summary>
    /// Where the public members of each kind of item are declared. The runtime loads no class with more than
    /// 65,535 methods, and every item member is a property getter; so a kind with more items than
    /// <see cref="MaxMembersInOneClass"/> declares each file's members in a C# 14 extension block of its class
    /// (`extension(Claims) { … }`, in a static class per file), which callers still write as `Claims.X`.
    /// Smaller kinds, nearly every corpus, keep plain members that any C# version can use.
    /// </summary>
    internal sealed record MemberPlacement(ItemKind InExtensionBlocks, EquatableArray<DiagnosticInfo> Problems)
    {
        /// <summary>Leaves room under the runtime's 65,535 for the per-file methods the class also has.</summary>
        public const int MaxMembersInOneClass = 60_000;

        /// <summary>C# 14, the first version with extension blocks (LanguageVersion.CSharp14, unknown to the Roslyn the generator builds against).</summary>
        public const int ExtensionBlocksLanguageVersion = 1400;

        public static readonly MemberPlacement InClasses = new(ItemKind.None, EquatableArray<DiagnosticInfo>.Empty);

        /// <summary>
        /// Decides from every file's declarations, counted per kind in path then position order (the order of
        /// duplicate ids too). A kind over the limit goes to extension blocks when the project's C# version has them;
        /// otherwise FC0008 at the first item over the limit, and its members stay where they are, which the
        /// compiler accepts but the runtime will not load.
        /// </summary>
        public static MemberPlacement Decide(ImmutableArray<FileDeclarations> files, int languageVersion, int limit = MaxMembersInOneClass)
        {
            var inExtensionBlocks = ItemKind.None;
            var problems = ImmutableArray.CreateBuilder<DiagnosticInfo>();
            // One pass over all declarations, as this step runs whenever any file changes; a declaration has one kind,
            // a single flag, which indexes its count.
            var counts = new int[(int)ItemKind.Event + 1];
            foreach (var file in files)
            {
                foreach (var declaration in file.Items)
                {
                    counts[(int)declaration.Kind]++;
                }
            }

            foreach (var kind in ItemKinds.All.Select(k => k.Kind))
            {
                var count = counts[(int)kind];
                if (count <= limit)
                {
                    continue;
                }

                if (languageVersion >= ExtensionBlocksLanguageVersion)
                {
                    inExtensionBlocks |= kind;
                    continue;
                }

                var firstOver = files.OrderBy(f => f.Path, System.StringComparer.Ordinal)
                    .SelectMany(f => f.Items.Where(d => d.Kind == kind).OrderBy(d => d.Id.StartOffset))
                    .ElementAt(limit);
                var section = ItemKinds.Of(kind);
                problems.Add(DiagnosticInfo.Create(Descriptors.TooManyItemsForOneClass, firstOver.Id.Location,
                    count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), section.Section, limit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                    section.ClassName, LanguageVersionName(languageVersion)));
            }

            return inExtensionBlocks == ItemKind.None && problems.Count == 0 ? InClasses : new MemberPlacement(inExtensionBlocks, problems.ToImmutable().ToEquatableArray());
        }

        /// <summary>"12" for 1200, "7.3" for 703: how the project file writes it.</summary>
        private static string LanguageVersionName(int version) =>
            version % 100 == 0 ? (version / 100).ToString(System.Globalization.CultureInfo.InvariantCulture)
                : (version / 100).ToString(System.Globalization.CultureInfo.InvariantCulture) + "." + (version % 100).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
