using System.Linq;
using FactCorpus.Generator.Model;
using Microsoft.CodeAnalysis;

namespace FactCorpus.Generator.Diagnostics
{
    /// <summary>
    /// A diagnostic as plain data, so it can live in cached pipeline models; becomes a Diagnostic when reported.
    /// <see cref="AdditionalLocations"/> are other places an IDE can jump to (the closest passage of an article).
    /// </summary>
    internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo Location, EquatableArray<string> MessageArgs, EquatableArray<LocationInfo> AdditionalLocations = default)
    {
        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo location, params string[] messageArgs) =>
            new(descriptor, location, messageArgs.ToEquatableArray());

        public Diagnostic ToDiagnostic() => Diagnostic.Create(
            Descriptor, Location.ToLocation(), AdditionalLocations.Select(l => l.ToLocation()), MessageArgs.ToArray<object>());
    }
}
