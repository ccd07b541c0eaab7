using System.Collections.Generic;
using System.Linq;
using FactCorpus.Generator.Model;

namespace FactCorpus.Generator.Emitting
{
    /// <summary>
    /// Corpus.g.cs: the documented declarations of the section classes the per-file members extend, and the Corpus
    /// class with the index over every file's items, read from each file's data class, the conflicts between claims,
    /// and the finder the files' data refers to items through. Depends on the list of files, the ids of entities and
    /// sources, the conflicts and the namespace: editing a claim's text never regenerates it.
    /// </summary>
    internal static class CorpusEmitter
    {
        public const string HintName = "Corpus.g.cs";

        private const string ModelNs = "global::FactCorpus.Model.";

        private static readonly string GeneratorVersion =
            typeof(CorpusEmitter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

        /// <param name="conflicts">The pairs of conflicting claims as a record of texts (<see cref="CorpusSteps.ConflictPairs"/>).</param>
        /// <returns>The code, and the strings it holds as literals: the tables, counted with the files' (FC0007).</returns>
        public static (GeneratedCode Source, EquatableArray<string> Literals) Emit(CorpusOutline outline, string conflicts, string ns, bool withDocs)
        {
            var literals = new List<string>();
            var w = CodeWriter.GeneratedFile(ns, withDocs);
            foreach (var section in ItemKinds.All)
            {
                Declare(w, section.ClassName, section.Summary);
            }

            Declare(w, "Values", "Claim values that C# can hold as constants, named as their claims.");
            Declare(w, "Corpus", "The whole corpus: every item, and queries over them.", body => WriteCorpus(body, outline, conflicts, literals));
            return (w.Close().Finish(), literals.ToEquatableArray());
        }

        /// <summary>Docs and attributes go on this one declaration; the per-file parts add only members.</summary>
        private static void Declare(CodeWriter w, string className, string summary, System.Action<CodeWriter>? body = null)
        {
            w.Separate()
                .Doc("summary", summary)
                .Line("[global::System.CodeDom.Compiler.GeneratedCode(\"FactCorpus.Generator\", \"" + GeneratorVersion + "\")]")
                .Open("public static partial class " + className);
            body?.Invoke(w);
            w.Close();
        }

        private static void WriteCorpus(CodeWriter w, CorpusOutline outline, string conflicts, List<string> literals)
        {
            var files = outline.Files;
            const string list = "global::System.Collections.Generic.IReadOnlyList";
            w.Line("// Items hold the scope, not the index: creating an item never touches the other generated classes.")
                .Line($"internal static readonly {ModelNs}CorpusScope Scope = new {ModelNs}CorpusScope(CreateIndex);")
                .Line()
                .Doc("summary", "Every item of the corpus, each list ordered by id, and every query over them; built on first use.")
                .Line($"public static {ModelNs}CorpusIndex Index => Scope.Index;")
                .Line()
                .Doc("summary", "Finds an item by its YAML id, or throws a KeyNotFoundException naming the id.")
                .Line($"public static {ModelNs}CorpusItem FindById(string id) => Index.FindById(id);")
                .Line()
                .Doc("summary", "Finds an item by its YAML id; false when the corpus has no such id.")
                .Line($"public static bool TryFindById(string id, out {ModelNs}CorpusItem item) => Index.TryFindById(id, out item);")
                .Line()
                .Doc("summary", "The claims whose subject is the given entity.")
                .Line($"public static {list}<{ModelNs}Claim> ClaimsAbout({ModelNs}Entity entity) => Index.ClaimsAbout(entity);")
                .Line()
                .Doc("summary", "The claims made by the given entity, or by a source in its own voice.")
                .Line($"public static {list}<{ModelNs}Claim> ClaimsBy({ModelNs}CorpusItem speaker) => Index.ClaimsBy(speaker);")
                .Line()
                .Doc("summary", "The quotes spoken by the given entity.")
                .Line($"public static {list}<{ModelNs}Quote> QuotesBy({ModelNs}Entity speaker) => Index.QuotesBy(speaker);")
                .Line()
                .Doc("summary", "The claims, quotes and events reported by the given source: its claims, then quotes, then events.")
                .Line($"public static {list}<{ModelNs}ReportedItem> FromSource({ModelNs}Source source) => Index.FromSource(source);")
                .Line()
                .Line("// Each file's items come ordered by id; Merge orders them across files.")
                .Line($"private static {ModelNs}CorpusIndex CreateIndex() => new {ModelNs}CorpusIndex(")
                .Indent();
            for (var i = 0; i < ItemKinds.All.Length; i++)
            {
                var section = ItemKinds.All[i];
                var type = ModelNs + section.TypeName;
                var readers = files.Where(f => (f.Sections & section.Kind) != 0).Select(f => FileEmitter.DataClass(f) + "." + section.ClassName);
                w.Line($"{ModelNs}CorpusIndex.Merge<{type}>({ModelNs}Encoded.PartsReader<{type}>.All({string.Join(", ", readers)})),");
            }

            literals.AddRange(FileEmitter.AppendData(w.StartLine(), conflicts));
            w.Append(");").EndLine().Unindent();
            WriteFind(w, outline.Places, literals);
        }

        /// <summary>The corpus's finder, which the files' data names items through: <c>Corpus.Find_</c>.</summary>
        public const string FindMethod = "Find_";

        /// <summary>
        /// Finds an item by its id, as the data's tables of references name them: a table read on first use gives the
        /// number of the place the item is generated in, and one switch for the corpus (instead of a compiled member
        /// access a reference, which were a quarter of the generated code's compile time, measured in process) calls
        /// that place's reader, which searches one part.
        /// </summary>
        private static void WriteFind(CodeWriter w, EquatableArray<ItemPlace> places, List<string> literals)
        {
            w.Line()
                .Line("// The files' data refers to items by id: found here on first use, in the place the table gives.")
                .StartLine().Append($"private static readonly {ModelNs}Encoded.ItemPlaces Places_ = new {ModelNs}Encoded.ItemPlaces(");
            literals.AddRange(FileEmitter.AppendData(w, string.Concat(places.Select(p => p.Ids))));
            w.Append(");").EndLine()
                .Line()
                .Line($"internal static {ModelNs}CorpusItem? {FindMethod}(string id) => Places_.Of(id) switch")
                .Line("{")
                .Indent();
            for (var i = 0; i < places.Count; i++)
            {
                w.StartLine().Append(i).Append(" => ").Append(FileEmitter.DataClass(places[i].File)).Append(".")
                    .Append(places[i].Section.ClassName).Append(".Find(id),").EndLine();
            }

            w.Line("_ => null,")
                .Unindent()
                .Line("};");
        }
    }
}
