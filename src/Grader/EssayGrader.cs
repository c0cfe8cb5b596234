using System.Globalization;
using Grader.Checks;
using Grader.Diagnostics;
using Grader.Scoring;
using Grader.Screening;
using Grader.Text;

namespace Grader;

/// <summary>
/// Grades essays against a <see cref="MarkScheme"/>: analyses the text, runs every rule-based check and the
/// similarity model, and turns the signals into a level and mark per criterion with reasons. Thread-safe: share one
/// instance across threads.
/// </summary>
public sealed partial class EssayGrader
{
    private static readonly IEssayCheck[] Checks =
    [
        new SustainedJudgementCheck(),
        new DatedEvidenceCheck(),
        new BalanceCheck(),
        new AnalysisCheck(),
        new RelevanceCheck(),
        new StructureCheck(),
        new DevelopmentCheck(),
        new SimilarityCheck(),
        new IntegrityCheck(),
    ];

    private readonly MarkScheme _scheme;
    private readonly GraderLimits _limits;

    /// <summary>A grader with the default <see cref="GraderOptions"/>.</summary>
    public EssayGrader(MarkScheme scheme)
        : this(scheme, new GraderOptions())
    {
    }

    /// <summary>A grader working within <paramref name="options"/> (copied now); throws <see cref="ArgumentException"/> when they are invalid.</summary>
    public EssayGrader(MarkScheme scheme, GraderOptions options)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(options);
        _scheme = scheme;
        _limits = options.ToLimits();
    }

    /// <summary>The mark scheme this grader marks against.</summary>
    public MarkScheme Scheme => _scheme;

    /// <summary>
    /// Grades one essay. An empty essay, one longer than <see cref="GraderOptions.MaxEssayLength"/>, or one with no
    /// words (only invisible characters, symbols or emoji), is not an exception: it comes back with status
    /// <see cref="GradeStatus.Error"/> and a message saying why.
    /// </summary>
    /// <remarks>
    /// The text is first normalised (<see cref="TextNormalizer"/>) and screened (<see cref="EssayScreener"/>): what the
    /// screens exclude — text addressed to the marker, lists, repeats, templates, word salad, off-topic text — is
    /// analysed away and earns nothing, and the result lists it in <see cref="GradeResult.Unmarked"/>. Quotes always
    /// show the text as handed in.
    /// </remarks>
    public GradeResult Grade(string essay)
    {
        ArgumentNullException.ThrowIfNull(essay);
        if (!GraderTelemetry.Enabled)
        {
            return GradeUnobserved(essay);
        }

        var rubricId = _scheme.Rubric.Id;
        var (activity, started) = GraderTelemetry.Start(rubricId, essay.Length);
        GradeResult? result = null;
        try
        {
            return result = GradeUnobserved(essay);
        }
        finally
        {
            GraderTelemetry.Stop(activity, started, rubricId, result);
        }
    }

    private GradeResult GradeUnobserved(string essay)
    {
        if (essay.Length > _limits.MaxEssayLength)
        {
            return Failed(string.Create(
                CultureInfo.InvariantCulture,
                $"The essay is {essay.Length:N0} characters long, over the limit of {_limits.MaxEssayLength:N0}: it was not marked. Check it is one essay (not a whole file pasted in), or raise the limit (GraderOptions.MaxEssayLength)."));
        }

        try
        {
            return GradeBounds.Apply(GradeWithinLimits(essay), _limits);
        }
        finally
        {
            GradingScratch.TrimCurrentThread();
        }
    }

    /// <summary>The signals sorted by name (ordinal), each rounded to four places.</summary>
    private static SignalValue[] SignalsInOrder(IReadOnlyDictionary<string, double> values)
    {
        var signals = new SignalValue[values.Count];
        var i = 0;
        foreach (var (name, value) in values)
        {
            signals[i++] = new SignalValue(name, Math.Round(value, 4));
        }

        Array.Sort(signals, static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        return signals;
    }

    private GradeResult GradeWithinLimits(string essay)
    {
        var rubric = _scheme.Rubric;
        if (string.IsNullOrWhiteSpace(essay))
        {
            return Failed("The essay is empty: there is nothing to mark.");
        }

        var source = TextNormalizer.Normalize(essay, out var normalizerReport);
        if (!HasWord(source.Text))
        {
            return Failed("The essay has no words: it holds only invisible characters, symbols or emoji. Check that the right text was handed in.");
        }

        var vocabulary = _scheme.Resources.Vocabulary;
        var document = _scheme.Analyzer.Analyze(source.Text);
        var facts = EssayFacts.Build(document, vocabulary);
        var screening = EssayScreener.Screen(facts, _scheme.Resources, normalizerReport);
        if (screening.HasExclusions)
        {
            document = _scheme.Analyzer.AnalyzeExcluding(document, screening.MergedSpans());
            facts = EssayFacts.Build(document, vocabulary);
        }

        var board = new SignalBoard(document, source);
        screening.PostTo(board);
        foreach (var check in Checks)
        {
            check.Run(facts, _scheme.Resources, board);
        }

        var criteria = new CriterionResult[rubric.Criteria.Count];
        var total = 0;
        var amount = CriterionMarker.AmountFactor(document.ProseWordCount, rubric.Length.TooShortBelow);
        for (var i = 0; i < criteria.Length; i++)
        {
            criteria[i] = CriterionMarker.Mark(rubric.Criteria[i], board, amount);
            total += criteria[i].Mark;
        }

        var flags = board.Flags;
        var status = flags.Exists(f => f.Kind == FlagKind.Advisory) ? GradeStatus.Review : GradeStatus.Ok;
        var signals = SignalsInOrder(board.Values);
        var statistics = new EssayStatistics(document.ProseWordCount, document.Paragraphs.Count, CountProseSentences(document));
        var unmarked = EssayScreener.Unmarked(screening, source.Text, board);
        return new GradeResult(status, total, rubric.MaxMark, BandOf(total), criteria, flags.ToArray(), signals, board.KeyPoints.ToArray(), statistics, null, unmarked);
    }

    private GradeResult Failed(string error) =>
        new(GradeStatus.Error, 0, _scheme.Rubric.MaxMark, "", Array.Empty<CriterionResult>(), Array.Empty<GradeFlag>(), Array.Empty<SignalValue>(), Array.Empty<KeyPointCoverage>(), new EssayStatistics(0, 0, 0), error, Array.Empty<UnmarkedPassage>());

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

    private static bool HasWord(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
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
