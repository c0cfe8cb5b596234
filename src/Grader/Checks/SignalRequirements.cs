using Grader.Rubrics;

namespace Grader.Checks;

/// <summary>
/// Which signals a rubric can use: the period signals need a question with a period, and the signals that read an
/// essay's shape (an introduction, body paragraphs, a conclusion) do not apply to short answers. The checks leave a
/// signal that does not apply unset, so a rubric that weighed one would mark everyone down on it; the loaders refuse it.
/// </summary>
internal static class SignalRequirements
{
    private static readonly string[] NeedPeriod = [SignalCatalog.EvidencePeriod, SignalCatalog.RelevancePeriod];

    private static readonly string[] NeedEssayShape =
    [
        SignalCatalog.JudgementThesis, SignalCatalog.JudgementConsistency, SignalCatalog.JudgementLinks, SignalCatalog.JudgementConclusion,
        SignalCatalog.StructureRoles, SignalCatalog.StructurePeel, SignalCatalog.AnalysisParagraphs, SignalCatalog.BalanceCounter,
    ];

    /// <summary>Whether a check measures <paramref name="signal"/> for a rubric with (or without) a period and of <paramref name="responseType"/>.</summary>
    public static bool Applies(string signal, bool hasPeriod, ResponseType responseType) => Problem(signal, hasPeriod, responseType) is null;

    /// <summary>Why <paramref name="signal"/> cannot be used by such a rubric (a sentence ending in how to fix it), or null when it can.</summary>
    public static string? Problem(string signal, bool hasPeriod, ResponseType responseType)
    {
        if (!hasPeriod && Array.IndexOf(NeedPeriod, signal) >= 0)
        {
            return $"'{signal}' measures years against the question's period, but the rubric has no 'period': add one (\"period\": {{ \"from\": …, \"to\": … }}) or weigh another signal.";
        }

        if (responseType == ResponseType.ShortAnswer && Array.IndexOf(NeedEssayShape, signal) >= 0)
        {
            return $"'{signal}' reads an essay's introduction, body paragraphs and conclusion, which a short answer does not have: weigh another signal (such as similarity.coverage or analysis.explanation), or make the rubric's 'responseType' \"essay\".";
        }

        return null;
    }
}
