using System;
using System.Collections.Generic;

namespace FactCorpus.Generator.Model
{
    /// <summary>
    /// The articles evidence may be checked against, by path (see <see cref="CorpusSteps.Readable"/>): a hash lookup,
    /// as every file looks up each article it cites (an ImmutableDictionary's tree made that most of citing), compared
    /// by its articles, so a pipeline value equal while they are.
    /// </summary>
    internal sealed class ReadableArticles : IEquatable<ReadableArticles>
    {
        private readonly Dictionary<string, ArticleText> byPath;

        public ReadableArticles(Dictionary<string, ArticleText> byPath) => this.byPath = byPath;

        public bool TryGet(string path, out ArticleText article) => byPath.TryGetValue(path, out article!);

        public bool Equals(ReadableArticles? other)
        {
            if (other is null || other.byPath.Count != byPath.Count)
            {
                return false;
            }

            foreach (var pair in byPath)
            {
                if (!other.byPath.TryGetValue(pair.Key, out var article) || !article.Equals(pair.Value))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as ReadableArticles);

        public override int GetHashCode() => byPath.Count;
    }
}
