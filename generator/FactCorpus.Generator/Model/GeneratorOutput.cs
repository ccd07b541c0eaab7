using FactCorpus.Generator.Diagnostics;

namespace FactCorpus.Generator.Model
{
    /// <summary>
    /// What one output step hands to the compiler: a generated C# file (none when there is nothing to generate)
    /// and diagnostics, reported only when the generator is the reporter (see <see cref="DiagnosticsReporter"/>).
    /// </summary>
    internal sealed record GeneratorOutput(string? HintName, string? Source, EquatableArray<DiagnosticInfo> Diagnostics, bool ReportDiagnostics)
    {
        public static readonly GeneratorOutput None = new(null, null, EquatableArray<DiagnosticInfo>.Empty, false);
    }
}
