using System.Text.Json.Serialization;

namespace FirstFactApps;

/// <summary>System.Text.Json source generation for the DTOs: the bench writes the JSON with it, the JSON app reads it back.</summary>
[JsonSerializable(typeof(FactsFileDto[]))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
internal sealed partial class FactsJsonContext : JsonSerializerContext;
