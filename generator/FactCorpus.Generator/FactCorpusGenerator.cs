using System.Linq;
using FactCorpus.Generator.Emitting;
using FactCorpus.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactCorpus.Generator
{
    /// <summary>
    /// Pipeline wiring only. Each YAML file and each article is read in its own cached step. The files' declarations
    /// are linked into one symbol table of plain values, without locations, which each file then takes only the
    /// part of that it depends on; so editing one file re-reads, re-validates and re-emits that file and no other
    /// (unless the edit changes what other files see: an id, a name, a title), and editing C# re-reads none. Each
    /// file also takes only the articles it cites, and validation hands emission no article: so editing an article
    /// re-validates only the files that cite it, and re-emits only those whose results it changed. Conflicts between
    /// claims are found across the corpus from a small projection of each file's valid claims, and each file's code
    /// takes only its own claims' conflicts: a claim in no conflict, edited, re-emits only its own file.
    /// Every step (CorpusSteps) catches what it did not expect and reports FC0002 instead of letting the compiler
    /// report CS8785.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class FactCorpusGenerator : IIncrementalGenerator
    {
        /// <summary>Tracking names, so tests can assert which steps re-ran.</summary>
        public static class Steps
        {
            public const string FactFiles = nameof(FactFiles);
            public const string Articles = nameof(Articles);
            public const string ArticleEncodings = nameof(ArticleEncodings);
            public const string Options = nameof(Options);
            public const string Declarations = nameof(Declarations);
            public const string Symbols = nameof(Symbols);
            public const string ScopedFiles = nameof(ScopedFiles);
            public const string CitedArticles = nameof(CitedArticles);
            public const string ValidatedFiles = nameof(ValidatedFiles);
            public const string ClaimFacts = nameof(ClaimFacts);
            public const string Conflicts = nameof(Conflicts);
            public const string FileConflicts = nameof(FileConflicts);
            public const string FilesToEmit = nameof(FilesToEmit);
            public const string GeneratedFiles = nameof(GeneratedFiles);
            public const string Outline = nameof(Outline);
            public const string Corpus = nameof(Corpus);
            public const string LiteralBudget = nameof(LiteralBudget);
            public const string Placement = nameof(Placement);

            public static readonly string[] All = { FactFiles, Articles, ArticleEncodings, Options, Declarations, Symbols, ScopedFiles, CitedArticles, ValidatedFiles, ClaimFacts, Conflicts, FileConflicts, FilesToEmit, GeneratedFiles, Outline, Corpus, LiteralBudget, Placement };
        }

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            // Plain values of the parse options, so editing C# (new trees, equal options) changes none of them.
            var parseSettings = context.ParseOptionsProvider
                .Select(static (parseOptions, _) => CorpusSteps.ReadParseSettings(parseOptions, LiteralBudget.CompilerVersion));

            var factTexts = context.AdditionalTextsProvider
                .Where(static text => CorpusSteps.IsFactFile(text.Path));

            // Registered first, so a build reads every file on all cores before the steps below ask for them one by
            // one; an editor that skips implementation outputs (Roslyn's workspace runs them today) reads what an edit changed.
            context.RegisterImplementationSourceOutput(factTexts.Collect(), static (spc, texts) => _ = CorpusSteps.ReadAhead(texts, spc.CancellationToken));

            // Each file with the name the build targets gave its embedded data: an edit to C# changes neither.
            var factFiles = factTexts
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (input, ct) => CorpusSteps.ReadFactFile(input.Left, ct, CorpusSteps.ReadResourceName(input.Right.GetOptions(input.Left))))
                .WithTrackingName(Steps.FactFiles);

            var articleTexts = context.AdditionalTextsProvider
                .Where(static text => !CorpusSteps.IsFactFile(text.Path));

            var articles = articleTexts
                .Select(static (text, ct) => CorpusSteps.ReadArticle(text, ct))
                .WithTrackingName(Steps.Articles);

            var articleEncodings = articleTexts
                .Select(static (text, ct) => CorpusSteps.CheckArticleEncoding(text, ct))
                .WithTrackingName(Steps.ArticleEncodings);

            var readableArticles = articles.Collect()
                .Combine(articleEncodings.Collect())
                .Select(static (input, _) => CorpusSteps.Readable(input.Left, input.Right));

            var options = context.AnalyzerConfigOptionsProvider
                .Select(static (provider, _) => CorpusSteps.ReadOptions(provider.GlobalOptions))
                .Combine(parseSettings)
                .Select(static (input, _) => input.Left with { Docs = input.Right.Docs })
                .WithTrackingName(Steps.Options);

            // The raw property, parsed where the symbol table is built: a string is a pipeline value of a reference type.
            var projectTexts = context.AnalyzerConfigOptionsProvider
                .Select(static (provider, _) => CorpusSteps.ReadProjectTextsProperty(provider.GlobalOptions));

            var declarations = factFiles
                .Select(static (file, _) => CorpusSteps.Declare(file))
                .WithTrackingName(Steps.Declarations)
                .Collect();

            var symbols = declarations
                .Combine(articles.Select(static (article, _) => article.Path).Collect())
                .Combine(projectTexts)
                .Select(static (input, _) => CorpusSteps.Link(input.Left.Left, input.Left.Right, CorpusSteps.ProjectTexts(input.Right)))
                .WithTrackingName(Steps.Symbols);

            var placement = declarations
                .Combine(parseSettings)
                .Select(static (input, _) => CorpusSteps.Place(input.Left, input.Right.LanguageVersion))
                .WithTrackingName(Steps.Placement);

            // What emission needs of the options and the placement, without its problems, which it does not read.
            var emitOptions = options
                .Combine(placement)
                .Select(static (input, _) => input.Left with { InExtensionBlocks = input.Right.InExtensionBlocks });

            var citingFiles = factFiles
                .Combine(symbols)
                .Select(static (input, _) => CorpusSteps.Scope(input.Left, input.Right))
                .WithTrackingName(Steps.ScopedFiles)
                .Combine(readableArticles)
                .Select(static (input, _) => CorpusSteps.Cite(input.Left, input.Right))
                .WithTrackingName(Steps.CitedArticles);

            // Like the read ahead: the files due are validated on all cores before the step below asks for them one by one.
            context.RegisterImplementationSourceOutput(citingFiles.Collect(), static (spc, files) => _ = CorpusSteps.ValidateAhead(files, spc.CancellationToken));

            var validatedFiles = citingFiles
                .Select(static (file, _) => CorpusSteps.TakeValidated(file))
                .WithTrackingName(Steps.ValidatedFiles);

            // Conflicts are found across files from a small projection of each file's valid claims; each file then
            // takes its own, so a claim in no conflict, edited, re-emits only its file.
            var conflicts = validatedFiles
                .Select(static (file, _) => CorpusSteps.ProjectClaims(file))
                .WithTrackingName(Steps.ClaimFacts)
                .Collect()
                .Select(static (files, _) => CorpusSteps.FindConflicts(files))
                .WithTrackingName(Steps.Conflicts);

            var filesToEmit = validatedFiles
                .Combine(conflicts)
                .Select(static (input, _) => CorpusSteps.WithConflicts(input.Left, input.Right))
                .WithTrackingName(Steps.FileConflicts)
                .Combine(emitOptions)
                .Select(static (input, _) => new FileToEmit(input.Left, input.Right))
                .WithTrackingName(Steps.FilesToEmit);

            // And emitted on all cores, once every file's conflicts are known.
            context.RegisterImplementationSourceOutput(filesToEmit.Collect(), static (spc, files) => _ = CorpusSteps.GenerateAhead(files, spc.CancellationToken));

            var files = filesToEmit
                .Select(static (file, _) => CorpusSteps.TakeGenerated(file))
                .WithTrackingName(Steps.GeneratedFiles);

            var conflictPairs = conflicts
                .Select(static (found, _) => CorpusSteps.ConflictPairs(found));

            var corpus = symbols
                .Select(static (table, _) => CorpusOutline.Of(table))
                .WithTrackingName(Steps.Outline)
                .Combine(conflictPairs)
                .Combine(options)
                .Select(static (input, _) => CorpusSteps.GenerateCorpus(input.Left.Left, input.Left.Right, input.Right))
                .WithTrackingName(Steps.Corpus);

            var literalBudget = files
                .Where(static output => output.Literals is not null)
                .Select(static (output, _) => output.Literals!)
                .Collect()
                .Combine(corpus.Select(static (output, _) => output.Literals))
                .Combine(parseSettings)
                .Select(static (input, _) => CorpusSteps.CheckLiteralBudget(input.Left.Right is { } tables ? input.Left.Left.Add(tables) : input.Left.Left, input.Right.DataSectionThreshold))
                .WithTrackingName(Steps.LiteralBudget);

            var articleErrors = articleEncodings
                .Combine(options)
                .Select(static (input, _) => CorpusSteps.ReportArticle(input.Left, input.Right));

            context.RegisterSourceOutput(files, static (spc, output) => Emit(spc, output));
            var conflictErrors = conflicts
                .Combine(options)
                .Select(static (input, _) => CorpusSteps.ReportConflictProblems(input.Left, input.Right));

            context.RegisterSourceOutput(articleErrors, static (spc, output) => Emit(spc, output));
            context.RegisterSourceOutput(conflictErrors, static (spc, output) => Emit(spc, output));
            context.RegisterSourceOutput(corpus, static (spc, output) => Emit(spc, output));
            context.RegisterSourceOutput(literalBudget, static (spc, output) => Emit(spc, output));
            context.RegisterSourceOutput(placement, static (spc, output) => Emit(spc, new GeneratorOutput(null, null, output.Problems, ReportDiagnostics: true)));
        }

        private static void Emit(SourceProductionContext context, GeneratorOutput output)
        {
            if (output.ReportDiagnostics)
            {
                foreach (var diagnostic in output.Diagnostics)
                {
                    context.ReportDiagnostic(diagnostic.ToDiagnostic());
                }
            }

            if (output.HintName is not null && output.Source is not null)
            {
                context.AddSource(output.HintName, new GeneratedCodeText(output.Source));
            }
        }
    }
}
