using System.Globalization;
using Grader.Loading;
using Grader.Scoring;

namespace Grader.Hosting.Core;

/// <summary>
/// Every call this package makes into the Grader library, in one place: loading a question (the runtime always reads
/// the saved similarity model: a missing or stale one is a load problem), making its grader with the essay-length
/// limit, the warm-up sample and the library's telemetry names.
/// </summary>
internal static class GraderCore
{
    /// <summary>The name of the library's <see cref="System.Diagnostics.Metrics.Meter"/> (grades by status, duration, essay length).</summary>
    public const string MeterName = Grader.Diagnostics.GraderDiagnostics.MeterName;

    /// <summary>The name of the library's <see cref="System.Diagnostics.ActivitySource"/> (one activity per essay graded).</summary>
    public const string ActivitySourceName = Grader.Diagnostics.GraderDiagnostics.ActivitySourceName;

    public static LoadResult<MarkScheme> Load(string rubricPath) => MarkScheme.Load(rubricPath);

    public static EssayGrader CreateGrader(MarkScheme scheme, int maxEssayLength) => new(scheme, new GraderOptions { MaxEssayLength = maxEssayLength });

    /// <summary>Grades <paramref name="essay"/>: an essay longer than the grader's limit comes back as an error grade (the library's own check).</summary>
    public static GradeResult Grade(EssayGrader grader, string essay) => grader.Grade(essay);

    /// <summary>Why an essay of <paramref name="length"/> characters is not graded, and what to do.</summary>
    public static string TooLongMessage(int length, int maxEssayLength) => string.Create(
        CultureInfo.InvariantCulture,
        $"The essay is {length:N0} characters long, over the limit of {maxEssayLength:N0}. Check that it is one essay, or raise the limit (MaxEssayLength).");

    /// <summary>
    /// A text to warm the grader up with: the model essay when the rubric names one, else the question followed by
    /// every level descriptor of every criterion (text the question's own checks and vocabulary respond to).
    /// </summary>
    public static string WarmUpSample(MarkScheme scheme)
    {
        if (scheme.ModelEssay is { } essay)
        {
            return essay;
        }

        var rubric = scheme.Rubric;
        var paragraphs = new List<string> { rubric.Question };
        foreach (var criterion in rubric.Criteria)
        {
            paragraphs.AddRange(criterion.Levels.Select(level => level.Descriptor));
        }

        return string.Join("\n\n", paragraphs);
    }

    /// <summary>A one-line description of a loaded question for the load notice.</summary>
    public static string Describe(MarkScheme scheme) => string.Create(
        CultureInfo.InvariantCulture,
        $"rubric '{scheme.Rubric.Id}', {scheme.Rubric.Criteria.Count} criteria, out of {scheme.Rubric.MaxMark}; {scheme.DescribeSimilarityModel()}");

    public static int MaxMark(MarkScheme scheme) => scheme.Rubric.MaxMark;
}
