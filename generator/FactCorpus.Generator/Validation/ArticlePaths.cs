using System.Collections.Generic;
using System.Linq;

namespace FactCorpus.Generator.Validation
{
    /// <summary>
    /// Turns a source's `text` path (relative to its YAML file) and AdditionalFile paths into one comparable
    /// form: '/' separators, '.' and '..' folded. Pure string work, so it runs the same on every machine
    /// and touches no file system.
    /// </summary>
    internal static class ArticlePaths
    {
        public static string Resolve(string yamlPath, string relative)
        {
            var normalizedYaml = Normalize(yamlPath);
            var cut = normalizedYaml.LastIndexOf('/');
            var directory = cut >= 0 ? normalizedYaml.Substring(0, cut + 1) : "";
            var combined = relative.StartsWith("/", System.StringComparison.Ordinal) ? relative : directory + relative;
            return Normalize(combined);
        }

        /// <summary>How <paramref name="fullPath"/> is written relative to the folder of <paramref name="yamlPath"/>, as a source's `text` would name it.</summary>
        public static string Relative(string yamlPath, string fullPath)
        {
            var from = Normalize(yamlPath).Split('/');
            var to = Normalize(fullPath).Split('/');
            var common = 0;
            while (common < from.Length - 1 && common < to.Length - 1 && from[common] == to[common])
            {
                common++;
            }

            var up = string.Concat(Enumerable.Repeat("../", from.Length - 1 - common));
            return up + string.Join("/", to.Skip(common));
        }

        public static string Normalize(string path)
        {
            var segments = new List<string>();
            var parts = path.Replace('\\', '/').Split('/');
            for (var i = 0; i < parts.Length; i++)
            {
                var part = parts[i];
                if (part == "." || (part.Length == 0 && i > 0 && i < parts.Length - 1))
                {
                    continue;
                }

                if (part == ".." && segments.Count > 0 && segments[segments.Count - 1] is not ("" or ".."))
                {
                    segments.RemoveAt(segments.Count - 1);
                    continue;
                }

                segments.Add(part);
            }

            return string.Join("/", segments);
        }
    }
}
