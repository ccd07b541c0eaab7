// Prints a briefing on the Jeddah talks from the FactCorpus package: every line below comes from typed
// members generated from the curated YAML, so a renamed or removed fact is a compile error here.
using FactCorpus;
using FactCorpus.Model;

var source = Sources.UsResumesAssistanceArticle;
Console.WriteLine($"BRIEFING: {source.Title}");
Console.WriteLine($"Source: {source.TextPath}, published {source.Published} (precision: {source.Published?.Precision})");
Console.WriteLine($"Corpus: {Corpus.Index.Entities.Count} entities, {Corpus.Index.Claims.Count} claims, "
    + $"{Corpus.Index.Quotes.Count} quotes, {Corpus.Index.Events.Count} events");
Console.WriteLine();

Console.WriteLine("== The ceasefire proposal ==");
var proposal = Entities.CeasefireProposal30Days;
Console.WriteLine($"{proposal.Name}: a {Values.CeasefireProposalDuration}-day ceasefire ({Claims.CeasefireProposalDuration.Value}).");
foreach (var claim in proposal.Claims)
{
    Console.WriteLine($"- {claim.Statement}");
    Console.WriteLine($"    said by {Describe(claim.SaidBy)}{When(claim.Date)}");
}

Console.WriteLine();
Console.WriteLine("== Who said what ==");
foreach (var speaker in Corpus.Index.Quotes.Select(q => q.Speaker).Distinct().OrderBy(s => s.Name, StringComparer.Ordinal))
{
    Console.WriteLine($"{speaker.Name}{(speaker.Description is null ? "" : " (" + speaker.Description + ")")}:");
    foreach (var quote in speaker.Quotes)
    {
        var words = quote.Mode == QuoteMode.Direct ? $"\u201C{quote.Text}\u201D" : $"(reported) {quote.Text}";
        Console.WriteLine($"  {words}{When(quote.Date)}");
    }
}

Console.WriteLine();
Console.WriteLine("== Timeline ==");
foreach (var e in Corpus.Index.Events.Where(e => e.Date is not null).OrderBy(e => e.Date))
{
    var place = e.Location is null ? "" : $" [{e.Location.Name}]";
    Console.WriteLine($"{e.Date,-10} {e.Summary}{place}");
}

Console.WriteLine();
Console.WriteLine("== The week of the talks (dates known to the day) ==");
foreach (var e in Corpus.Index.EventsBetween(new DateTime(2025, 3, 10), new DateTime(2025, 3, 16)).OrderBy(e => e.Date))
{
    Console.WriteLine($"{e.Date} {e.Type}: {string.Join(", ", e.Participants)}");
}

Console.WriteLine();
Console.WriteLine("== Disputed ==");
foreach (var claim in Corpus.Index.ClaimsWithStatus(ClaimStatus.Disputed))
{
    Console.WriteLine($"- {claim.Statement} ({claim.Value})");
    Console.WriteLine($"    note: {claim.Note}");
}

Console.WriteLine();
Console.WriteLine($"Lookup by id: '{Corpus.FindById("jeddah_talks")}' is a {Corpus.FindById("jeddah_talks").GetType().Name}.");

// Other reporting spells names its own way: entities are found by name or alias, whatever the case and accents.
foreach (var spelling in new[] { "Zelenskyy", "ZELENSKY", "Zelenský" })
{
    Console.WriteLine($"Lookup by name: '{spelling}' is {string.Join(", ", Corpus.Index.FindEntities(spelling).Select(e => e.Name))}.");
}

Console.WriteLine($"Conflicting claims across sources: {Corpus.Index.Conflicts.Count} (one article, so none).");

static string Describe(CorpusItem who) => who switch
{
    Entity entity => entity.Name,
    Source => "the article itself",
    _ => who.Id,
};

static string When(PartialDate? date) => date is null ? "" : $", {date}" + (date.ResolvedFrom is null ? "" : $" (\"{date.ResolvedFrom}\")")
    + (date.Origin == DateOrigin.Curator ? ", per the curator, not the article" : "");
