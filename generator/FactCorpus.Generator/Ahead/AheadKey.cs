using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FactCorpus.Generator.Model;

namespace FactCorpus.Generator.Ahead
{
    /// <summary>
    /// What the generator reads besides the files' texts, as named parts: the generator's version (with the commit
    /// it was built from), what it reads of the options and the parse options, and every AdditionalFile's path with
    /// its resource name. The build's task writes its results under this key, and the build's generator reports them
    /// only when the compilation's inputs give the same key; when they do not, <see cref="Difference"/> names the
    /// first part that differs, for the error that says so. The texts are MSBuild's to follow, as it follows C#
    /// files: the task runs again whenever one is newer than its results. Hashing them in the compiler, which then
    /// reads every file only for that, cost it about 0.15 s at 10,000 claims (8 MB of YAML and articles).
    /// </summary>
    internal static class AheadKey
    {
        private const string FilePart = "file ";

        /// <summary>
        /// The package's version with the commit it was built from, which the task's assembly and the build's
        /// generator (two assemblies compiling this file) share, where each one's module id is its own.
        /// </summary>
        private static readonly string Version =
            typeof(AheadKey).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
                .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "";

        /// <param name="inputs">Each AdditionalFile's path, with its data's resource name when it is a fact file.</param>
        public static string Of(IEnumerable<(string Path, string? Resource)> inputs, CorpusOptions options, string projectTexts, ParseSettings settings)
        {
            var key = new StringBuilder();
            Part(key, "the generator's version", Version);
            Part(key, "FactCorpusNamespace (or RootNamespace)", options.Namespace);
            Part(key, "who reports the diagnostics (DesignTimeBuild)", options.Reporter.ToString());
            Part(key, "FactCorpusProjectTexts", projectTexts);
            Part(key, "whether doc comments are read", settings.Docs ? "yes" : "no");
            Part(key, "the C# version", settings.LanguageVersion.ToString(CultureInfo.InvariantCulture));
            Part(key, "the data-section feature", settings.DataSectionThreshold?.ToString(CultureInfo.InvariantCulture) ?? "off");
            foreach (var input in inputs.OrderBy(i => i.Path, StringComparer.Ordinal))
            {
                Part(key, FilePart + input.Path, input.Resource ?? "");
            }

            return key.ToString();
        }

        /// <summary>
        /// The first part in which <paramref name="ahead"/> differs from <paramref name="here"/>, in words; null when
        /// they are equal. The file named is a path, so an error can be placed at it.
        /// </summary>
        public static (string Words, string? File)? Difference(string ahead, string here)
        {
            if (ahead == here)
            {
                return null;
            }

            var aheadList = Parts(ahead);
            var hereParts = Parts(here);
            if (aheadList is null || hereParts is null)
            {
                return ("its key cannot be read", null);
            }

            // A file the project lists twice is two equal parts.
            var aheadParts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var part in aheadList)
            {
                aheadParts[part.Key] = part.Value;
            }

            foreach (var part in hereParts)
            {
                var file = part.Key.StartsWith(FilePart, StringComparison.Ordinal) ? part.Key.Substring(FilePart.Length) : null;
                if (!aheadParts.TryGetValue(part.Key, out var value))
                {
                    return (file is null ? part.Key + " is new" : "the compiler gets the file " + file + ", which the code was not made from", file);
                }

                if (value != part.Value)
                {
                    var what = file is null ? part.Key : "the data resource of the file " + file;
                    return (what + " differs (" + Quoted(value) + " ahead, " + Quoted(part.Value) + " in the compiler)", file);
                }
            }

            var removed = aheadParts.Keys.Except(hereParts.Select(p => p.Key)).OrderBy(k => k, StringComparer.Ordinal).First();
            return removed.StartsWith(FilePart, StringComparison.Ordinal)
                ? ("the code was made from the file " + removed.Substring(FilePart.Length) + ", which the compiler does not get", null)
                : (removed + " is gone", null);
        }

        private static string Quoted(string value) => value.Length == 0 ? "none" : "'" + value + "'";

        /// <summary>Each part as its name's and value's lengths first, so no two lists of parts make one key.</summary>
        private static void Part(StringBuilder key, string name, string value) =>
            key.Append(name.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(name)
                .Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);

        private static List<KeyValuePair<string, string>>? Parts(string key)
        {
            var parts = new List<KeyValuePair<string, string>>();
            var position = 0;
            string? Next()
            {
                var colon = key.IndexOf(':', position);
                if (colon < 0 || !int.TryParse(key.Substring(position, colon - position), NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length > key.Length - colon - 1)
                {
                    return null;
                }

                position = colon + 1 + length;
                return key.Substring(colon + 1, length);
            }

            while (position < key.Length)
            {
                if (Next() is not { } name || Next() is not { } value)
                {
                    return null;
                }

                parts.Add(new KeyValuePair<string, string>(name, value));
            }

            return parts;
        }
    }
}
