using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace FactCorpus.Model
{
    /// <summary>
    /// The corpus as schema.org JSON-LD, for web pages that embed structured data: a claim is a <c>Claim</c> (its
    /// <c>author</c> who said it, its <c>appearance</c> the source as a <c>NewsArticle</c>, its <c>about</c> the
    /// subject), a quote a <c>Quotation</c>, an event an <c>Event</c> with its location and participants, a source a
    /// <c>NewsArticle</c>, an entity a <c>Person</c>, <c>Country</c>, <c>Organization</c>, <c>Place</c> or <c>Thing</c>;
    /// each item's id is its <c>@id</c>. The one mapping of items to schema.org: <see cref="CorpusItem.ToJsonLd"/> writes
    /// through it, and so should any export of a whole corpus. Written by hand, so the package adds no dependency.
    /// </summary>
    public static class JsonLd
    {
        private const string Context = "https://schema.org";

        /// <summary>One document whose <c>@graph</c> holds a node for each item, in the order given.</summary>
        public static string Graph(IEnumerable<CorpusItem> items)
        {
            var json = new StringBuilder("{\"@context\":\"").Append(Context).Append("\",\"@graph\":[");
            var first = true;
            foreach (var item in items)
            {
                if (!first)
                {
                    json.Append(',');
                }

                first = false;
                Node(json, item, withContext: false);
            }

            return json.Append("]}").ToString();
        }

        /// <summary>The item's node as a document of its own, with the schema.org <c>@context</c>.</summary>
        public static string Of(CorpusItem item)
        {
            var json = new StringBuilder();
            Node(json, item, withContext: true);
            return json.ToString();
        }

        private static void Node(StringBuilder json, CorpusItem item, bool withContext)
        {
            var node = new NodeWriter(json);
            if (withContext)
            {
                node.Property("@context", Context);
            }

            switch (item)
            {
                case Claim claim:
                    node.Property("@type", "Claim").Property("@id", claim.Id).Property("text", claim.Statement);
                    node.Object("author", claim.SaidBy, Reference).Object("about", claim.Subject, Reference).Object("appearance", claim.Source, Article);
                    node.Property("dateCreated", claim.Date?.ToString()).Property("creativeWorkStatus", Name(claim.Status.ToString()));
                    node.Property("description", claim.Note).Strings("citation", claim.Evidence);
                    break;
                case Quote quote:
                    node.Property("@type", "Quotation").Property("@id", quote.Id).Property("text", quote.Text);
                    node.Object("spokenByCharacter", quote.Speaker, Reference).Object("isPartOf", quote.Source, Article);
                    node.Property("dateCreated", quote.Date?.ToString()).Strings("citation", quote.Evidence);
                    break;
                case Event happening:
                    node.Property("@type", "Event").Property("@id", happening.Id).Property("name", happening.Summary).Property("additionalType", happening.Type);
                    node.Property("startDate", happening.Date?.ToString()).Object("location", happening.Location, Reference);
                    // schema.org's Role pattern: the participant's role around the entity.
                    node.Objects("attendee", happening.Participants, (role, participant) => role.Property("@type", "Role").Property("roleName", participant.Role).Object("attendee", participant.Entity, Reference));
                    node.Object("subjectOf", happening.Source, Article).Strings("citation", happening.Evidence);
                    break;
                case Source source:
                    Article(node, source);
                    break;
                case Entity entity:
                    Reference(node, entity);
                    node.Strings("alternateName", entity.Aliases).Property("description", entity.Description);
                    break;
            }

            node.End();
        }

        /// <summary>An item another item points at: its id, its type and its name, so a reader needs no other node.</summary>
        private static void Reference(NodeWriter node, CorpusItem item)
        {
            switch (item)
            {
                case Entity entity:
                    node.Property("@type", Type(entity.Kind)).Property("@id", entity.Id).Property("name", entity.Name);
                    break;
                case Source source:
                    Article(node, source);
                    break;
            }
        }

        private static void Article(NodeWriter node, Source source) =>
            node.Property("@type", "NewsArticle").Property("@id", source.Id).Property("headline", source.Title).Property("url", source.Url)
                .Property("datePublished", source.Published?.ToString()).Object("publisher", source.Publisher, (publisher, name) => publisher.Property("@type", "Organization").Property("name", name));

        private static string Type(EntityKind kind) => kind switch
        {
            EntityKind.Person => "Person",
            EntityKind.Country => "Country",
            EntityKind.Organization or EntityKind.Group => "Organization",
            EntityKind.Place => "Place",
            _ => "Thing",
        };

        /// <summary>"Disputed" as the YAML writes it: "disputed".</summary>
        private static string Name(string member) => member.ToLowerInvariant();

        /// <summary>Writes one JSON object, leaving out properties whose value is null or empty.</summary>
        private sealed class NodeWriter
        {
            private readonly StringBuilder json;
            private bool empty = true;

            public NodeWriter(StringBuilder json)
            {
                this.json = json;
                json.Append('{');
            }

            public NodeWriter Property(string name, string? value)
            {
                if (value is not null)
                {
                    Key(name);
                    String(json, value);
                }

                return this;
            }

            public NodeWriter Strings(string name, IReadOnlyList<string> values)
            {
                if (values.Count > 0)
                {
                    Key(name);
                    json.Append('[');
                    for (var i = 0; i < values.Count; i++)
                    {
                        String(i == 0 ? json : json.Append(','), values[i]);
                    }

                    json.Append(']');
                }

                return this;
            }

            public NodeWriter Object<T>(string name, T? value, System.Action<NodeWriter, T> write)
                where T : class
            {
                if (value is not null)
                {
                    Key(name);
                    var node = new NodeWriter(json);
                    write(node, value);
                    node.End();
                }

                return this;
            }

            public NodeWriter Objects<T>(string name, IReadOnlyList<T> values, System.Action<NodeWriter, T> write)
            {
                if (values.Count > 0)
                {
                    Key(name);
                    json.Append('[');
                    for (var i = 0; i < values.Count; i++)
                    {
                        var node = new NodeWriter(i == 0 ? json : json.Append(','));
                        write(node, values[i]);
                        node.End();
                    }

                    json.Append(']');
                }

                return this;
            }

            public void End() => json.Append('}');

            private void Key(string name)
            {
                if (!empty)
                {
                    json.Append(',');
                }

                empty = false;
                String(json, name);
                json.Append(':');
            }

            /// <summary>
            /// A JSON string. '&lt;', '&gt;' and '&amp;' are escaped too, so the JSON can go inside an HTML
            /// &lt;script&gt; element as it is (a "&lt;/script&gt;" in a quote cannot end it).
            /// </summary>
            private static void String(StringBuilder json, string value)
            {
                json.Append('"');
                foreach (var c in value)
                {
                    switch (c)
                    {
                        case '"': json.Append("\\\""); break;
                        case '\\': json.Append("\\\\"); break;
                        case '\n': json.Append("\\n"); break;
                        case '\r': json.Append("\\r"); break;
                        case '\t': json.Append("\\t"); break;
                        default:
                            if (c < ' ' || c is '<' or '>' or '&' or '\u2028' or '\u2029')
                            {
                                json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                            }
                            else
                            {
                                json.Append(c);
                            }

                            break;
                    }
                }

                json.Append('"');
            }
        }
    }
}
