using System;
using System.Globalization;

namespace FactCorpus.Generator.Tasks
{
    /// <summary>
    /// What the generator will read of the compiler's parse options, as the task can tell from the project's
    /// properties before the compiler runs (<see cref="GenerateFactCorpusAhead"/>). A wrong guess costs time, never
    /// correctness: the generator then finds another key and makes its own results.
    /// </summary>
    internal static class CompilerSettings
    {
        /// <summary>
        /// The C# version the compiler will use, as <see cref="CorpusSteps.LanguageVersion"/> gives it: a number as
        /// written; the latest version (also the default) of the SDK's own compiler (C# 12 for the .NET 8 SDK, one
        /// more each year); preview; null for what cannot be known here.
        /// </summary>
        internal static int? LanguageVersion(string langVersion, string sdkVersion)
        {
            var value = langVersion.Trim().ToLowerInvariant();
            if (value == "preview")
            {
                return int.MaxValue - 1;
            }

            if (value is "" or "default" or "latest" or "latestmajor")
            {
                return int.TryParse(sdkVersion.Split('.')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var sdk) && sdk >= 8 ? (sdk + 4) * 100 : null;
            }

            var parts = value.Split('.');
            return parts.Length <= 2
                && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
                && (parts.Length == 1 || int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out _))
                ? major * 100 + (parts.Length == 2 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0)
                : null;
        }

        /// <summary>
        /// The data section's threshold as the generator reads it from the compiler (<see cref="Emitting.LiteralBudget.DataSectionThreshold(string?, Version)"/>):
        /// the feature's last value in Features, for the SDK's own compiler (Roslyn 5 from the .NET 10 SDK; an older
        /// SDK's taken as predating the feature, which at worst makes the generator make its own results).
        /// </summary>
        internal static int? DataSectionThreshold(string features, string sdkVersion)
        {
            string? value = null;
            foreach (var feature in features.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = feature.Split(new[] { '=' }, 2);
                if (parts[0].Trim() == Emitting.LiteralBudget.DataSectionFeature)
                {
                    value = parts.Length == 2 ? parts[1].Trim() : "true";
                }
            }

            var compiler = int.TryParse(sdkVersion.Split('.')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var sdk) && sdk >= 10 ? new Version(sdk - 5, 0) : new Version(0, 0);
            return Emitting.LiteralBudget.DataSectionThreshold(value, compiler);
        }
    }
}
