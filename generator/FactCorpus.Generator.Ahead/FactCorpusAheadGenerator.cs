using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using FactCorpus.Generator.Diagnostics;
using FactCorpus.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactCorpus.Generator.Ahead
{
    /// <summary>
    /// The generator of a build whose code the package's task generated ahead of the compiler: the code is among the
    /// compilation's own files, and this reports the diagnostics the task found (<see cref="AheadFile"/>) when they
    /// were made from exactly this compilation's inputs (<see cref="AheadKey"/>). The code is already compiled, so
    /// results that cannot be read or were made from other inputs cannot be replaced by the generator's own: they
    /// become one FC0009 that says what differs. One step over all inputs at once, as few shapes of pipeline values
    /// as it can (each shape costs the compiler's driver its own jitted code).
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class FactCorpusAheadGenerator : IIncrementalGenerator
    {
        /// <summary>The step's tracking name, so tests can assert when it re-ran.</summary>
        public const string Step = "Ahead";

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var results = context.AdditionalTextsProvider.Collect()
                .Combine(context.AnalyzerConfigOptionsProvider.Combine(context.ParseOptionsProvider))
                .Select(static (input, ct) => Take(input.Left, input.Right.Left, CorpusSteps.ReadParseSettings(input.Right.Right, Emitting.LiteralBudget.CompilerVersion), ct))
                .WithTrackingName(Step);

            context.RegisterSourceOutput(results, static (spc, taken) =>
            {
                foreach (var output in taken?.Outputs ?? EquatableArray<GeneratorOutput>.Empty)
                {
                    if (output.ReportDiagnostics)
                    {
                        foreach (var diagnostic in output.Diagnostics)
                        {
                            spc.ReportDiagnostic(diagnostic.ToDiagnostic());
                        }
                    }
                }
            });
        }

        /// <summary>The results to report, or FC0009 in their place; null when the compilation has no results file.</summary>
        private static AheadResults? Take(ImmutableArray<AdditionalText> texts, AnalyzerConfigOptionsProvider options, ParseSettings settings, CancellationToken cancellationToken)
        {
            var aheadFiles = texts.Where(t => AheadFile.Is(t.Path)).ToList();
            if (aheadFiles.Count == 0)
            {
                return null;
            }

            var path = aheadFiles[0].Path;
            AheadResults NotTaken(string words, string? file = null) => new(
                "",
                ImmutableArray.Create(GeneratorOutput.Report(DiagnosticInfo.Create(Descriptors.GeneratedAheadForOtherInputs, LocationInfo.StartOf(file ?? path), System.IO.Path.GetDirectoryName(path) ?? path, words))).ToEquatableArray());
            try
            {
                if (aheadFiles.Count > 1)
                {
                    return NotTaken("the project hands the compiler " + aheadFiles.Count.ToString(CultureInfo.InvariantCulture) + " files named " + AheadFile.Name);
                }

                if (aheadFiles[0].GetText(cancellationToken) is not { } text || AheadFile.Read(text.ToString()) is not { } results)
                {
                    return NotTaken("the results file cannot be read");
                }

                // Paths and resource names only: reading the texts is what this generator is here to spare the compiler.
                var inputs = texts.Where(t => !AheadFile.Is(t.Path))
                    .Select(t => (t.Path, CorpusSteps.IsFactFile(t.Path) ? CorpusSteps.ReadResourceName(options.GetOptions(t)) : null));
                var key = AheadKey.Of(inputs, CorpusSteps.ReadOptions(options.GlobalOptions), CorpusSteps.ReadProjectTextsProperty(options.GlobalOptions), settings);
                return AheadKey.Difference(results.Key, key) is { } difference ? NotTaken(difference.Words, difference.File) : results;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return NotTaken("reading it failed (" + e.GetType().Name + ": " + e.Message + ")");
            }
        }
    }
}
