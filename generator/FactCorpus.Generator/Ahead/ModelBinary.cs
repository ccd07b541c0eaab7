using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using FactCorpus.Generator.Diagnostics;
using FactCorpus.Generator.Model;

namespace FactCorpus.Generator.Ahead
{
    /// <summary>
    /// The model values the build's task keeps between runs (<see cref="AheadCache"/>), written by
    /// <see cref="ModelWriter"/> and read back equal by <see cref="ModelReader"/>. Also what each file's key of the
    /// table's entries it reads is hashed from (<see cref="ScopeKeys"/>), so everything a value holds is written.
    /// </summary>
    internal static class ModelBinary
    {
        public static string NonNullText(this ModelReader reader) => reader.Text() ?? throw new InvalidDataException("A text is missing.");

        public static void Array<T>(this ModelWriter writer, EquatableArray<T> values, Action<ModelWriter, T> write)
            where T : IEquatable<T>
        {
            writer.Data.Write(values.Count);
            foreach (var value in values)
            {
                write(writer, value);
            }
        }

        public static EquatableArray<T> Array<T>(this ModelReader reader, Func<ModelReader, T> read)
            where T : IEquatable<T>
        {
            var count = reader.Count();
            var values = ImmutableArray.CreateBuilder<T>(count);
            for (var i = 0; i < count; i++)
            {
                values.Add(read(reader));
            }

            return values.MoveToImmutable().ToEquatableArray();
        }

        public static void Optional<T>(this ModelWriter writer, T? value, Action<ModelWriter, T> write)
            where T : class
        {
            writer.Data.Write(value is not null);
            if (value is not null)
            {
                write(writer, value);
            }
        }

        public static T? Optional<T>(this ModelReader reader, Func<ModelReader, T> read)
            where T : class => reader.Data.ReadBoolean() ? read(reader) : null;

        public static void OptionalValue<T>(this ModelWriter writer, T? value, Action<ModelWriter, T> write)
            where T : struct
        {
            writer.Data.Write(value.HasValue);
            if (value is { } present)
            {
                write(writer, present);
            }
        }

        public static T? OptionalValue<T>(this ModelReader reader, Func<ModelReader, T> read)
            where T : struct => reader.Data.ReadBoolean() ? read(reader) : null;

        public static void Location(this ModelWriter writer, LocationInfo location)
        {
            writer.Text(location.FilePath);
            writer.Data.Write(location.StartOffset);
            writer.Data.Write(location.EndOffset);
            writer.Data.Write(location.StartLine);
            writer.Data.Write(location.StartColumn);
            writer.Data.Write(location.EndLine);
            writer.Data.Write(location.EndColumn);
        }

        public static LocationInfo Location(this ModelReader reader) =>
            new(reader.NonNullText(), reader.Data.ReadInt32(), reader.Data.ReadInt32(), reader.Data.ReadInt32(), reader.Data.ReadInt32(), reader.Data.ReadInt32(), reader.Data.ReadInt32());

        public static void Located(this ModelWriter writer, LocatedText text)
        {
            writer.Text(text.Text);
            writer.Location(text.Location);
        }

        public static LocatedText Located(this ModelReader reader) => new(reader.NonNullText(), reader.Location());

        public static void Date(this ModelWriter writer, DateSpec date)
        {
            writer.Data.Write(date.Year);
            writer.Data.Write(date.Month);
            writer.Data.Write(date.Day);
            writer.Text(date.From);
            writer.Data.Write((int)date.Origin);
        }

        public static DateSpec Date(this ModelReader reader) =>
            new(reader.Data.ReadInt32(), reader.Data.ReadInt32(), reader.Data.ReadInt32(), reader.Text(), (DateOrigin)reader.Data.ReadInt32());

        public static void Value(this ModelWriter writer, ValueSpec value)
        {
            writer.Data.Write((int)value.Kind);
            writer.Data.Write(value.Amount);
            writer.Text(value.Unit);
            writer.Data.Write((int)value.TimeUnit);
            writer.Data.Write((int)value.Bound);
            writer.OptionalValue(value.Date, Date);
            writer.Optional(value.Entity, Located);
            writer.Text(value.Text);
        }

        public static ValueSpec Value(this ModelReader reader) =>
            new((ValueKind)reader.Data.ReadInt32(), reader.Data.ReadDecimal(), reader.NonNullText(), (TimeUnit)reader.Data.ReadInt32(), (Bound)reader.Data.ReadInt32(), reader.OptionalValue(Date), reader.Optional(Located), reader.NonNullText());

        public static void Diagnostic(this ModelWriter writer, DiagnosticInfo diagnostic)
        {
            writer.Text(diagnostic.Descriptor.Id);
            writer.Location(diagnostic.Location);
            writer.Array(diagnostic.MessageArgs, (w, arg) => w.Text(arg));
            writer.Array(diagnostic.AdditionalLocations, Location);
        }

        public static DiagnosticInfo Diagnostic(this ModelReader reader)
        {
            var id = reader.NonNullText();
            var descriptor = Descriptors.All.FirstOrDefault(d => d.Id == id) ?? throw new InvalidDataException("No diagnostic is " + id + ".");
            return new DiagnosticInfo(descriptor, reader.Location(), reader.Array(NonNullText), reader.Array(Location));
        }

        public static void Declaration(this ModelWriter writer, Declaration declaration)
        {
            writer.Located(declaration.Id);
            writer.Data.Write((int)declaration.Kind);
            writer.Data.Write(declaration.Index);
            writer.Data.Write(declaration.HasErrors);
            writer.Text(declaration.Label);
            writer.OptionalValue(declaration.Published, Date);
            writer.Optional(declaration.TextPath, Located);
            writer.Optional(declaration.SupersededBy, Located);
            writer.Data.Write(declaration.EntityKind is { } kind ? (int)kind : -1);
            writer.Array(declaration.Aliases, (w, alias) => w.Text(alias));
        }

        public static Declaration Declaration(this ModelReader reader) =>
            new(reader.Located(), (ItemKind)reader.Data.ReadInt32(), reader.Data.ReadInt32(), reader.Data.ReadBoolean(), reader.Text(),
                reader.OptionalValue(Date), reader.Optional(Located), reader.Optional(Located), reader.Data.ReadInt32() is var kind and >= 0 ? (EntityKind)kind : null, reader.Array(NonNullText));

        public static void Declarations(this ModelWriter writer, FileDeclarations file)
        {
            writer.Text(file.Path);
            writer.Array(file.Items, Declaration);
            writer.Data.Write(file.AllIdsRead);
        }

        public static FileDeclarations Declarations(this ModelReader reader) => new(reader.NonNullText(), reader.Array(Declaration), reader.Data.ReadBoolean());

        public static void Claim(this ModelWriter writer, ClaimFacts claim)
        {
            writer.Text(claim.Id);
            writer.Text(claim.FilePath);
            writer.Data.Write(claim.Line);
            writer.Data.Write(claim.Column);
            writer.Text(claim.FileKey);
            writer.Text(claim.Subject);
            writer.Text(claim.Predicate);
            writer.Value(claim.Value);
            writer.Text(claim.SaidBy);
            writer.Text(claim.Source);
            writer.OptionalValue(claim.Date, Date);
            writer.OptionalValue(claim.AsOf, Date);
            writer.Data.Write(claim.DisputedWithNote);
        }

        public static ClaimFacts Claim(this ModelReader reader) =>
            new(reader.NonNullText(), reader.NonNullText(), reader.Data.ReadInt32(), reader.Data.ReadInt32(), reader.NonNullText(), reader.NonNullText(), reader.NonNullText(), reader.Value(),
                reader.NonNullText(), reader.NonNullText(), reader.OptionalValue(Date), reader.OptionalValue(Date), reader.Data.ReadBoolean());

        public static void Claims(this ModelWriter writer, FileClaimFacts file)
        {
            writer.Text(file.Path);
            writer.Array(file.Claims, Claim);
            writer.Optional(file.Failure, Diagnostic);
        }

        public static FileClaimFacts Claims(this ModelReader reader) => new(reader.NonNullText(), reader.Array(Claim), reader.Optional(Diagnostic));

        public static void Conflict(this ModelWriter writer, ClaimConflict conflict)
        {
            writer.Text(conflict.ClaimId);
            writer.Text(conflict.OtherId);
            writer.Text(conflict.OtherFileKey);
            writer.Array(conflict.WarningArgs, (w, arg) => w.Text(arg));
        }

        public static ClaimConflict Conflict(this ModelReader reader) => new(reader.NonNullText(), reader.NonNullText(), reader.NonNullText(), reader.Array(NonNullText));

        public static void Literals(this ModelWriter writer, FileLiterals literals)
        {
            writer.Text(literals.Path);
            writer.Array(literals.Values, (w, value) => w.Text(value));
            writer.Data.Write(literals.Bytes);
        }

        public static FileLiterals Literals(this ModelReader reader) => new(reader.NonNullText(), reader.Array(NonNullText), reader.Data.ReadInt64());

        /// <summary>An output without its source, which the task keeps as a file of its own.</summary>
        public static void OutputWithoutSource(this ModelWriter writer, GeneratorOutput output)
        {
            writer.Text(output.HintName);
            writer.Array(output.Diagnostics, Diagnostic);
            writer.Data.Write(output.ReportDiagnostics);
            writer.Optional(output.Literals, Literals);
        }

        public static GeneratorOutput OutputWithoutSource(this ModelReader reader) =>
            new(reader.Text(), null, reader.Array(Diagnostic), reader.Data.ReadBoolean(), reader.Optional(Literals));

        public static void Symbol(this ModelWriter writer, SymbolEntry entry)
        {
            writer.Text(entry.Id);
            writer.Data.Write((int)entry.Kind);
            writer.Text(entry.FilePath);
            writer.Text(entry.FileKey);
            writer.Data.Write(entry.Index);
            writer.Data.Write(entry.IsValid);
            writer.Text(entry.Label);
            writer.OptionalValue(entry.Published, Date);
            writer.Text(entry.ArticlePath);
            writer.Text(entry.ArticleWritten);
            writer.Text(entry.SupersededBy);
            writer.Data.Write(entry.EntityKind is { } kind ? (int)kind : -1);
            writer.Array(entry.Aliases, (w, alias) => w.Text(alias));
        }
    }
}
