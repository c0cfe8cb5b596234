using Grader.Checks;
using Grader.Rubrics;
using Grader.Scoring;
using Grader.Text;

namespace Grader.Similarity;

/// <summary>
/// Builds the similarity model's training set from a mark scheme: the model essay's prose paragraphs with every
/// sentence that makes a factual error removed (so its errors earn nothing), the key points and the exemplars.
/// </summary>
internal static class SimilarityTrainingSetBuilder
{
    public static SimilarityTrainingSet? Build(string? modelEssay, AnswerKey answerKey, IReadOnlyList<string> exemplars, MarkingResources resources, EssayAnalyzer analyzer)
    {
        if (modelEssay is null && answerKey.KeyPoints.Count == 0 && exemplars.Count == 0)
        {
            return null;
        }

        var paragraphs = modelEssay is null ? new List<string>() : CleanParagraphs(modelEssay, resources, analyzer);
        var keyPoints = answerKey.KeyPoints.Select(k => new KeyPointText(k.Id, k.Text)).ToArray();
        return new SimilarityTrainingSet(string.Join("\n\n", paragraphs), paragraphs, keyPoints, exemplars);
    }

    /// <summary>
    /// The model essay's prose paragraphs without the sentences the evidence check flags as factual errors. A model
    /// answer in which the essay reading finds no prose (one short line without a full stop reads as a title) is
    /// read as prose whole: it is the answer, not a script that may begin with a title.
    /// </summary>
    internal static List<string> CleanParagraphs(string modelEssay, MarkingResources resources, EssayAnalyzer analyzer)
    {
        var document = analyzer.Analyze(modelEssay);
        if (document.Paragraphs.Count == 0)
        {
            document = analyzer.AnalyzeAsProse(modelEssay);
        }

        var facts = EssayFacts.Build(document, resources.Vocabulary);
        var board = new SignalBoard(document);
        new DatedEvidenceCheck().Run(facts, resources, board);
        var errors = new HashSet<int>();
        foreach (var flag in board.Flags)
        {
            if (flag.Code == FlagCodes.FactualError && flag.Quote is { } quote)
            {
                errors.Add(quote.Start);
            }
        }

        var paragraphs = new List<string>(document.Paragraphs.Count);
        foreach (var paragraph in document.Paragraphs)
        {
            var kept = new List<string>(paragraph.SentenceCount);
            foreach (var sentence in document.SentencesOf(paragraph))
            {
                if (!errors.Contains(sentence.Span.Start))
                {
                    kept.Add(document.Quote(sentence.Span));
                }
            }

            if (kept.Count > 0)
            {
                paragraphs.Add(string.Join(" ", kept));
            }
        }

        return paragraphs;
    }
}
