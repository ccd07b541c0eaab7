using System.Collections.Immutable;
using FactCorpus.Generator.Diagnostics;

namespace FactCorpus.Generator.Model
{
    /// <summary>
    /// What one output step hands to the compiler: a generated C# file (none when there is nothing to generate)
    /// and diagnostics, reported only when the generator is the reporter (see <see cref="DiagnosticsReporter"/>);
    /// for a YAML file's code, also the string literals it holds.
    /// </summary>
    internal sealed record GeneratorOutput(string? HintName, GeneratedCode? Source, EquatableArray<DiagnosticInfo> Diagnostics, bool ReportDiagnostics, FileLiterals? Literals = null)
    {
        public static readonly GeneratorOutput None = new(null, null, EquatableArray<DiagnosticInfo>.Empty, false);

        /// <summary>A diagnostic of the generated code as a whole, which only the generator finds, so it reports it in every build.</summary>
        public static GeneratorOutput Report(DiagnosticInfo? diagnostic) => diagnostic is null
            ? None
            : new(null, null, ImmutableArray.Create(diagnostic).ToEquatableArray(), ReportDiagnostics: true);
    }
}
