using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FactCorpus.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace FactCorpus.Generator.Ahead
{
    /// <summary>One input of the generator as the key sees it: an AdditionalFile's path, its data's resource name, and its text's hash.</summary>
    internal readonly struct AheadInput
    {
        private AheadInput(string path, string? resource, string text)
        {
            Path = path;
            Resource = resource;
            Text = text;
        }

        public string Path { get; }

        public string? Resource { get; }

        /// <summary>The text's hash and length, or "unread" when the file could not be read.</summary>
        public string Text { get; }

        public static AheadInput Of(string path, string? resource, SourceText? text) =>
            new(path, resource, text is null ? "unread" : AheadKey.Hash(text).ToString("x16", CultureInfo.InvariantCulture) + ":" + text.Length.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Everything the generator reads, as named parts: this generator's build (its module's id, so a rebuilt
    /// generator never takes another's results), what it reads of the options and the parse options, and every
    /// AdditionalFile with its resource name and its exact text's hash. The build's task writes its results under
    /// this key, and the generator takes them only when the compilation's inputs give the same key; when they do
    /// not, <see cref="Difference"/> names the first part that differs, for the error that says so.
    /// </summary>
    internal static class AheadKey
    {
        private const string FilePart = "file ";

        public static string Of(IEnumerable<AheadInput> inputs, CorpusOptions options, string projectTexts, ParseSettings settings)
        {
            var key = new StringBuilder();
            Part(key, "the generator's build", typeof(AheadKey).Assembly.ManifestModule.ModuleVersionId.ToString("N"));
            Part(key, "FactCorpusNamespace (or RootNamespace)", options.Namespace);
            Part(key, "FactCorpusDiagnostics", options.Reporter.ToString());
            Part(key, "FactCorpusProjectTexts", projectTexts);
            Part(key, "whether doc comments are read", settings.Docs ? "yes" : "no");
            Part(key, "the C# version", settings.LanguageVersion.ToString(CultureInfo.InvariantCulture));
            Part(key, "the data-section feature", settings.DataSectionThreshold?.ToString(CultureInfo.InvariantCulture) ?? "off");
            foreach (var input in inputs.OrderBy(i => i.Path, StringComparer.Ordinal))
            {
                Part(key, FilePart + input.Path, (input.Resource ?? "") + " " + input.Text);
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
                    return (file is null ? part.Key + " is new" : "the file " + file + " was added", file);
                }

                if (value != part.Value)
                {
                    return file is null
                        ? (part.Key + " differs (" + Quoted(value) + " ahead, " + Quoted(part.Value) + " in the compiler)", null)
                        : ("the file " + file + " changed", file);
                }
            }

            var removed = aheadParts.Keys.Except(hereParts.Select(p => p.Key)).OrderBy(k => k, StringComparer.Ordinal).First();
            return removed.StartsWith(FilePart, StringComparison.Ordinal)
                ? ("the file " + removed.Substring(FilePart.Length) + " was removed", null)
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

        /// <summary>FNV-1a over the exact characters (line breaks included: the locations reported count them), read in blocks rather than copied whole.</summary>
        public static ulong Hash(SourceText text)
        {
            var hash = 14695981039346656037UL;
            var block = new char[Math.Min(text.Length, 8192)];
            for (var start = 0; start < text.Length; start += block.Length)
            {
                var count = Math.Min(block.Length, text.Length - start);
                text.CopyTo(start, block, 0, count);
                for (var i = 0; i < count; i++)
                {
                    hash = (hash ^ block[i]) * 1099511628211UL;
                }
            }

            return hash;
        }
    }
}
