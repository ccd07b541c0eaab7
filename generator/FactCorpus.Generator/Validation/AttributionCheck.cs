using System;
using FactCorpus.Generator.Diagnostics;
using FactCorpus.Generator.Model;

namespace FactCorpus.Generator.Validation
{
    /// <summary>
    /// FC3004: evidence must show who said it. A claim said by an entity, or a quote, passes when a sentence of the
    /// article (<see cref="ArticleSentences"/>) holding one of its excerpts, or a direct quote's text, names the speaker
    /// (<see cref="EntityMentions"/>): "According to Rubio, …" or "…, Rubio said". Any occurrence of an excerpt counts,
    /// so an excerpt the article repeats passes when one of its sentences names the speaker. A claim the source
    /// makes in its own voice has nothing to show.
    /// </summary>
    internal static class AttributionCheck
    {
        /// <param name="section">The item's section and <paramref name="id"/> its id: its YAML path (claims.talks_length), for the message.</param>
        /// <param name="speakerAt">The said_by or speaker reference, where the warning goes.</param>
        /// <param name="speaker">What it resolves to: an entity, or a source (then nothing is checked).</param>
        /// <param name="evidence">The item's evidence, whose texts occur in the article.</param>
        /// <param name="quoted">A direct quote's text, which occurs in the article too; else null.</param>
        /// <param name="held">How the message names the excerpts ("its evidence").</param>
        /// <returns>The warning, or null when an excerpt's sentence names the speaker.</returns>
        public static DiagnosticInfo? Check(string section, LocatedText id, LocatedText speakerAt, SymbolEntry speaker, ArticleText article, EquatableArray<LocatedText> evidence, LocatedText? quoted, string held)
        {
            if (speaker.Kind != ItemKind.Entity)
            {
                return null;
            }

            var mentions = EntityMentions.Of(speaker);
            if (mentions.IsEmpty)
            {
                return null;
            }

            var sentences = ArticleSentences.Of(article);
            foreach (var excerpt in evidence)
            {
                if (Named(sentences, mentions, excerpt))
                {
                    return null;
                }
            }

            return quoted is not null && Named(sentences, mentions, quoted) ? null
                : DiagnosticInfo.Create(Descriptors.AttributionNotShown, speakerAt.Location, section + "." + id.Text, speaker.Label ?? speaker.Id, held, mentions.Described);
        }

        /// <summary>Whether a sentence holding <paramref name="excerpt"/> names the speaker.</summary>
        private static bool Named(ArticleSentences sentences, EntityMentions mentions, LocatedText excerpt)
        {
            var text = sentences.Text;
            var normalized = TextNormalizer.Normalize(excerpt.Text);
            if (normalized.Length == 0)
            {
                return false;
            }

            for (var at = text.IndexOf(normalized, StringComparison.Ordinal); at >= 0; at = text.IndexOf(normalized, at + 1, StringComparison.Ordinal))
            {
                var (start, end) = sentences.Around(at, at + normalized.Length);
                if (mentions.In(text, start, end))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
