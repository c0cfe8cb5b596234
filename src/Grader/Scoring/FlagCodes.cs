namespace Grader.Scoring;

/// <summary>The codes a <see cref="GradeFlag"/> can carry.</summary>
public static class FlagCodes
{
    public const string TooShort = "too-short";
    public const string OffTopic = "off-topic";
    public const string CopiedModelEssay = "copied-model-essay";
    public const string CopiedPeer = "copied-peer";
    public const string Repetition = "repetition";
    public const string KeywordList = "keyword-list";
    public const string NotEnglish = "not-english";
    public const string FactualError = "factual-error";
    public const string OutOfPeriod = "out-of-period";
}
