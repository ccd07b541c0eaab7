using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactCorpus.Generator.Model
{
    /// <summary>A span of a YAML file as plain values (0-based lines and columns), turned into a Location only when reported.</summary>
    internal sealed record LocationInfo(string FilePath, int StartOffset, int EndOffset, int StartLine, int StartColumn, int EndLine, int EndColumn)
    {
        public static LocationInfo StartOf(string filePath) => new(filePath, 0, 0, 0, 0, 0, 0);

        public Location ToLocation() => Location.Create(
            FilePath,
            TextSpan.FromBounds(StartOffset, EndOffset),
            new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));

        /// <summary>How a message names the place: file(line,col), 1-based as the compiler prints it.</summary>
        public string Display => DisplayOf(FilePath, StartLine, StartColumn);

        /// <summary>file(line,col) of a 0-based line and column of a file.</summary>
        public static string DisplayOf(string filePath, int line, int column) =>
            System.IO.Path.GetFileName(filePath) + "(" + (line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ","
            + (column + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
    }
}
