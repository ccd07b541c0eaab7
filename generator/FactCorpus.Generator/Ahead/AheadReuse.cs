using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using FactCorpus.Generator.Model;
using Microsoft.CodeAnalysis;

namespace FactCorpus.Generator.Ahead
{
    /// <summary>
    /// What a run of the build's task may take from its last run (<see cref="AheadCache"/>): a fact file of the same
    /// path, resource name and text is not read again (<see cref="Kept"/>); its checks and code are taken too when
    /// the options it is emitted with are the same (<see cref="SettingsKey"/>) and so are the part of the symbol
    /// table and the articles they read (<see cref="ScopeKeys"/>), and its code when its conflicts are.
    /// </summary>
    internal sealed class AheadReuse
    {
        private readonly Dictionary<string, CachedFile> byPath = new(StringComparer.Ordinal);
        private readonly CorpusOptions options;
        private readonly ParseSettings settings;

        /// <param name="options">The options as the task read them; the files are emitted with them and the member placement.</param>
        public AheadReuse(AheadCache? previous, CorpusOptions options, ParseSettings settings)
        {
            this.options = options;
            this.settings = settings;
            foreach (var file in previous?.Files ?? ImmutableArray<CachedFile>.Empty)
            {
                byPath[file.Path] = file;
            }

            Previous = previous;
        }

        public AheadCache? Previous { get; }

        /// <summary>What the last run made of the file, if its path, resource name and text are the same and it could be kept (a scope key).</summary>
        public CachedFile? Kept(AdditionalText text, string? resource, CancellationToken cancellationToken)
        {
            if (!byPath.TryGetValue(text.Path, out var file) || file.Resource != resource || file.ScopeKey is null)
            {
                return null;
            }

            try
            {
                return AheadCache.HashOf(text, cancellationToken) == file.TextHash ? file : null;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Read as a file not kept, whose reading reports what went wrong.
                return null;
            }
        }

        /// <summary>A hash of the options every file is emitted with (as <see cref="CorpusGeneration"/> emits them, the members' placement included).</summary>
        public string SettingsKey(ImmutableArray<FileDeclarations> declarations)
        {
            var emitOptions = CorpusGeneration.EmitOptions(options, settings, CorpusSteps.Place(declarations, settings.LanguageVersion));
            using var writer = ModelWriter.ForHash();
            writer.Text(emitOptions.Namespace);
            writer.Data.Write((int)emitOptions.Reporter);
            writer.Data.Write(emitOptions.Docs);
            writer.Data.Write((int)emitOptions.InExtensionBlocks);
            writer.Data.Write(settings.Docs);
            writer.Data.Write(settings.LanguageVersion);
            writer.Data.Write(settings.DataSectionThreshold ?? -1);
            return writer.Hash();
        }
    }
}
