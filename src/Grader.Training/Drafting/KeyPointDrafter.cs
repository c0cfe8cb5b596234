using Grader.Rubrics;

namespace Grader.Drafting;

/// <summary>
/// Drafts key points from the model essays' content paragraphs (all prose paragraphs, less the introduction and
/// conclusion of an essay of four or more): a paragraph of up to <c>maxSentences</c> sentences is one point; a longer one
/// is cut into runs of about equal length, each a claim with its support. The point's text is the sentences as written,
/// and its id the words that most set it apart (by how specific they are in general English).
/// </summary>
internal static class KeyPointDrafter
{
    public static IReadOnlyList<DraftedKeyPoint> Draft(IReadOnlyList<ModelEssayReading> readings, int maxSentences, bool wholeEssay)
    {
        var points = new List<DraftedKeyPoint>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reading in readings)
        {
            foreach (var paragraph in wholeEssay ? reading.Document.Paragraphs : reading.BodyParagraphs())
            {
                var count = paragraph.SentenceCount;
                var runs = (count + maxSentences - 1) / maxSentences;
                for (var r = 0; r < runs; r++)
                {
                    var first = paragraph.FirstSentence + (r * count / runs);
                    var end = paragraph.FirstSentence + ((r + 1) * count / runs);
                    var span = reading.SpanOfSentences(first, end);
                    var text = reading.Quote(span);
                    if (DraftWords.Words(text).Count(w => DraftWords.IsContent(w.Word)) < 3)
                    {
                        continue;
                    }

                    var id = DraftIds.Unique(IdFor(text), ids);
                    var where = runs == 1 ? $"paragraph {paragraph.Index + 1}" : $"sentences {first - paragraph.FirstSentence + 1}–{end - paragraph.FirstSentence} of paragraph {paragraph.Index + 1}";
                    points.Add(new DraftedKeyPoint(new KeyPoint(id, text), reading.Origin("key point", id, span, where)));
                }
            }
        }

        return points;
    }

    /// <summary>The two or three words of <paramref name="text"/> that are most specific, weighted by how often it uses them.</summary>
    private static string IdFor(string text)
    {
        var top = DraftWords.Words(text)
            .Select(w => w.Word)
            .Where(DraftWords.IsContent)
            .GroupBy(w => w, StringComparer.Ordinal)
            .Select(g => (Word: g.Key, Score: (1 + Math.Log(g.Count())) * DraftWords.Specificity(g.Key)))
            .OrderByDescending(w => w.Score)
            .ThenBy(w => w.Word, StringComparer.Ordinal)
            .Take(3)
            .Select(w => w.Word);
        return DraftIds.Slug(string.Join(' ', top), 3);
    }
}
