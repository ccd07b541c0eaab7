using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactCorpus.Bench.EchoGenerator
{
    /// <summary>
    /// Adds every AdditionalFile named <c>*.g.cs.txt</c> to the compilation as it is, one source each: the least a
    /// source generator can do to put given code into a build. The build benchmark feeds it the members the
    /// FactCorpus generator emits, without their data, so a build shows what generating the public API alone costs
    /// (the compiler's driver, the generated trees parsed as generated trees, their text embedded in the PDB).
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class EchoGenerator : IIncrementalGenerator
    {
        public const string Suffix = ".g.cs.txt";

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var files = context.AdditionalTextsProvider.Where(static file => file.Path.EndsWith(Suffix, System.StringComparison.Ordinal));
            context.RegisterSourceOutput(files, static (spc, file) =>
            {
                var name = System.IO.Path.GetFileName(file.Path);
                if (file.GetText(spc.CancellationToken) is { } text)
                {
                    spc.AddSource(name.Substring(0, name.Length - ".txt".Length), SourceText.From(text.ToString(), System.Text.Encoding.UTF8));
                }
            });
        }
    }
}
