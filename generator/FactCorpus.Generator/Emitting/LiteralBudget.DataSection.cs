using System;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace FactCorpus.Generator.Emitting
{
    /// <summary>
    /// Whether the compiler stores long string literals as data, as the parse options and the compiler's version
    /// say. Also compiled into the generator of code made ahead (FactCorpus.Generator.Ahead), whose key reads it.
    /// </summary>
    internal static partial class LiteralBudget
    {
        /// <summary>The compiler feature that stores long string literals as UTF-8 data, outside the capped heap.</summary>
        public const string DataSectionFeature = "experimental-data-section-string-literals";

        /// <summary>The first compiler with the feature; older ones ignore the unknown feature and use the heap.</summary>
        public static readonly Version DataSectionSince = new(4, 14);

        /// <summary>The version of the compiler running the generator.</summary>
        public static Version CompilerVersion => typeof(Compilation).Assembly.GetName().Version ?? new Version(0, 0);

        /// <summary>
        /// The length above which the compiler stores a literal as data, or null when every literal goes to the heap:
        /// the feature is off, or the compiler predates it. As Roslyn reads it: absent, "off" or null is off; a
        /// non-negative number is the threshold; any other value means 100.
        /// </summary>
        public static int? DataSectionThreshold(ParseOptions options, Version compiler) =>
            DataSectionThreshold(options.Features.TryGetValue(DataSectionFeature, out var value) ? value : null, compiler);

        /// <summary>The same from the feature's value (null when absent).</summary>
        public static int? DataSectionThreshold(string? value, Version compiler)
        {
            if (compiler < DataSectionSince || value is null || value == "off")
            {
                return null;
            }

            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var threshold) ? threshold : 100;
        }

        /// <summary>Whether a literal goes to the heap: the feature stores longer ones as data when UTF-8 can hold them (no lone surrogate).</summary>
        public static bool InHeap(string value, int? dataSectionThreshold) =>
            dataSectionThreshold is not { } threshold || value.Length <= threshold || HasLoneSurrogate(value);

        /// <summary>Whether UTF-8 cannot hold <paramref name="value"/> unchanged: a surrogate without its pair.</summary>
        public static bool HasLoneSurrogate(string value)
        {
            for (var i = 0; i < value.Length; i++)
            {
                if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(value[i]))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
