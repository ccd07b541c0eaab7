using System.Collections.Immutable;
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
            new(descriptor, location, new EquatableArray<string>(ImmutableArray.Create(messageArgs)));

        public Diagnostic ToDiagnostic()
        {
            var args = new object[MessageArgs.Count];
            for (var i = 0; i < args.Length; i++)
            {
                args[i] = MessageArgs[i];
            }

            return AdditionalLocations.Count == 0
                ? Diagnostic.Create(Descriptor, Location.ToLocation(), args)
                : Diagnostic.Create(Descriptor, Location.ToLocation(), AdditionalLocations.Select(l => l.ToLocation()), args);
        }
    }
}
