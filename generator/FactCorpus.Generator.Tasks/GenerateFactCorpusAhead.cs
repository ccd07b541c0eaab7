using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using FactCorpus.Generator.Ahead;
using FactCorpus.Generator.Model;
using Microsoft.Build.Framework;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactCorpus.Generator.Tasks
{
    /// <summary>
    /// Runs the generator's whole run (<see cref="CorpusGeneration"/>) ahead of the compiler when a fact file, an
    /// article or the project changed: writes the code it generates as files the targets then compile
    /// (<see cref="AheadFile.SourcesFolder"/>, listed in <see cref="AheadFile.SourcesList"/>), and its diagnostics
    /// with the key of its inputs where the compiler hands them to the generator (<see cref="AheadFile"/>), which
    /// reports them when this compilation's inputs give the same key and FC0009 otherwise. A build without a
    /// compiler server starts the generator afresh in every compiler process, a C# edit included; with the code
    /// written ahead, such a build's generator (FactCorpus.Generator.Ahead) reads its inputs' paths and a few
    /// diagnostics instead of the whole corpus, and the compiler compiles the code as it compiles the project's own files (faster than generated
    /// sources: bench/results/cold-compile.md). The task guesses the C# version the compiler will use from the
    /// project's properties. It never fails the build: when it writes nothing, the generator makes its own.
    /// </summary>
    public sealed class GenerateFactCorpusAhead : FactCorpusTask
    {
        // Files: the project's AdditionalFiles, in the compiler's order, with the data's resource name on fact files.

        [Required]
        public string OutputFile { get; set; } = "";

        public string FactCorpusNamespace { get; set; } = "";

        public string RootNamespace { get; set; } = "";

        public string ProjectTexts { get; set; } = "";

        /// <summary>Whether the compiler writes a documentation file (it then reads doc comments).</summary>
        public bool Docs { get; set; }

        public string LangVersion { get; set; } = "";

        /// <summary>The compiler's features (Features), of which the generator reads the data section's.</summary>
        public string Features { get; set; } = "";

        /// <summary>The .NET SDK's version, for the C# version "latest" means to its compiler.</summary>
        public string SdkVersion { get; set; } = "";

        public override bool Execute()
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(OutputFile))!;
            var sources = Path.Combine(folder, AheadFile.SourcesFolder);
            var cacheFile = Path.Combine(folder, AheadFile.Cache);
            try
            {
                // The results file last, and it alone tells the targets to compile the code: no run leaves the code of
                // another run to be compiled. The cache goes first: a run that does not end leaves none to trust.
                Directory.CreateDirectory(folder);
                var previous = ReadCache(cacheFile, sources);
                File.Delete(cacheFile);
                File.Delete(OutputFile);
                File.Delete(Path.Combine(folder, AheadFile.SourcesList));

                if (CompilerSettings.LanguageVersion(LangVersion, SdkVersion) is not { } languageVersion)
                {
                    Log("FactCorpus: the generator runs in the compiler (C# version '" + LangVersion + "' not known ahead).");
                    return true;
                }

                var texts = Files.Select(f => (AdditionalText)new FileText(f.GetMetadata("FullPath"))).ToImmutableArray();
                // By path, as the compiler's analyzer config has one section a path (a file listed twice is one entry).
                var resources = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var file in Files)
                {
                    resources[file.GetMetadata("FullPath")] = file.GetMetadata(Shared.DataFormat.ResourceMetadata);
                }

                var options = CorpusSteps.ReadOptions(new PropertyOptions(new Dictionary<string, string>
                {
                    ["build_property.FactCorpusNamespace"] = FactCorpusNamespace.Trim(),
                    ["build_property.RootNamespace"] = RootNamespace.Trim(),
                }));
                var (results, cache) = CorpusGeneration.Run(
                    texts,
                    t => resources.TryGetValue(t.Path, out var name) && name.Length > 0 ? name : null,
                    options,
                    ProjectTexts.Trim(),
                    new ParseSettings(Docs, languageVersion, CompilerSettings.DataSectionThreshold(Features, SdkVersion)),
                    previous,
                    CancellationToken.None);

                var code = results.Outputs.Where(o => o.HintName is not null).ToList();
                if (AheadFile.Write(results.WithoutSources()) is not { } text || code.Any(o => o.Source is { } source && Emitting.LiteralBudget.HasLoneSurrogate(source.ToString())))
                {
                    Log("FactCorpus: the generator runs in the compiler (a generated text holds a lone surrogate).");
                    return true;
                }

                // The code of files taken from the last run is that run's; every other file there goes.
                Directory.CreateDirectory(sources);
                var names = new HashSet<string>(code.Select(o => o.HintName!), StringComparer.Ordinal);
                foreach (var stale in Directory.GetFiles(sources).Where(f => !names.Contains(Path.GetFileName(f))))
                {
                    File.Delete(stale);
                }

                foreach (var output in code.Where(o => o.Source is not null))
                {
                    // With a byte order mark, as the compiler then reads it whatever the project's code page.
                    using (var writer = new StreamWriter(Path.Combine(sources, output.HintName!), append: false, Utf8WithMark))
                    {
                        output.Source!.WriteTo(writer);
                    }
                }

                using (var stream = File.Create(cacheFile))
                {
                    cache.Write(stream);
                }

                File.WriteAllLines(Path.Combine(folder, AheadFile.SourcesList), code.Select(o => o.HintName!));
                File.WriteAllText(OutputFile, text);
            }
            catch (Exception e)
            {
                foreach (var file in new[] { OutputFile, cacheFile })
                {
                    if (File.Exists(file))
                    {
                        File.Delete(file);
                    }
                }

                Log("FactCorpus: the generator runs in the compiler (" + e.GetType().Name + ": " + e.Message + ").");
            }

            return true;
        }

        /// <summary>The last run, without the files whose code is no longer where it wrote it; null when there is none to read.</summary>
        private static AheadCache? ReadCache(string path, string sources)
        {
            if (!File.Exists(path))
            {
                return null;
            }

            var cache = AheadCache.Read(File.ReadAllBytes(path));
            return cache is null ? null : new AheadCache(cache.Settings, cache.Files.Where(f => f.Output.HintName is not { } name || File.Exists(Path.Combine(sources, name))).ToImmutableArray());
        }

        private static readonly System.Text.Encoding Utf8WithMark = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

        private void Log(string message) =>
            BuildEngine.LogMessageEvent(new BuildMessageEventArgs(message, null, nameof(GenerateFactCorpusAhead), MessageImportance.Low));

        /// <summary>The project's properties as the compiler's analyzer config hands them to the generator.</summary>
        private sealed class PropertyOptions : AnalyzerConfigOptions
        {
            private readonly Dictionary<string, string> values;

            public PropertyOptions(Dictionary<string, string> values) => this.values = values;

            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
