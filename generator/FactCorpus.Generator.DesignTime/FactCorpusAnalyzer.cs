using System.Collections.Immutable;
using System.Linq;
using FactCorpus.Generator.Diagnostics;
using FactCorpus.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactCorpus.Generator
{
    /// <summary>
    /// Reports the FC diagnostics of the corpus as analyzer diagnostics, which editors and language servers such
    /// as csharp-ls show (they do not all show generator diagnostics). It runs the generator's own reading and
    /// validation steps, and only in design-time builds: in `dotnet build` the generator reports, so each error
    /// appears once.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class FactCorpusAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationAction(Analyze);
        }

        private static void Analyze(CompilationAnalysisContext context)
        {
            var options = CorpusSteps.ReadOptions(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
            var files = context.Options.AdditionalFiles;
            if (options.Reporter != DiagnosticsReporter.Analyzer || !files.Any(f => CorpusSteps.IsFactFile(f.Path)))
            {
                return;
            }

            var facts = files.Where(f => CorpusSteps.IsFactFile(f.Path)).Select(f => CorpusSteps.ReadFactFile(f, context.CancellationToken)).ToImmutableArray();
            var articleFiles = files.Where(f => !CorpusSteps.IsFactFile(f.Path)).ToImmutableArray();
            var articles = articleFiles.Select(f => CorpusSteps.ReadArticle(f, context.CancellationToken)).ToImmutableArray();
            var encodings = articleFiles.Select(f => CorpusSteps.CheckArticleEncoding(f, context.CancellationToken)).ToImmutableArray();
            var symbols = CorpusSteps.Link(facts.Select(CorpusSteps.Declare).ToImmutableArray(), articles.Select(a => a.Path).ToImmutableArray(), CorpusSteps.ReadProjectTexts(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions));
            foreach (var diagnostic in encodings.OfType<DiagnosticInfo>())
            {
                context.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            var readable = CorpusSteps.Readable(articles, encodings);
            var validated = facts.Select(file => CorpusSteps.Validate(CorpusSteps.Cite(CorpusSteps.Scope(file, symbols), readable))).ToImmutableArray();
            var conflicts = CorpusSteps.FindConflicts(validated.Select(CorpusSteps.ProjectClaims).ToImmutableArray());
            foreach (var diagnostic in conflicts.Problems)
            {
                context.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            foreach (var file in validated)
            {
                foreach (var diagnostic in CorpusSteps.Diagnostics(CorpusSteps.WithConflicts(file, conflicts)))
                {
                    context.ReportDiagnostic(diagnostic.ToDiagnostic());
                }
            }
        }
    }
}
