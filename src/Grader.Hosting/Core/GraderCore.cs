using System.Globalization;
using Grader.Loading;
using Grader.Scoring;

namespace Grader.Hosting.Core;

/// <summary>
/// Every call this package makes into the Grader library, in one place: loading a question (the runtime always reads
/// the saved similarity model: a missing or stale one is a load problem naming the file), making its grader within the
/// library's <see cref="GraderOptions"/>, and the warm-up samples.
/// </summary>
internal static class GraderCore
{
    public static LoadResult<MarkScheme> Load(string rubricPath) => MarkScheme.Load(rubricPath);

    /// <summary>The grader of <paramref name="scheme"/>; <paramref name="options"/> are copied (and were validated at start).</summary>
    public static EssayGrader CreateGrader(MarkScheme scheme, GraderOptions options) => new(scheme, options);

    /// <summary>Grades <paramref name="essay"/>: an empty one, or one over the grader's length limit, comes back as the library's error grade.</summary>
    public static GradeResult Grade(EssayGrader grader, string essay) => grader.Grade(essay);

    /// <summary>
    /// The texts to warm a question's grader up with, built from its own files (so nothing is specific to one question):
    /// <list type="number">
    /// <item>the question followed by every key point of the answer key: an on-topic answer that the screens leave
    /// whole, so every check and the similarity model run on it; without key points, the question followed by every
    /// level descriptor of every criterion;</item>
    /// <item>the model essay, when the rubric names one: the copy screen excludes it as a copy of itself, which runs
    /// the screening's exclusion path (the analysis again without the excluded text).</item>
    /// </list>
    /// </summary>
    public static IReadOnlyList<string> WarmUpSamples(MarkScheme scheme)
    {
        var rubric = scheme.Rubric;
        var paragraphs = new List<string> { rubric.Question };
        if (scheme.AnswerKey.KeyPoints.Count > 0)
        {
            paragraphs.AddRange(scheme.AnswerKey.KeyPoints.Select(point => point.Text));
        }
        else
        {
            paragraphs.AddRange(rubric.Criteria.SelectMany(criterion => criterion.Levels.Select(level => level.Descriptor)));
        }

        var answer = string.Join("\n\n", paragraphs);
        return scheme.ModelEssay is { } modelEssay ? [answer, modelEssay] : [answer];
    }

    /// <summary>A one-line description of a loaded question for the log.</summary>
    public static string Describe(MarkScheme scheme) => string.Create(
        CultureInfo.InvariantCulture,
        $"rubric '{scheme.Rubric.Id}', {scheme.Rubric.Criteria.Count} criteria, out of {scheme.Rubric.MaxMark}; {scheme.DescribeSimilarityModel()}");
}
