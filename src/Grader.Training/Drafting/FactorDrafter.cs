using Grader.Rubrics;

namespace Grader.Drafting;

/// <summary>
/// Drafts the factors a balanced answer weighs, one per content paragraph of the model essay: the paragraph's names and
/// most specific words that few other paragraphs use (and that are not the question's subject) are its terms, the first
/// two its name. A paragraph without two such words gives no factor.
/// </summary>
internal static class FactorDrafter
{
    private const int TermsPerFactor = 5;

    public static IReadOnlyList<DraftedFactor> Draft(IReadOnlyList<ModelEssayReading> readings, IReadOnlyList<DraftedEntity> entities, ModelVocabulary vocabulary, IReadOnlyCollection<string> questionTerms)
    {
        var factors = new List<DraftedFactor>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(questionTerms.Select(t => t.ToLowerInvariant()), StringComparer.Ordinal);
        var spread = Math.Max(2, vocabulary.ParagraphCount / 4);
        foreach (var reading in readings)
        {
            foreach (var paragraph in reading.BodyParagraphs())
            {
                var span = paragraph.Span;
                var names = entities
                    .Where(e => HomeOf(e) == (reading, paragraph.Index) && e.Forms.All(f => !taken.Contains(f.ToLowerInvariant())))
                    .Select(e => (Term: e.Name, Score: 12.0 + e.Occurrences.Count(o => o.Reading == reading && span.Contains(o.Span))));
                var words = DraftWords.Words(reading.Text.Substring(span.Start, span.Length))
                    .Select(w => reading.Text.Substring(span.Start + w.Span.Start, w.Span.Length).ToLowerInvariant())
                    .Where(w => DraftWords.IsContent(w) && vocabulary.Paragraphs(w) <= spread && !taken.Contains(w) && !taken.Any(t => DraftWords.SameWord(t, w)))
                    .GroupBy(w => w, StringComparer.Ordinal)
                    .Select(g => (Term: g.Key, Score: (1 + Math.Log(g.Count())) * DraftWords.Specificity(g.Key)));
                var terms = names.Concat(words)
                    .OrderByDescending(t => t.Score)
                    .ThenBy(t => t.Term, StringComparer.Ordinal)
                    .Select(t => t.Term)
                    .Where(t => !names.Any(n => n.Term != t && n.Term.Contains(t, StringComparison.OrdinalIgnoreCase)))
                    .Take(TermsPerFactor)
                    .ToArray();
                if (terms.Length < 2)
                {
                    continue;
                }

                var name = $"{terms[0]} and {terms[1]}";
                var id = DraftIds.Unique(DraftIds.Slug($"{terms[0]} {terms[1]}", 4), ids);
                factors.Add(new DraftedFactor(new AlternativeFactor(id, name, terms), reading.Origin("factor", id, span, $"the names and specific words of paragraph {paragraph.Index + 1} that few other paragraphs use")));
            }
        }

        return factors;
    }

    /// <summary>The paragraph that uses a name most (the earliest of those that tie): the one whose factor it belongs to.</summary>
    private static (ModelEssayReading Reading, int Paragraph) HomeOf(DraftedEntity entity) =>
        entity.Occurrences
            .GroupBy(o => (o.Reading, o.Reading.Document.Sentences[o.Sentence].Paragraph))
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.First().Span.Start)
            .First().Key;
}
