using System.Text;
using FactCorpus.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace FactCorpus.Generator.Emitting
{
    /// <summary>
    /// <see cref="GeneratedCode"/> as the compiler reads a source, without copying it into one string (what
    /// <see cref="SourceText.From(string, Encoding?, SourceHashAlgorithm)"/> would hold): the lexer and the line map read
    /// it through <see cref="CopyTo"/>, block by block, as they read the compiler's own large texts.
    /// </summary>
    internal sealed class GeneratedCodeText : SourceText
    {
        private readonly GeneratedCode code;

        public GeneratedCodeText(GeneratedCode code) => this.code = code;

        public override Encoding Encoding => Encoding.UTF8;

        public override int Length => code.Length;

        public override char this[int position] => code[position];

        public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count) =>
            code.CopyTo(sourceIndex, destination, destinationIndex, count);
    }
}
