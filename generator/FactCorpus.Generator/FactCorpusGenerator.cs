using System;
using System.Collections.Immutable;
using System.Threading;
using FactCorpus.Generator.Diagnostics;
using FactCorpus.Generator.Emitting;
using FactCorpus.Generator.Model;
using FactCorpus.Generator.Reading;
using FactCorpus.Generator.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FactCorpus.Generator
{
    /// <summary>
    /// Pipeline wiring only. Each YAML file and each article is read in its own cached step, so editing one
    /// file re-reads that file and editing C# re-reads none; the corpus is validated and emitted from the
    /// collected per-file models. Every step catches what it did not expect and reports FC0002 instead of
    /// letting the compiler report CS8785.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class FactCorpusGenerator : IIncrementalGenerator
    {
        public const string FactFileSuffix = ".facts.yaml";

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
                .Where(static text => IsFactFile(text.Path))
                .Select(static (text, ct) => ReadFactFile(text, ct))
                .WithTrackingName(Steps.FactFiles);

            var articles = context.AdditionalTextsProvider
                .Where(static text => !IsFactFile(text.Path))
                .Select(static (text, ct) => ReadArticle(text, ct))
                .WithTrackingName(Steps.Articles);

            var options = context.AnalyzerConfigOptionsProvider
                .Select(static (provider, _) => ReadOptions(provider.GlobalOptions))
                .WithTrackingName(Steps.Options);

            var corpus = factFiles.Collect()
                .Combine(articles.Collect())
                .Combine(options)
                .Select(static (input, _) => Validate(input.Left.Left, input.Left.Right, input.Right))
                .WithTrackingName(Steps.Corpus);

            context.RegisterSourceOutput(corpus, static (spc, corpus) => Emit(spc, corpus));
        }

        private static bool IsFactFile(string path) => path.EndsWith(FactFileSuffix, StringComparison.OrdinalIgnoreCase);

        private static FactFile ReadFactFile(AdditionalText text, CancellationToken cancellationToken)
        {
            try
            {
                var content = text.GetText(cancellationToken)?.ToString() ?? "";
                return FactFileReader.Read(text.Path, content);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return new FactFile(text.Path, CorpusItems.Empty, ImmutableArray.Create(InternalError(text.Path, e)).ToEquatableArray());
            }
        }

        private static ArticleText ReadArticle(AdditionalText text, CancellationToken cancellationToken) =>
            new(ArticlePaths.Normalize(text.Path), TextNormalizer.Normalize(text.GetText(cancellationToken)?.ToString() ?? ""));

        private static CorpusOptions ReadOptions(AnalyzerConfigOptions options)
        {
            var ns = options.TryGetValue("build_property.FactCorpusNamespace", out var own) && own.Length > 0 ? own
                : options.TryGetValue("build_property.RootNamespace", out var root) && root.Length > 0 ? root
                : "FactCorpus";
            return new CorpusOptions(ns);
        }

        private static ValidatedCorpus Validate(ImmutableArray<FactFile> files, ImmutableArray<ArticleText> articles, CorpusOptions options)
        {
            try
            {
                return CorpusValidator.Validate(files, articles, options);
            }
            catch (Exception e)
            {
                var path = files.IsEmpty ? "" : files[0].Path;
                return new ValidatedCorpus(options, HasFactFiles: false, CorpusItems.Empty, ImmutableArray.Create(InternalError(path, e)).ToEquatableArray());
            }
        }

        private static void Emit(SourceProductionContext context, ValidatedCorpus corpus)
        {
            foreach (var diagnostic in corpus.Diagnostics)
            {
                context.ReportDiagnostic(diagnostic.ToDiagnostic());
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
                context.ReportDiagnostic(InternalError(corpus.Items.Sources.Count > 0 ? corpus.Items.Sources[0].Id.Location.FilePath : "", e).ToDiagnostic());
            }
        }

        private static DiagnosticInfo InternalError(string path, Exception e) =>
            DiagnosticInfo.Create(Descriptors.InternalError, LocationInfo.StartOf(path), e.GetType().Name + ": " + e.Message);
    }
}
