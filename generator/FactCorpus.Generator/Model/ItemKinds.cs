using System.Collections.Immutable;
using System.Linq;

namespace FactCorpus.Generator.Model
{
    /// <summary>
    /// What the generator says and writes about one kind of item: its YAML section, its generated class and runtime
    /// type, how a message names it, and its class's summary.
    /// </summary>
    internal sealed record ItemKindInfo(ItemKind Kind, string Section, string ClassName, string TypeName, string Described, string Summary);

    /// <summary>
    /// The one table of item kinds, in the order of the format's sections. Everything that lists the kinds (section
    /// names, generated classes, reserved names, messages) reads it here instead of spelling its own list.
    /// </summary>
    internal static class ItemKinds
    {
        public static readonly ImmutableArray<ItemKindInfo> All = ImmutableArray.Create(
            new ItemKindInfo(ItemKind.Source, Section: "sources", ClassName: "Sources", TypeName: "Source", Described: "a source",
                Summary: "The sources (articles) of the corpus."),
            new ItemKindInfo(ItemKind.Entity, Section: "entities", ClassName: "Entities", TypeName: "Entity", Described: "an entity",
                Summary: "The people, countries, organizations, places, groups, unnamed actors and topics of the corpus."),
            new ItemKindInfo(ItemKind.Claim, Section: "claims", ClassName: "Claims", TypeName: "Claim", Described: "a claim",
                Summary: "What the sources claim, attributed: each claim records that something was said, not that it is true."),
            new ItemKindInfo(ItemKind.Quote, Section: "quotes", ClassName: "Quotes", TypeName: "Quote", Described: "a quote",
                Summary: "What speakers said, verbatim or as reported speech."),
            new ItemKindInfo(ItemKind.Event, Section: "events", ClassName: "Events", TypeName: "Event", Described: "an event",
                Summary: "Events as the sources report them."));

        public static ItemKindInfo Of(ItemKind kind)
        {
            // A loop, not First with a lambda: hover docs ask this for every link, and the lambda's capture is an allocation a call.
            foreach (var info in All)
            {
                if (info.Kind == kind)
                {
                    return info;
                }
            }

            throw new System.ArgumentOutOfRangeException(nameof(kind), kind, "not one kind of item");
        }

        /// <summary>How a message names the kinds a reference allows: "an entity", "a source or an entity".</summary>
        public static string Describe(ItemKind kinds) => string.Join(" or ", All.Where(k => (k.Kind & kinds) != 0).Select(k => k.Described));
    }
}
