using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using FactCorpus.Generator.Diagnostics;
using FactCorpus.Generator.Model;
using Microsoft.CodeAnalysis;

namespace FactCorpus.Generator.Emitting
{
    /// <summary>
    /// An assembly keeps each distinct string literal once, in a metadata heap the compiler caps (CS8103). A
    /// corpus whose text overflows it would fail with a compiler error that names no YAML file, so the generator
    /// reports FC0007 on the largest file instead, saying how to fix it. Literals that Roslyn's data-section feature
    /// stores as UTF-8 data instead (the package's props turn it on for the generated parts' data) do not count.
    /// </summary>
    internal static partial class LiteralBudget
    {
        /// <summary>
        /// The compiler refuses a new literal once the heap holds more than this many bytes (a literal may end past
        /// it but must start within it; Roslyn 4.x allowed one byte more).
        /// </summary>
        public const long HeapCapacity = 0xFFFFFE;

        /// <summary>The heap starts with one byte, its empty entry.</summary>
        public const long EmptyHeap = 1;

        /// <summary>A literal's bytes in the heap: its length as a compressed integer, UTF-16 text, one trailing byte.</summary>
        public static long Size(string value)
        {
            var bytes = (2L * value.Length) + 1;
            return bytes + (bytes < 0x80 ? 1 : bytes < 0x4000 ? 2 : 4);
        }

        public static FileLiterals Of(string path, EquatableArray<string> literals) => new(path, literals, literals.Sum(Size));

        /// <summary>
        /// The most characters a literal of data holds (2 MB of the 16 MB heap). A file's data of one kind longer than
        /// this is several literals, concatenated when first used: <see cref="Check"/> bounds the heap by its total less
        /// the largest literal, which a literal as large as the whole heap would make meaningless.
        /// </summary>
        public const int LongestDataLiteral = 1 << 20;

        /// <summary>Data in literals of at most <see cref="LongestDataLiteral"/> characters, never splitting a surrogate pair (a lone half would keep a literal in the heap).</summary>
        public static List<string> Pieces(string data, int longest = LongestDataLiteral)
        {
            var pieces = new List<string>();
            var start = 0;
            while (data.Length - start > longest)
            {
                var length = char.IsHighSurrogate(data[start + longest - 1]) ? longest - 1 : longest;
                pieces.Add(data.Substring(start, length));
                start += length;
            }

            pieces.Add(start == 0 ? data : data.Substring(start));
            return pieces;
        }

        /// <summary>
        /// FC0007 when the compiler will refuse a literal whatever order it meets them in: even the largest one,
        /// met last, would start past the capacity. Closer to the limit the order decides, and the compiler's own
        /// CS8103 remains.
        /// </summary>
        public static DiagnosticInfo? Check(ImmutableArray<FileLiterals> files, int? dataSectionThreshold = null)
        {
            if (dataSectionThreshold is not null)
            {
                files = files.Select(f => Of(f.Path, f.Values.Where(v => InHeap(v, dataSectionThreshold)).ToEquatableArray())).ToImmutableArray();
            }

            // Each file's literals are distinct, so their sum bounds the total from above: counting distinct
            // strings across files, which visits every one, is needed only near the limit.
            if (EmptyHeap + files.Sum(f => f.Bytes) <= HeapCapacity)
            {
                return null;
            }

            var distinct = new HashSet<string>(StringComparer.Ordinal);
            var total = EmptyHeap;
            var largest = 0L;
            foreach (var value in files.SelectMany(f => f.Values))
            {
                if (distinct.Add(value))
                {
                    var size = Size(value);
                    total += size;
                    largest = Math.Max(largest, size);
                }
            }

            if (total - largest <= HeapCapacity)
            {
                return null;
            }

            var largestFile = files.OrderByDescending(f => f.Bytes).ThenBy(f => f.Path, StringComparer.Ordinal).First();
            return DiagnosticInfo.Create(
                Descriptors.CorpusTooLarge,
                LocationInfo.StartOf(largestFile.Path),
                total.ToString("N0", CultureInfo.InvariantCulture),
                (HeapCapacity + 1).ToString("N0", CultureInfo.InvariantCulture));
        }
    }
}
