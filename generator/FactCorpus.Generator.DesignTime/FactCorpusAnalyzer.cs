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

            var result = CorpusCheck.Run(files, CorpusSteps.ReadProjectTexts(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions), context.CancellationToken);
            foreach (var diagnostic in result.Diagnostics)
            {
                context.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        }
    }
}
