namespace FirstFactApps;

// The facts file as plain typed objects, for the deserialisers the generated code is compared with. Compiled into
// the bench (to turn the YAML into JSON) and into the YamlDotNet and System.Text.Json apps.

public sealed class FactsFileDto
{
    public List<SourceDto>? Sources { get; set; }
    public List<EntityDto>? Entities { get; set; }
    public List<ClaimDto>? Claims { get; set; }
    public List<QuoteDto>? Quotes { get; set; }
    public List<EventDto>? Events { get; set; }
}

public sealed class SourceDto
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Published { get; set; }
    public string? Text { get; set; }
}

public sealed class EntityDto
{
    public string? Id { get; set; }
    public string? Kind { get; set; }
    public string? Name { get; set; }
    public List<string>? Aliases { get; set; }
    public string? Description { get; set; }
}

public sealed class ClaimDto
{
    public string? Id { get; set; }
    public string? Subject { get; set; }
    public string? Predicate { get; set; }
    public ValueDto? Value { get; set; }
    public string? Statement { get; set; }
    public string? SaidBy { get; set; }
    public string? Source { get; set; }
    public DateDto? Date { get; set; }
    public List<string>? Evidence { get; set; }
}

public sealed class ValueDto
{
    public string? Kind { get; set; }
    public decimal Amount { get; set; }
    public string? Unit { get; set; }
    public string? Bound { get; set; }
}

public sealed class DateDto
{
    public string? On { get; set; }
    public string? From { get; set; }
}

public sealed class QuoteDto
{
    public string? Id { get; set; }
    public string? Speaker { get; set; }
    public string? Mode { get; set; }
    public string? Text { get; set; }
    public string? Source { get; set; }
    public string? Date { get; set; }
}

public sealed class EventDto
{
    public string? Id { get; set; }
    public string? Type { get; set; }
    public string? Summary { get; set; }
    public string? Date { get; set; }
    public string? Location { get; set; }
    public List<ParticipantDto>? Participants { get; set; }
    public string? Source { get; set; }
    public List<string>? Evidence { get; set; }
}

public sealed class ParticipantDto
{
    public string? Entity { get; set; }
    public string? Role { get; set; }
}
