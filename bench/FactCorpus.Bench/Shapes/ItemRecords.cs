using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FactCorpus.Bench.Shapes;

/// <summary>
/// Writes the items of today's parts as the data that <see cref="ItemDecoder"/> reads: one line an item, its
/// constructor arguments (but the scope) as tab-separated fields in order, references as kind letter, part and
/// index, so the data shapes carry the same facts in about the bytes the facts take.
/// </summary>
internal sealed class ItemRecords
{
    private readonly Dictionary<string, string> references = [];
    private readonly string referencePrefix;

    public ItemRecords(TodaysCode code)
    {
        referencePrefix = "global::" + code.Namespace + ".";
        foreach (var type in code.Files.SelectMany(f => f.Classes))
        {
            foreach (var member in type.Members)
            {
                references[type.Name + "." + member.Name] = $"{Letter(type.Name)}{member.Part.Ordinal}.{member.Index}";
            }
        }
    }

    /// <summary>The letter <see cref="ItemDecoder"/>'s resolver reads for a class of items.</summary>
    public static char Letter(string className) => className switch
    {
        "Sources" => 'S',
        "Entities" => 'E',
        "Claims" => 'C',
        "Quotes" => 'Q',
        "Events" => 'V',
        _ => throw new ArgumentOutOfRangeException(nameof(className), className, "not a class of items"),
    };

    /// <summary>The part's data: every item's line, in the part's order.</summary>
    public string Of(TodaysCode.Part part)
    {
        var text = new StringBuilder();
        foreach (var (_, creation) in part.Items)
        {
            var fields = new List<string>();
            foreach (var argument in creation.ArgumentList!.Arguments.Where(a => a.NameColon?.Name.Identifier.Text != "scope"))
            {
                Add(fields, argument.Expression);
            }

            text.AppendJoin('\t', fields).Append('\n');
        }

        return text.ToString();
    }

    private void Add(List<string> fields, ExpressionSyntax expression)
    {
        switch (expression)
        {
            case LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NullLiteralExpression }:
                fields.Add("");
                break;
            case LiteralExpressionSyntax literal:
                // The sketch's format has no escape for its separators (see ItemDecoder).
                fields.Add(literal.Token.ValueText.Replace('\t', ' ').Replace('\n', ' '));
                break;
            case MemberAccessExpressionSyntax access when access.ToString().StartsWith(referencePrefix, StringComparison.Ordinal):
                fields.Add(references[access.ToString()[referencePrefix.Length..]]);
                break;
            case MemberAccessExpressionSyntax access:
                // An enum member, or ClaimQualifiers.None (the empty field).
                fields.Add(access.Name.Identifier.Text == "None" && access.Expression.ToString().EndsWith("ClaimQualifiers", StringComparison.Ordinal) ? "" : access.Name.Identifier.Text);
                break;
            case ObjectCreationExpressionSyntax creation:
                AddCreation(fields, creation);
                break;
            case ArrayCreationExpressionSyntax array:
                var elements = array.Initializer?.Expressions ?? default;
                fields.Add(elements.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                foreach (var element in elements)
                {
                    Add(fields, element);
                }

                break;
            case InvocationExpressionSyntax empty when empty.ToString().Contains("Array.Empty", StringComparison.Ordinal):
                fields.Add("0");
                break;
            default:
                throw new NotSupportedException($"no field for {expression.Kind()}: {expression}");
        }
    }

    private void AddCreation(List<string> fields, ObjectCreationExpressionSyntax creation)
    {
        var type = creation.Type.ToString()[(creation.Type.ToString().LastIndexOf('.') + 1)..];
        var arguments = creation.ArgumentList!.Arguments.Select(a => a.Expression).ToArray();
        if (type == "PartialDate")
        {
            fields.Add(string.Join('-', arguments.Take(3).Select(a => ((LiteralExpressionSyntax)a).Token.ValueText)));
            Add(fields, arguments[3]);
            return;
        }

        // A claim's value says its kind first; qualifiers other than None start with a non-empty field.
        if (type.EndsWith("Value", StringComparison.Ordinal))
        {
            fields.Add(type[..^"Value".Length]);
        }
        else if (type == "ClaimQualifiers")
        {
            fields.Add("Q");
        }

        foreach (var argument in arguments)
        {
            Add(fields, argument);
        }
    }
}
