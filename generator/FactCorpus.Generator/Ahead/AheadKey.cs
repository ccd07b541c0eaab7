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
    /// A hash of everything the generator reads: this generator's build (its module's id, so a rebuilt generator
    /// never takes another's results), what it reads of the options and the parse options, and every AdditionalFile
    /// with its resource name and exact text. The build's task writes its results under this key, and the generator
    /// takes them only when the compilation's inputs give the same key, so what the compiler gets is always what the
    /// generator would have made of those inputs.
    /// </summary>
    internal static class AheadKey
    {
        public static string Of(IEnumerable<AheadInput> inputs, CorpusOptions options, string projectTexts, ParseSettings settings)
        {
            var material = new StringBuilder();
            Field(material, typeof(AheadKey).Assembly.ManifestModule.ModuleVersionId.ToString("N"));
            Field(material, options.Namespace);
            Field(material, options.Reporter.ToString());
            Field(material, projectTexts);
            Field(material, settings.Docs ? "docs" : "no docs");
            Field(material, settings.LanguageVersion.ToString(CultureInfo.InvariantCulture));
            Field(material, settings.DataSectionThreshold?.ToString(CultureInfo.InvariantCulture) ?? "no data section");
            foreach (var input in inputs.OrderBy(i => i.Path, StringComparer.Ordinal))
            {
                Field(material, input.Path);
                Field(material, input.Resource ?? "");
                Field(material, input.Text);
            }

            var text = material.ToString();
            return Hash(text).ToString("x16", CultureInfo.InvariantCulture) + Hash(text, 1099511628211UL ^ 0x5bd1e995UL).ToString("x16", CultureInfo.InvariantCulture);
        }

        /// <summary>Each field with its length first, so no two lists of fields make one text.</summary>
        private static void Field(StringBuilder material, string value) =>
            material.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);

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

        private static ulong Hash(string text, ulong basis = 14695981039346656037UL)
        {
            var hash = basis;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }

            return hash;
        }
    }
}
