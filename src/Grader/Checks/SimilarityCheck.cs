using System.Globalization;
using Grader.Scoring;
using Grader.Similarity;
using Grader.Text;

namespace Grader.Checks;

/// <summary>
/// Similarity to the model answer (the ML.NET-fitted TF-IDF model): for each key point, how well the essay's best
/// paragraph covers it and where; and whole-essay similarity to the model essay and any exemplars. These inform
/// evidence, relevance and balance but never decide a criterion alone. (Copies of the model essay are found by
/// <see cref="Screening.CopyScreen"/>.)
/// </summary>
internal sealed class SimilarityCheck : IEssayCheck
{
    /// <summary>Cosine between a paragraph and a key point at which the point counts as fully covered.</summary>
    internal const double CoveredAt = 0.40;

    /// <summary>The share of key points that, fully covered, earns full credit (no essay makes every point).</summary>
    internal const double TargetShare = 0.6;

    /// <summary>Whole-essay cosine with the model essay that earns full credit.</summary>
    internal const double EssayAt = 0.7;

    public void Run(EssayFacts facts, MarkingResources resources, SignalBoard board)
    {
        var model = resources.Similarity;
        var document = facts.Document;
        if (model is null || document.Paragraphs.Count == 0)
        {
            board.Set(SignalCatalog.SimilarityCoverage, 0);
            board.Set(SignalCatalog.SimilarityEssay, 0);
            board.Set(SignalCatalog.SimilarityCosine, 0);
            board.Set(SignalCatalog.SimilarityKeyPoints, 0);
            if (model is null)
            {
                board.Note(SignalCatalog.SimilarityCoverage, "No similarity model: the rubric names no model essay or key points.");
            }

            return;
        }

        var spans = new TextSpan[document.Paragraphs.Count];
        for (var p = 0; p < spans.Length; p++)
        {
            spans[p] = document.Paragraphs[p].Span;
        }

        var columns = model.KeyPointReferences.Count;
        var cosines = new double[(columns * spans.Length) + model.EssayReferences.Count];
        var whole = cosines.AsSpan(spans.Length * columns);
        model.ScoreParts(document.Text, spans, cosines.AsSpan(0, spans.Length * columns), whole);
        Coverage(document, model, cosines, columns, spans.Length, board);
        var best = whole[0];
        foreach (var exemplar in whole[1..])
        {
            best = Math.Max(best, exemplar);
        }

        board.Set(SignalCatalog.SimilarityEssay, best / EssayAt);
        board.Set(SignalCatalog.SimilarityCosine, best);
        board.Note(SignalCatalog.SimilarityEssay, string.Create(CultureInfo.InvariantCulture, $"Whole-essay similarity to the model answer: {best:0.00} (full credit at {EssayAt:0.00})."));
    }

    /// <summary>Key-point coverage from the cosines of each paragraph (rows) with each reference (columns, key points first).</summary>
    private static void Coverage(EssayDocument document, SimilarityModel model, double[] cosines, int columns, int paragraphs, SignalBoard board)
    {
        const string signal = SignalCatalog.SimilarityCoverage;
        var keyPoints = model.KeyPoints;
        if (keyPoints.Count == 0)
        {
            board.Set(signal, 0);
            board.Set(SignalCatalog.SimilarityKeyPoints, 0);
            board.Note(signal, "The answer key has no key points to cover.");
            return;
        }

        var sum = 0.0;
        var rawSum = 0.0;
        var covered = 0;
        for (var k = 0; k < keyPoints.Count; k++)
        {
            var keyPoint = keyPoints[k];
            var best = 0.0;
            var where = -1;
            for (var p = 0; p < paragraphs; p++)
            {
                var cosine = cosines[(p * columns) + k];
                if (cosine > best)
                {
                    best = cosine;
                    where = p;
                }
            }

            var coverage = Math.Min(1, best / CoveredAt);
            sum += coverage;
            rawSum += best;
            var quote = where >= 0 && best > 0 ? board.QuoteOf(document.Sentences[document.Paragraphs[where].FirstSentence].Span) : null;
            board.KeyPoints.Add(new KeyPointCoverage(keyPoint.Id, Math.Round(coverage, 3), Math.Round(best, 3), quote));
            if (coverage >= 1)
            {
                covered++;
            }
        }

        board.Set(signal, sum / (keyPoints.Count * TargetShare));
        board.Set(SignalCatalog.SimilarityKeyPoints, rawSum / keyPoints.Count);
        var summary = $"Covers {covered} of {keyPoints.Count} key points of the model answer fully (60% of them earns full credit).";
        if (sum >= keyPoints.Count * TargetShare / 2)
        {
            board.Earned(signal, summary);
        }
        else
        {
            board.Cost(signal, summary);
        }
    }
}
