using System.Reflection;

namespace FactCorpus.Generator.Tests.Support;

/// <summary>Reads a generated static member by name: items are properties, Values are constants.</summary>
internal static class GeneratedMembers
{
    public static object? Member(this Assembly assembly, string typeName, string name)
    {
        var type = assembly.GetType(typeName) ?? throw new InvalidOperationException($"no type {typeName}");
        return type.GetProperty(name, BindingFlags.Public | BindingFlags.Static) is { } property
            ? property.GetValue(null)
            : (type.GetField(name, BindingFlags.Public | BindingFlags.Static) ?? throw new InvalidOperationException($"no member {typeName}.{name}")).GetValue(null);
    }
}
