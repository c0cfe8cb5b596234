using Grader.Checks;
using Grader.Scoring;
using Grader.Text;

namespace Grader;

/// <summary>
/// Grades essays against a <see cref="MarkScheme"/>: analyses the text, runs every rule-based check and the
/// similarity model, and turns the signals into a level and mark per criterion with reasons. Thread-safe: share one
/// instance across threads.
/// </summary>
public sealed class EssayGrader
{
    private static readonly IEssayCheck[] Checks =
    [
        new SustainedJudgementCheck(),
        new DatedEvidenceCheck(),
        new BalanceCheck(),
        new AnalysisCheck(),
        new RelevanceCheck(),
        new StructureCheck(),
        new SimilarityCheck(),
        new CopyCheck(),
        new IntegrityCheck(),
    ];

    private readonly MarkScheme _scheme;

    public EssayGrader(MarkScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        _scheme = scheme;
    }

    public MarkScheme Scheme => _scheme;

    /// <summary>Grades one essay. An empty essay is not an exception: it comes back with status <see cref="GradeStatus.Error"/>.</summary>
    public GradeResult Grade(string essay)
    {
        ArgumentNullException.ThrowIfNull(essay);
        var rubric = _scheme.Rubric;
        if (string.IsNullOrWhiteSpace(essay))
        {
            return Failed("The essay is empty: there is nothing to mark.");
        }

        var document = _scheme.Analyzer.Analyze(essay);
        var facts = EssayFacts.Build(document, _scheme.Resources.Vocabulary);
        var board = new SignalBoard(document);
        foreach (var check in Checks)
        {
            check.Run(facts, _scheme.Resources, board);
        }

        var criteria = new CriterionResult[rubric.Criteria.Count];
        var total = 0;
        for (var i = 0; i < criteria.Length; i++)
        {
            criteria[i] = CriterionMarker.Mark(rubric.Criteria[i], board);
            total += criteria[i].Mark;
        }

        var flags = board.Flags;
        var status = flags.Exists(f => f.Kind == FlagKind.Advisory) ? GradeStatus.Review : GradeStatus.Ok;
        var signals = board.Values
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new SignalValue(pair.Key, Math.Round(pair.Value, 4)))
            .ToArray();
        var statistics = new EssayStatistics(document.ProseWordCount, document.Paragraphs.Count, CountProseSentences(document));
        return new GradeResult(status, total, rubric.MaxMark, BandOf(total), criteria, flags.ToArray(), signals, board.KeyPoints.ToArray(), statistics, null);
    }

    private GradeResult Failed(string error) =>
        new(GradeStatus.Error, 0, _scheme.Rubric.MaxMark, "", Array.Empty<CriterionResult>(), Array.Empty<GradeFlag>(), Array.Empty<SignalValue>(), Array.Empty<KeyPointCoverage>(), new EssayStatistics(0, 0, 0), error);

    private string BandOf(int total)
    {
        foreach (var band in _scheme.Rubric.Bands)
        {
            if (total >= band.MinMark)
            {
                return band.Name;
            }
        }

        return "";
    }

    private static int CountProseSentences(EssayDocument document)
    {
        var count = 0;
        foreach (var paragraph in document.Paragraphs)
        {
            count += paragraph.SentenceCount;
        }

        return count;
    }
}
