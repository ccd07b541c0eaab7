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
    /// the corpus around it is the same (<see cref="Fingerprint"/> equal to the last run's), and its code when its
    /// conflicts are. Without a last run, nothing is taken, and the run's fingerprint is still made for the next.
    /// </summary>
    internal sealed class AheadReuse
    {
        private readonly Dictionary<string, CachedFile> byPath = new(StringComparer.Ordinal);
        private readonly CorpusOptions options;
        private readonly ParseSettings settings;

        /// <param name="options">The options as the task read them; the files are emitted with them and the member placement.</param>
        public AheadReuse(AheadCache? previous, CorpusOptions options, ParseSettings settings)
        {
            Previous = previous;
            this.options = options;
            this.settings = settings;
            foreach (var file in previous?.Files ?? ImmutableArray<CachedFile>.Empty)
            {
                byPath[file.Path] = file;
            }
        }

        public AheadCache? Previous { get; }

        /// <summary>What the last run made of the file, if its path, resource name and text are the same.</summary>
        public CachedFile? Kept(AdditionalText text, string? resource, CancellationToken cancellationToken)
        {
            if (!byPath.TryGetValue(text.Path, out var file) || file.Resource != resource)
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

        /// <summary>
        /// A hash of what every file's validation and code are made from besides its own text and conflicts: the
        /// symbol table (every file's declarations, without their places), the articles' paths and contents (what
        /// was read of them follows from these), and the options the files are emitted with (as
        /// <see cref="CorpusGeneration"/> emits them).
        /// </summary>
        public string Fingerprint(CorpusSymbols symbols, ImmutableArray<AdditionalText> articles, ImmutableArray<FileDeclarations> declarations, CancellationToken cancellationToken)
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
            writer.Symbols(symbols);
            writer.Data.Write(articles.Length);
            foreach (var article in articles)
            {
                writer.Text(article.Path);
                writer.Text(AheadCache.HashOf(article, cancellationToken));
            }

            return writer.Hash();
        }
    }
}
