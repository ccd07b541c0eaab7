using System;
using FactCorpus.Generator.Emitting;
using FactCorpus.Generator.Model;
using FactCorpus.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactCorpus.Generator
{
    /// <summary>
    /// What the steps read of the project besides its files: the options MSBuild hands the compiler, the parse
    /// options, and which files are fact files. Also compiled into the generator of code made ahead
    /// (FactCorpus.Generator.Ahead), whose key reads the same.
    /// </summary>
    internal static partial class CorpusSteps
    {
        public const string FactFileSuffix = ".facts.yaml";

        public static bool IsFactFile(string path) => path.EndsWith(FactFileSuffix, StringComparison.OrdinalIgnoreCase);

        /// <summary>The name of a fact file's embedded data, as the package's build targets set it on the file (DataFormat.ResourceMetadata); null when they did not.</summary>
        public static string? ReadResourceName(AnalyzerConfigOptions options) =>
            options.TryGetValue("build_metadata.AdditionalFiles." + DataFormat.ResourceMetadata, out var name) && name.Length > 0 ? name : null;

        public static CorpusOptions ReadOptions(AnalyzerConfigOptions options)
        {
            var ns = options.TryGetValue("build_property.FactCorpusNamespace", out var own) && own.Length > 0 ? own
                : options.TryGetValue("build_property.RootNamespace", out var root) && root.Length > 0 ? root
                : "FactCorpus";

            // Editors and language servers (design-time builds) show analyzer diagnostics but not always generator
            // ones; `dotnet build` shows both. So the analyzer reports at design time and the generator otherwise,
            // and each error is reported once everywhere.
            var designTime = options.TryGetValue("build_property.DesignTimeBuild", out var value)
                && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
            return new CorpusOptions(ns, designTime ? DiagnosticsReporter.Analyzer : DiagnosticsReporter.Generator);
        }

        /// <summary>
        /// Whether the compiler reads doc comments in the generated code: an IDE parses them for hover, and a build
        /// that writes the XML doc file diagnoses them; a plain build (DocumentationMode.None) treats `///` as comments
        /// nobody reads, so the generator leaves them out there and the edit loop does not compile them.
        /// </summary>
        public static bool ReadsDocs(ParseOptions options) => options.DocumentationMode != DocumentationMode.None;

        /// <summary>All the generator reads of the parse options, for the compiler at <paramref name="compiler"/>.</summary>
        public static ParseSettings ReadParseSettings(ParseOptions options, Version compiler) =>
            new(ReadsDocs(options), LanguageVersion(options), LiteralBudget.DataSectionThreshold(options, compiler));

        /// <summary>FactCorpusProjectTexts as MSBuild wrote it ("" when the props are not used), for <see cref="ProjectTexts"/>.</summary>
        public static string ReadProjectTextsProperty(AnalyzerConfigOptions options) =>
            options.TryGetValue("build_property.FactCorpusProjectTexts", out var value) ? value : "";

        /// <summary>The C# version the project compiles, as a number (1400 for C# 14); 0 for another language.</summary>
        public static int LanguageVersion(ParseOptions options) =>
            options is Microsoft.CodeAnalysis.CSharp.CSharpParseOptions csharp ? (int)csharp.LanguageVersion : 0;
    }
}
