using System;
using System.Collections.Generic;

namespace FactCorpus.Generator.Model
{
    /// <summary>
    /// The articles evidence may be checked against, by path (see <see cref="CorpusSteps.Readable"/>): a hash lookup,
    /// which every file's citing step asks for each article it cites (an ImmutableDictionary, a tree, was slower), and
    /// compared by its articles, so a pipeline value that stays equal while they do.
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
