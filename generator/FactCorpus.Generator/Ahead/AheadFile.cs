using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using FactCorpus.Generator.Diagnostics;
using FactCorpus.Generator.Model;

namespace FactCorpus.Generator.Ahead
{
    /// <summary>The generator's outputs for the inputs of <see cref="Key"/> (<see cref="AheadKey"/>), in the order the generator makes them.</summary>
    internal sealed record AheadResults(string Key, EquatableArray<GeneratorOutput> Outputs)
    {
        /// <summary>The diagnostics the generator reports, alone: what it needs when the build compiles the code as files of its own.</summary>
        public AheadResults WithoutSources() => this with
        {
            Outputs = Outputs.Where(o => o.ReportDiagnostics && o.Diagnostics.Count > 0).Select(o => o with { HintName = null, Source = null }).ToEquatableArray(),
        };
    }

    /// <summary>
    /// The file in which the build's task hands the generator its results (<see cref="AheadResults"/>): an
    /// AdditionalFile the compiler decodes as text, so every value is text, each with its length first. Written
    /// and read only by this assembly's code; a file that is not whole, or from another format, reads as none.
    /// The build's task writes the code itself beside it, as files the build compiles (<see cref="SourcesFolder"/>).
    /// </summary>
    internal static class AheadFile
    {
        /// <summary>The file's name: the package's targets give it this name, and the generator knows it by it.</summary>
        public const string Name = "factcorpus.generated-ahead";

        /// <summary>The folder beside it that holds the generated code, a file a hint name.</summary>
        public const string SourcesFolder = "generated-ahead";

        /// <summary>The list of the code's files beside it, one name a line in the generator's order, which the targets compile in that order.</summary>
        public const string SourcesList = Name + ".sources";

        /// <summary>The task's last run beside it (<see cref="AheadCache"/>), which the next run reads instead of the files whose text is the same.</summary>
        public const string Cache = Name + ".cache";

        private const string Format = "FactCorpus.GeneratedAhead/2";

        public static bool Is(string path) =>
            path.EndsWith(Name, StringComparison.OrdinalIgnoreCase)
            && (path.Length == Name.Length || path[path.Length - Name.Length - 1] is '/' or '\\');

        /// <summary>The file's text; null when a value holds a lone surrogate, which UTF-8 cannot carry to the compiler unchanged.</summary>
        public static string? Write(AheadResults results)
        {
            var text = new StringBuilder();
            Field(text, Format);
            Field(text, results.Key);
            Number(text, results.Outputs.Count);
            foreach (var output in results.Outputs)
            {
                Field(text, output.HintName);
                Field(text, output.Source?.ToString());
                Field(text, output.ReportDiagnostics ? "1" : "0");
                Number(text, output.Diagnostics.Count);
                foreach (var diagnostic in output.Diagnostics)
                {
                    Field(text, diagnostic.Descriptor.Id);
                    Location(text, diagnostic.Location);
                    Number(text, diagnostic.MessageArgs.Count);
                    foreach (var arg in diagnostic.MessageArgs)
                    {
                        Field(text, arg);
                    }

                    Number(text, diagnostic.AdditionalLocations.Count);
                    foreach (var location in diagnostic.AdditionalLocations)
                    {
                        Location(text, location);
                    }
                }
            }

            var written = text.ToString();
            return Emitting.LiteralBudget.HasLoneSurrogate(written) ? null : written;
        }

        /// <summary>The results in <paramref name="text"/>, or null when it is not a whole file of this format.</summary>
        public static AheadResults? Read(string text)
        {
            try
            {
                var reader = new Reader(text);
                if (reader.Field() != Format)
                {
                    return null;
                }

                var key = reader.Field()!;
                var outputs = new GeneratorOutput[reader.Number()];
                for (var i = 0; i < outputs.Length; i++)
                {
                    var hintName = reader.Field();
                    var source = reader.Field();
                    var report = reader.Field() == "1";
                    var diagnostics = new DiagnosticInfo[reader.Number()];
                    for (var d = 0; d < diagnostics.Length; d++)
                    {
                        var id = reader.Field();
                        var descriptor = Descriptors.All.Single(x => x.Id == id);
                        var location = reader.Location();
                        var args = Enumerable.Range(0, reader.Number()).Select(_ => reader.Field()!).ToEquatableArray();
                        var additional = Enumerable.Range(0, reader.Number()).Select(_ => reader.Location()).ToEquatableArray();
                        diagnostics[d] = new DiagnosticInfo(descriptor, location, args, additional);
                    }

                    outputs[i] = new GeneratorOutput(hintName, source is null ? null : GeneratedCode.Of(source), ImmutableArray.Create(diagnostics).ToEquatableArray(), report);
                }

                return reader.AtEnd ? new AheadResults(key, ImmutableArray.Create(outputs).ToEquatableArray()) : null;
            }
            catch (Exception e) when (e is FormatException or InvalidOperationException or ArgumentException)
            {
                return null;
            }
        }

        private static void Location(StringBuilder text, LocationInfo location)
        {
            Field(text, location.FilePath);
            Number(text, location.StartOffset);
            Number(text, location.EndOffset);
            Number(text, location.StartLine);
            Number(text, location.StartColumn);
            Number(text, location.EndLine);
            Number(text, location.EndColumn);
        }

        private static void Number(StringBuilder text, int value) => Field(text, value.ToString(CultureInfo.InvariantCulture));

        /// <summary>A value as its length, ':', and its characters; null as "-:".</summary>
        private static void Field(StringBuilder text, string? value)
        {
            if (value is null)
            {
                text.Append("-:");
                return;
            }

            text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
        }

        private sealed class Reader
        {
            private readonly string text;
            private int position;

            public Reader(string text) => this.text = text;

            public bool AtEnd => position == text.Length;

            public string? Field()
            {
                var colon = text.IndexOf(':', position);
                if (colon < 0)
                {
                    throw new FormatException("A field has no length.");
                }

                var length = text.Substring(position, colon - position);
                if (length == "-")
                {
                    position = colon + 1;
                    return null;
                }

                var count = int.Parse(length, NumberStyles.None, CultureInfo.InvariantCulture);
                if (count > text.Length - colon - 1)
                {
                    throw new FormatException("A field runs past the end.");
                }

                position = colon + 1 + count;
                return text.Substring(colon + 1, count);
            }

            public int Number() => int.Parse(Field() ?? throw new FormatException("A number is missing."), NumberStyles.None, CultureInfo.InvariantCulture);

            public LocationInfo Location() => new(Field() ?? throw new FormatException("A path is missing."), Number(), Number(), Number(), Number(), Number(), Number());
        }
    }
}
