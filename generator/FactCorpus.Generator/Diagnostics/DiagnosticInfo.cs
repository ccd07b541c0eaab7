using System.Linq;
using FactCorpus.Generator.Model;
using Microsoft.CodeAnalysis;

namespace FactCorpus.Generator.Diagnostics
{
    /// <summary>A diagnostic as plain data, so it can live in cached pipeline models; becomes a Diagnostic when reported.</summary>
    internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo Location, EquatableArray<string> MessageArgs)
    {
        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo location, params string[] messageArgs) =>
            new(descriptor, location, messageArgs.ToEquatableArray());

        public Diagnostic ToDiagnostic() => Diagnostic.Create(Descriptor, Location.ToLocation(), MessageArgs.ToArray<object>());
    }
}
