using System.Text;
using Microsoft.CodeAnalysis;

namespace FactCorpus.Generator.Diagnostics
{
    /// <summary>
    /// Every diagnostic FactCorpus reports. Ids: FC0xxx reading YAML, FC1xxx fields and values, FC2xxx ids and
    /// references across the corpus, FC3xxx evidence against the article texts, FC4xxx consistency across sources. Keep docs/diagnostics.md and
    /// AnalyzerReleases.Unshipped.md in step (a test checks both). Each descriptor links to its section of
    /// docs/diagnostics.md, whose heading must read "### {id}: {title}" (a test checks the anchor).
    /// </summary>
    internal static class Descriptors
    {
        /// <summary>
        /// Where docs/diagnostics.md is published: the one place to change when the repository moves. Help links
        /// are this plus the anchor of the descriptor's section.
        /// </summary>
        public const string HelpBaseUri = "https://github.com/factcorpus/factcorpus/blob/main/docs/diagnostics.md";

        private const string Category = "FactCorpus";

        public static readonly DiagnosticDescriptor InvalidYaml = Error(
            "FC0001", "Invalid YAML", "Invalid YAML: {0}");

        public static readonly DiagnosticDescriptor InternalError = Error(
            "FC0002", "FactCorpus could not process a file", "FactCorpus could not process this file ({0}); nothing was generated from it");

        public static readonly DiagnosticDescriptor MultipleDocuments = Error(
            "FC0003", "More than one YAML document", "A *.facts.yaml file holds one YAML document; found a second one here");

        public static readonly DiagnosticDescriptor LimitExceeded = Error(
            "FC0004", "A size limit is exceeded", "Limit exceeded: {0}; the rest of this file is not read");

        public static readonly DiagnosticDescriptor NotUtf8 = Error(
            "FC0005", "File is not UTF-8", "The file is not valid UTF-8 (the compiler read it as {0}); save it as UTF-8");

        public static readonly DiagnosticDescriptor CorpusTooLarge = Error(
            "FC0007", "Corpus too large for one assembly", "The corpus's strings take {0} bytes of the {1} that C# allows the string literals of one assembly (CS8103); split the corpus into several projects, starting with this, its largest file");

        public static readonly DiagnosticDescriptor TooManyItemsForOneClass = Error(
            "FC0008", "Too many items of one kind for this C# version", "The corpus declares {0} {1}, more than the {2} that one class ({3}) can hold; past that FactCorpus declares them in C# 14 extension blocks, but this project compiles C# {4}: set <LangVersion>14</LangVersion> or latest (with the .NET 10 SDK or newer), or split the corpus into several projects");

        public static readonly DiagnosticDescriptor GeneratedAheadForOtherInputs = Error(
            "FC0009", "Code generated ahead for other inputs", "The C# that MSBuild generated ahead of the compiler from the *.facts.yaml files (in {0}) does not fit this compilation: {1}. Build again; if this stays, set <FactCorpusGenerateAhead>false</FactCorpusGenerateAhead> in the project");

        public static readonly DiagnosticDescriptor TooManyDiagnostics = Warning(
            "FC0006", "Too many errors in one file", "{0} more diagnostics of this file are not shown; fix the ones above first");

        public static readonly DiagnosticDescriptor UnknownField = Error(
            "FC1001", "Unknown field", "Unknown field '{0}' in {1}{2}; expected one of: {3}");

        public static readonly DiagnosticDescriptor MissingField = Error(
            "FC1002", "Missing required field", "{0} is missing the required field '{1}'");

        public static readonly DiagnosticDescriptor WrongNodeType = Error(
            "FC1003", "Wrong value type", "{0} must be {1}, found {2}");

        public static readonly DiagnosticDescriptor InvalidChoice = Error(
            "FC1004", "Value not allowed", "{0} must be one of {1}, found '{2}'{3}");

        public static readonly DiagnosticDescriptor InvalidDate = Error(
            "FC1005", "Malformed date", "{0} must be a calendar date: {1}");

        public static readonly DiagnosticDescriptor InvalidNumber = Error(
            "FC1006", "Malformed number", "{0} must be a number such as 30 or 5.5, found {1}");

        public static readonly DiagnosticDescriptor InvalidId = Error(
            "FC1007", "Malformed id", "{0} must be an id of ASCII letters, digits and '_' starting with a letter, found '{1}'");

        public static readonly DiagnosticDescriptor DuplicateField = Error(
            "FC1008", "Field given twice", "Field '{0}' is given twice in {1}{2}");

        public static readonly DiagnosticDescriptor EmptyList = Error(
            "FC1009", "Empty list", "{0} must have at least one entry");

        public static readonly DiagnosticDescriptor InconsistentFields = Error(
            "FC1010", "Inconsistent fields", "{0}: {1}");

        public static readonly DiagnosticDescriptor DuplicateId = Error(
            "FC2001", "Duplicate id", "Id '{0}' is declared twice, here and first at {1}; ids are unique across the whole corpus, so this later declaration (in path order, then line order) is left out");

        public static readonly DiagnosticDescriptor MemberNameCollision = Error(
            "FC2002", "Ids collide as C# names", "Id '{0}' becomes the C# name '{1}', as id '{2}' at {3} does; rename one of them");

        public static readonly DiagnosticDescriptor UnknownReference = Error(
            "FC2003", "Unknown id", "{0} refers to '{1}', which no *.facts.yaml file of the corpus declares{2}");

        public static readonly DiagnosticDescriptor WrongReferenceKind = Error(
            "FC2004", "Reference to the wrong kind of item", "{0} must refer to {1}, but '{2}' is {3}");

        public static readonly DiagnosticDescriptor ReservedName = Error(
            "FC2005", "Id maps to a reserved C# name", "Id '{0}' becomes the C# name '{1}', which the generated code uses itself; rename the id");

        public static readonly DiagnosticDescriptor SupersedeCycle = Error(
            "FC2006", "Supersede cycle", "{0}: a replacement cannot lead back to the claim it replaces");

        public static readonly DiagnosticDescriptor EvidenceNotFound = Error(
            "FC3001", "Evidence not in the article", "{0} does not occur in the text of source '{1}' ({2}), even after normalising white space, quotes and dashes{3}");

        public static readonly DiagnosticDescriptor QuoteNotFound = Error(
            "FC3002", "Direct quote not in the article", "{0} is a direct quote, but these words do not occur in the text of source '{1}' ({2}){3}");

        public static readonly DiagnosticDescriptor ArticleNotFound = Error(
            "FC3003", "Article text not found", "{0} names '{1}', but no AdditionalFile of the project has the path {2}{3}");

        public static readonly DiagnosticDescriptor AttributionNotShown = Warning(
            "FC3004", "Evidence does not show who said it", "No evidence of {0} names who said it, {1}: no sentence of the article that holds {2} mentions {3}; extend an excerpt to the words that name the speaker, or add an excerpt from a sentence that does");

        public static readonly DiagnosticDescriptor ClaimsConflict = Warning(
            "FC4001", "Claims conflict", "{0} says the {1} of {2} is {3} ({4}), but {5} at {6} says {7} ({8}): both cannot hold at one time. If the sources disagree, mark both claims 'status: disputed' with a 'note'; if one replaces the other, mark the older 'status: superseded' with 'superseded_by'");

        /// <summary>Every descriptor, for the analyzer's SupportedDiagnostics.</summary>
        public static readonly System.Collections.Immutable.ImmutableArray<DiagnosticDescriptor> All = System.Collections.Immutable.ImmutableArray.Create(
            InvalidYaml, InternalError, MultipleDocuments, LimitExceeded, NotUtf8, TooManyDiagnostics, CorpusTooLarge, TooManyItemsForOneClass, GeneratedAheadForOtherInputs, UnknownField, MissingField, WrongNodeType, InvalidChoice, InvalidDate,
            InvalidNumber, InvalidId, DuplicateField, EmptyList, InconsistentFields, DuplicateId, MemberNameCollision,
            UnknownReference, WrongReferenceKind, ReservedName, SupersedeCycle, EvidenceNotFound, QuoteNotFound, ArticleNotFound, AttributionNotShown, ClaimsConflict);

        private static DiagnosticDescriptor Error(string id, string title, string message) =>
            Create(id, title, message, DiagnosticSeverity.Error);

        private static DiagnosticDescriptor Warning(string id, string title, string message) =>
            Create(id, title, message, DiagnosticSeverity.Warning);

        private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
            new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpBaseUri + "#" + Anchor(id + ": " + title));

        /// <summary>GitHub's anchor for a heading: lower case, punctuation other than '-' and '_' dropped, spaces become '-'.</summary>
        private static string Anchor(string heading)
        {
            var anchor = new StringBuilder(heading.Length);
            foreach (var c in heading.ToLowerInvariant())
            {
                if (c == ' ')
                {
                    anchor.Append('-');
                }
                else if (char.IsLetterOrDigit(c) || c is '-' or '_')
                {
                    anchor.Append(c);
                }
            }

            return anchor.ToString();
        }
    }
}
