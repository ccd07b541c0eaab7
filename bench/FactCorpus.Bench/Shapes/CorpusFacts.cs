using System.Runtime.Loader;
using System.Text;
using FactCorpus.Model;

namespace FactCorpus.Bench.Shapes;

/// <summary>
/// Every fact a compiled corpus holds, as one text: loading the assembly of a data shape and of today's code and
/// comparing the two proves the data shape carries the same facts, so its data is real in size and content.
/// </summary>
internal static class CorpusFacts
{
    public static string Of(byte[] assembly, string rootNamespace)
    {
        var context = new AssemblyLoadContext("shape", isCollectible: true);
        try
        {
            var corpus = context.LoadFromStream(new MemoryStream(assembly)).GetType(rootNamespace + ".Corpus")!;
            var index = (CorpusIndex)corpus.GetProperty("Index")!.GetValue(null)!;
            var text = new StringBuilder();
            foreach (var s in index.Sources)
            {
                text.AppendLine($"{s.Id}|{s.Title}|{s.Publisher}|{s.Published}|{s.TextPath}|{s.Url}");
            }

            foreach (var e in index.Entities)
            {
                text.AppendLine($"{e.Id}|{e.Kind}|{e.Name}|{string.Join(";", e.Aliases)}|{e.Description}");
            }

            foreach (var c in index.Claims)
            {
                text.AppendLine($"{c.Id}|{c.Subject.Id}|{c.Predicate}|{c.Value}|{c.Statement}|{c.SaidBy.Id}|{c.Source.Id}|{Date(c.Date)}|{string.Join(";", c.Evidence)}|{c.Qualifiers.AsOf}|{c.Status}|{c.Note}|{c.SupersededById}");
            }

            foreach (var q in index.Quotes)
            {
                text.AppendLine($"{q.Id}|{q.Speaker.Id}|{q.Text}|{q.Mode}|{Date(q.Date)}|{q.Source.Id}|{q.Audience?.Id}|{string.Join(";", q.Evidence)}");
            }

            foreach (var v in index.Events)
            {
                text.AppendLine($"{v.Id}|{v.Type}|{v.Summary}|{Date(v.Date)}|{v.Location?.Id}|{string.Join(";", v.Participants.Select(p => p.Entity.Id + " " + p.Role))}|{v.Source.Id}|{string.Join(";", v.Evidence)}");
            }

            return text.ToString();
        }
        finally
        {
            context.Unload();
        }
    }

    private static string Date(PartialDate? date) => date is null ? "" : $"{date} {date.ResolvedFrom}";
}
