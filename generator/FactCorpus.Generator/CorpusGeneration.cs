using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using FactCorpus.Generator.Ahead;
using FactCorpus.Generator.Model;
using Microsoft.CodeAnalysis;

namespace FactCorpus.Generator
{
    /// <summary>
    /// The generator's whole run in one go, outside the compiler's driver: the steps <see cref="FactCorpusGenerator"/>
    /// wires, called in the order its outputs come, for the build's task to run ahead of the compiler (see
    /// <see cref="AheadKey"/>). Tests hold it to making exactly what the driver makes.
    /// </summary>
    internal static class CorpusGeneration
    {
        /// <param name="texts">The compilation's AdditionalFiles, in its order.</param>
        /// <param name="resourceOf">Each fact file's data resource name, as the build targets set it, or null.</param>
        /// <param name="options">What <see cref="CorpusSteps.ReadOptions"/> read of the project's options.</param>
        /// <param name="projectTexts">FactCorpusProjectTexts as MSBuild wrote it (<see cref="CorpusSteps.ReadProjectTextsProperty"/>).</param>
        /// <param name="previous">
        /// The task's last run, whose files are taken where still valid (<see cref="AheadReuse"/>): their outputs then
        /// come without their code (a null source), which the caller kept from that run; or null.
        /// </param>
        /// <returns>The results, and what the next run may take of this one.</returns>
        public static (AheadResults Results, AheadCache Cache) Run(ImmutableArray<AdditionalText> texts, System.Func<AdditionalText, string?> resourceOf, CorpusOptions options, string projectTexts, ParseSettings settings, AheadCache? previous, CancellationToken cancellationToken)
        {
            var inputs = texts.Where(t => !AheadFile.Is(t.Path)).ToImmutableArray();
            var corpus = CorpusCheck.Check(inputs, resourceOf, CorpusSteps.ProjectTexts(projectTexts), cancellationToken, new AheadReuse(previous, options, settings));

            var corpusOptions = options with { Docs = settings.Docs };
            var placement = CorpusSteps.Place(corpus.Declarations, settings.LanguageVersion);
            var emitOptions = EmitOptions(options, settings, placement);
            var generated = CorpusCheck.Each(corpus.Files, f => CorpusSteps.GenerateFile(f, emitOptions), corpus.Parallel, cancellationToken);
            var files = new GeneratorOutput[corpus.FactTexts.Length];
            var cached = new CachedFile[files.Length];
            for (int i = 0, next = 0; i < files.Length; i++)
            {
                var text = corpus.FactTexts[i];
                var resource = resourceOf(text);
                var conflicts = corpus.Conflicts.For(text.Path);
                if (!corpus.Kept.IsEmpty && corpus.Kept[i] is { } kept && kept.Conflicts == conflicts)
                {
                    (files[i], cached[i]) = (kept.Output, kept);
                    continue;
                }

                files[i] = corpus.Kept.IsEmpty || corpus.Kept[i] is null ? generated[next++]
                    : CorpusSteps.GenerateFile(CorpusCheck.CheckAgain(corpus, i, resource, cancellationToken), emitOptions);
                cached[i] = new CachedFile(text.Path, resource, AheadCache.HashOf(text, cancellationToken), corpus.Declarations[i], corpus.Claims[i], conflicts, files[i] with { Source = null }, corpus.Scopes[i].Probes, corpus.Scopes[i].Key);
            }

            var generatedCorpus = CorpusSteps.GenerateCorpus(CorpusOutline.Of(corpus.Symbols), CorpusSteps.ConflictPairs(corpus.Conflicts), corpusOptions);
            var literals = files.Where(f => f.Literals is not null).Select(f => f.Literals!).ToImmutableArray();
            var literalBudget = CorpusSteps.CheckLiteralBudget(generatedCorpus.Literals is { } tables ? literals.Add(tables) : literals, settings.DataSectionThreshold);

            // The order of FactCorpusGenerator's outputs: the compiler takes generated files in the order they come.
            var outputs = new List<GeneratorOutput>(files.Select(f => f with { Literals = null }));
            outputs.AddRange(corpus.ArticleEncodings.Select(e => CorpusSteps.ReportArticle(e, corpusOptions)));
            outputs.Add(CorpusSteps.ReportConflictProblems(corpus.Conflicts, corpusOptions));
            outputs.Add(generatedCorpus with { Literals = null });
            outputs.Add(literalBudget);
            outputs.Add(new GeneratorOutput(null, null, placement.Problems, ReportDiagnostics: true));

            var key = AheadKey.Of(inputs.Select(t => (t.Path, CorpusSteps.IsFactFile(t.Path) ? resourceOf(t) : null)), options, projectTexts, settings);
            return (
                new AheadResults(key, outputs.Where(o => o.HintName is not null || (o.ReportDiagnostics && o.Diagnostics.Count > 0)).ToEquatableArray()),
                new AheadCache(corpus.Settings!, ImmutableArray.Create(cached)));
        }

        /// <summary>The options a fact file's code is emitted with: the project's, with the doc setting and the members' placement.</summary>
        public static CorpusOptions EmitOptions(CorpusOptions options, ParseSettings settings, MemberPlacement placement) =>
            options with { Docs = settings.Docs, InExtensionBlocks = placement.InExtensionBlocks };
    }
}
