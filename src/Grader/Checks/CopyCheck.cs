using System.Globalization;
using Grader.Scoring;

namespace Grader.Checks;

/// <summary>
/// Copies of the model essay: flags an essay when 35% or more of its six-word runs appear in the model essay, or its
/// whole-essay cosine with the model essay (similarity model) is 0.9 or more.
/// </summary>
internal sealed class CopyCheck : IEssayCheck
{
    /// <summary>Whole-essay cosine above which an essay is taken to be a copy of the model essay.</summary>
    internal const double CopyAt = 0.9;

    public void Run(EssayFacts facts, MarkingResources resources, SignalBoard board)
    {
        var document = facts.Document;
        if (document.Paragraphs.Count == 0)
        {
            return;
        }

        var toModel = resources.Similarity is { } model ? WholeCosine(document, model) : 0;
        var copied = resources.ModelEssayShingles.ShareContained(document, document.TokenRange(document.Paragraphs[0]).First, document.TokenRange(document.Paragraphs[^1]).End);
        if (copied >= 0.35 || toModel >= CopyAt)
        {
            board.Flag(
                FlagCodes.CopiedModelEssay,
                FlagKind.Advisory,
                string.Create(CultureInfo.InvariantCulture, $"{copied:P0} of the essay's six-word runs appear in the model essay (similarity {toModel:0.00}): it looks copied."),
                document.Sentences[document.Paragraphs[0].FirstSentence].Span);
        }
    }

    /// <summary>The cosine of the essay's paragraphs together with the model essay.</summary>
    private static double WholeCosine(Text.EssayDocument document, Similarity.SimilarityModel model)
    {
        var spans = document.Paragraphs.Select(p => p.Span).ToArray();
        var whole = new double[model.EssayReferences.Count];
        model.ScoreParts(document.Text, spans, new double[spans.Length * model.KeyPointReferences.Count], whole);
        return whole[0];
    }
}
