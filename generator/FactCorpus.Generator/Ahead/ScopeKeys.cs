using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using FactCorpus.Generator.Model;
using FactCorpus.Generator.Validation;
using Microsoft.CodeAnalysis;

namespace FactCorpus.Generator.Ahead
{
    /// <summary>
    /// For one run's symbol table and articles: a hash of all a file's checks and code read besides its text and
    /// conflicts (<see cref="Of"/>), by which the build's task keeps a file from its last run (<see cref="AheadReuse"/>).
    /// Each entry is encoded once however many files ask for it: 200 files asking for theirs each time cost a YAML
    /// edit 0.1–0.2 s at 10,000 claims.
    /// </summary>
    internal sealed class ScopeKeys : IDisposable
    {
        private readonly CorpusSymbols symbols;
        private readonly Dictionary<string, string> articleHashes = new(StringComparer.Ordinal);
        private readonly Dictionary<string, byte[]?> answers = new(StringComparer.Ordinal);

        /// <summary>One writer for every entry's answer: a writer each was most of the time taken.</summary>
        private readonly ModelWriter entries = ModelWriter.ForHash();

        public ScopeKeys(CorpusSymbols symbols, ImmutableArray<AdditionalText> articles, CancellationToken cancellationToken)
        {
            this.symbols = symbols;
            // By the path the table names an article by; of two with one path, the later, as the checks take it.
            foreach (var article in articles)
            {
                articleHashes[ArticlePaths.Normalize(article.Path)] = AheadCache.HashOf(article, cancellationToken);
            }
        }

        /// <summary>
        /// The hash of the table's answer to each id the file's part of it was cut by (<see cref="ScopedFile.Probes"/>;
        /// the same answers cut the same part), the articles those entries cite, the file's own entry and the
        /// table's problems located in it. Null when the file took the whole table (a reference the table does not
        /// have), which any change to the table may change: such a file is never kept.
        /// </summary>
        public string? Of(string path, EquatableArray<string> probes, bool wholeTable)
        {
            if (wholeTable)
            {
                return null;
            }

            using var writer = ModelWriter.ForHash();
            writer.Optional(symbols.File(path), (w, file) =>
            {
                w.Text(file.Path);
                w.Text(file.Key);
                w.Data.Write((int)file.Sections);
            });
            writer.Array(symbols.Problems.Where(problem => problem.Location.FilePath == path).ToEquatableArray(), ModelBinary.Diagnostic);
            writer.Data.Write(probes.Count);
            foreach (var id in probes)
            {
                writer.Text(id);
                var answer = Answer(id);
                writer.Data.Write(answer is not null);
                if (answer is not null)
                {
                    writer.Data.Write(answer.Length);
                    writer.Data.Write(answer);
                }
            }

            return writer.Hash();
        }

        public void Dispose() => entries.Dispose();

        /// <summary>The entry of <paramref name="id"/> with the hash of the article it cites, encoded; null when the table has none.</summary>
        private byte[]? Answer(string id)
        {
            if (answers.TryGetValue(id, out var answer))
            {
                return answer;
            }

            if (symbols.TryGet(id, out var entry))
            {
                entries.Symbol(entry);
                entries.Text(entry.ArticlePath is { } article && articleHashes.TryGetValue(article, out var hash) ? hash : null);
                answer = entries.Take();
            }

            answers[id] = answer;
            return answer;
        }
    }
}
