using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FactCorpus.Bench.Shapes;

/// <summary>
/// Today's generated code read back into what every other shape is built from: per file and class, the public
/// members (doc, type, name, the part and index that hold the item), the parts' item initializers, and the rest
/// of the class verbatim. Reading the generator's own output keeps every shape to the same members, data and docs.
/// </summary>
internal sealed class TodaysCode
{
    public TodaysCode(IEnumerable<string> generatedSources)
    {
        var trees = generatedSources.Select(s => CSharpSyntaxTree.ParseText(s)).ToArray();
        Sources = trees.Select(t => t.ToString()).ToArray();
        var ordinals = new Dictionary<string, int>();
        foreach (var tree in trees)
        {
            var root = tree.GetCompilationUnitRoot();
            var ns = root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().Single();
            var classes = ns.Members.OfType<ClassDeclarationSyntax>().ToArray();
            if (classes.Any(c => c.Members.OfType<ClassDeclarationSyntax>().Any()))
            {
                Files.Add(new FileCode(ns.Name.ToString(), classes.Select(c => ReadClass(c, ordinals)).ToArray()));
            }
            else
            {
                Shared.Add(tree.ToString());
            }
        }

        Namespace = Files[0].Namespace;
    }

    /// <summary>The generated sources as they are (shape A).</summary>
    public string[] Sources { get; }

    /// <summary>The files generated from the YAML files, read back.</summary>
    public List<FileCode> Files { get; } = [];

    /// <summary>The files generated once per corpus (the Corpus class with its index), kept as they are.</summary>
    public List<string> Shared { get; } = [];

    public string Namespace { get; }

    public IEnumerable<Member> Items => Files.SelectMany(f => f.Classes).SelectMany(c => c.Members);

    private static ClassCode ReadClass(ClassDeclarationSyntax declaration, Dictionary<string, int> ordinals)
    {
        var name = declaration.Identifier.Text;
        var parts = declaration.Members.OfType<ClassDeclarationSyntax>()
            .Select(p => new Part(p.Identifier.Text, NextOrdinal(ordinals, name), p.Members.OfType<FieldDeclarationSyntax>()
                .Select(f => f.Declaration.Variables.Single())
                .Select(v => (v.Identifier.Text, (ObjectCreationExpressionSyntax)v.Initializer!.Value))
                .ToArray()))
            .ToArray();
        var members = declaration.Members.OfType<PropertyDeclarationSyntax>().Select(p =>
        {
            var held = (MemberAccessExpressionSyntax)p.ExpressionBody!.Expression;
            var part = parts.Single(x => x.Name == held.Expression.ToString());
            return new Member(p.GetLeadingTrivia().ToFullString(), p.Type.ToString(), p.Identifier.Text, part,
                Array.FindIndex(part.Items, i => i.Field == held.Name.Identifier.Text));
        }).ToArray();
        var rest = declaration.Members.Where(m => m is not PropertyDeclarationSyntax and not ClassDeclarationSyntax).ToArray();
        return new ClassCode(name, members, parts, rest);
    }

    private static int NextOrdinal(Dictionary<string, int> ordinals, string className)
    {
        var next = ordinals.GetValueOrDefault(className);
        ordinals[className] = next + 1;
        return next;
    }

    public sealed record FileCode(string Namespace, ClassCode[] Classes);

    /// <summary>One class's share of a file: Claims, Entities…, or Values (which has no members or parts, only constants).</summary>
    public sealed record ClassCode(string Name, Member[] Members, Part[] Parts, MemberDeclarationSyntax[] Rest);

    /// <summary>A public member: <c>public static Type Name => Part.Name;</c> with its hover doc (the leading trivia).</summary>
    public sealed record Member(string Doc, string Type, string Name, Part Part, int Index)
    {
        /// <summary>The model type's simple name: Claim, Entity…</summary>
        public string Kind => Type[(Type.LastIndexOf('.') + 1)..];
    }

    /// <summary>A nested class holding items, numbered per class across the corpus (the data shapes refer to items by part and index).</summary>
    public sealed record Part(string Name, int Ordinal, (string Field, ObjectCreationExpressionSyntax Creation)[] Items);
}
