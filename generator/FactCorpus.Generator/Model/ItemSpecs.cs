namespace FactCorpus.Generator.Model
{
    // One record per top-level section of a *.facts.yaml file. Word-list fields hold the generator-side enums
    // of Words.cs (Vocabulary maps YAML words to them; an item with errors may hold their default); references are LocatedText so a dangling one is
    // reported where it is written. HasErrors marks an item that was read with errors: its id still
    // counts (so it does not cause "unknown id" noise) but nothing is generated for it.

    internal sealed record SourceSpec(
        LocatedText Id,
        string Title,
        string? Publisher,
        DateSpec? Published,
        string? Url,
        LocatedText? TextPath,
        bool HasErrors);

    internal sealed record EntitySpec(
        LocatedText Id,
        EntityKind Kind,
        string Name,
        EquatableArray<string> Aliases,
        string? Description,
        bool HasErrors);

    internal sealed record ClaimSpec(
        LocatedText Id,
        LocatedText? Subject,
        string Predicate,
        ValueSpec? Value,
        string Statement,
        LocatedText? SaidBy,
        LocatedText? Source,
        DateSpec? Date,
        EquatableArray<LocatedText> Evidence,
        DateSpec? AsOf,
        EquatableArray<LocatedText> Includes,
        ClaimStatus Status,
        string? Note,
        LocatedText? SupersededBy,
        bool HasErrors);

    internal sealed record QuoteSpec(
        LocatedText Id,
        LocatedText? Speaker,
        QuoteMode Mode,
        LocatedText? Text,
        LocatedText? Source,
        DateSpec? Date,
        LocatedText? Audience,
        EquatableArray<LocatedText> Evidence,
        bool HasErrors);

    internal sealed record ParticipantSpec(LocatedText Entity, string Role);

    internal sealed record EventSpec(
        LocatedText Id,
        string Type,
        string Summary,
        DateSpec? Date,
        LocatedText? Location,
        EquatableArray<ParticipantSpec> Participants,
        LocatedText? Source,
        EquatableArray<LocatedText> Evidence,
        bool HasErrors);
}
