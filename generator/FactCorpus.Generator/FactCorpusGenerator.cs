using System;
using FactCorpus.Generator.Emitting;
using FactCorpus.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactCorpus.Generator
{
    /// <summary>
    /// Pipeline wiring only. Each YAML file and each article is read in its own cached step, so editing one
    /// file re-reads that file and editing C# re-reads none; the corpus is validated and emitted from the
    /// collected per-file models. Every step (CorpusSteps) catches what it did not expect and reports FC0002
    /// instead of letting the compiler report CS8785.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class FactCorpusGenerator : IIncrementalGenerator
    {
        /// <summary>Tracking names, so tests can assert which steps re-ran.</summary>
        public static class Steps
        {
            public const string FactFiles = nameof(FactFiles);
            public const string Articles = nameof(Articles);
            public const string Options = nameof(Options);
            public const string Corpus = nameof(Corpus);
        }

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var factFiles = context.AdditionalTextsProvider
                .Where(static text => CorpusSteps.IsFactFile(text.Path))
                .Select(static (text, ct) => CorpusSteps.ReadFactFile(text, ct))
                .WithTrackingName(Steps.FactFiles);

            var articles = context.AdditionalTextsProvider
                .Where(static text => !CorpusSteps.IsFactFile(text.Path))
                .Select(static (text, ct) => CorpusSteps.ReadArticle(text, ct))
                .WithTrackingName(Steps.Articles);

            var options = context.AnalyzerConfigOptionsProvider
                .Select(static (provider, _) => CorpusSteps.ReadOptions(provider.GlobalOptions))
                .WithTrackingName(Steps.Options);

            var corpus = factFiles.Collect()
                .Combine(articles.Collect())
                .Combine(options)
                .Select(static (input, _) => CorpusSteps.Validate(input.Left.Left, input.Left.Right, input.Right))
                .WithTrackingName(Steps.Corpus);

            context.RegisterSourceOutput(corpus, static (spc, corpus) => Emit(spc, corpus));
        }

        private static void Emit(SourceProductionContext context, ValidatedCorpus corpus)
        {
            if (corpus.Options.Reporter == DiagnosticsReporter.Generator)
            {
                foreach (var diagnostic in corpus.Diagnostics)
                {
                    context.ReportDiagnostic(diagnostic.ToDiagnostic());
                }
            }

            if (!corpus.HasFactFiles)
            {
                return;
            }

            try
            {
                foreach (var (hintName, source) in CorpusEmitter.Emit(corpus))
                {
                    context.AddSource(hintName, SourceText.From(source, System.Text.Encoding.UTF8));
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                context.ReportDiagnostic(CorpusSteps.InternalError(corpus.Items.Sources.Count > 0 ? corpus.Items.Sources[0].Id.Location.FilePath : "", e).ToDiagnostic());
            }
        }
    }
}
