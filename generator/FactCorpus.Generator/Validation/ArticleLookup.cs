using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FactCorpus.Generator.Diagnostics;
using FactCorpus.Generator.Model;

namespace FactCorpus.Generator.Validation
{
    /// <summary>
    /// Finds a source's article among the AdditionalFiles, and when it is not there says why as precisely as the
    /// build lets it: the generator may not touch the file system, so the package's props pass the project's *.txt
    /// files as a property (<c>FactCorpusProjectTexts</c>), which tells "exists but is not an AdditionalFile" from
    /// "no such file"; and the nearest article path is suggested.
    /// </summary>
    internal sealed class ArticleLookup
    {
        private readonly HashSet<string> articles;
        private readonly HashSet<string> projectTexts;

        public ArticleLookup(ImmutableArray<string> articlePaths, EquatableArray<string> projectTexts)
        {
            articles = new HashSet<string>(articlePaths, StringComparer.Ordinal);
            this.projectTexts = new HashSet<string>(projectTexts.Select(ArticlePaths.Normalize), StringComparer.Ordinal);
        }

        /// <summary>The AdditionalFile path of a source's article, or null (with FC3003 when a path is written but not found).</summary>
        public string? Find(Declaration source, List<DiagnosticInfo> problems)
        {
            if (source.TextPath is null)
            {
                return null;
            }

            var yamlPath = source.Id.FilePath;
            var full = ArticlePaths.Resolve(yamlPath, source.TextPath.Text);
            if (articles.Contains(full))
            {
                return full;
            }

            var hint = projectTexts.Contains(full)
                ? "; the file exists, but is not an AdditionalFile: the package makes articles/**/*.txt AdditionalFiles, so move it there, or set FactCorpusArticles or add an <AdditionalFiles> item for it"
                : NearestName.Hint(Nearest(yamlPath, full));
            problems.Add(DiagnosticInfo.Create(Descriptors.ArticleNotFound, source.TextPath.Location, "sources." + source.Id.Text + ".text", source.TextPath.Text, full, hint));
            return null;
        }

        /// <summary>
        /// The article the author most likely meant, written relative to the YAML file: one with the same file name,
        /// else one whose path is a few edits away; ties in ordinal order, so the message is deterministic.
        /// </summary>
        private string? Nearest(string yamlPath, string full)
        {
            var name = FileName(full);
            var nearest = articles.Where(a => FileName(a) == name).OrderBy(a => a, StringComparer.Ordinal).FirstOrDefault()
                ?? NearestName.Find(full, articles);
            return nearest is null ? null : ArticlePaths.Relative(yamlPath, nearest);
        }

        private static string FileName(string path) => path.Substring(path.LastIndexOf('/') + 1);
    }
}
