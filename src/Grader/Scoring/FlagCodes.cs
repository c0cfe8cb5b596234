namespace Grader.Scoring;

/// <summary>The codes a <see cref="GradeFlag"/> can carry.</summary>
public static class FlagCodes
{
    public const string TooShort = "too-short";
    public const string OffTopic = "off-topic";
    public const string CopiedModelEssay = "copied-model-essay";
    public const string Repetition = "repetition";
    public const string KeywordList = "keyword-list";
    public const string NotEnglish = "not-english";
    public const string FactualError = "factual-error";
    public const string OutOfPeriod = "out-of-period";
    public const string AddressedToMarker = "addressed-to-marker";
    public const string Templated = "templated";
    public const string Incoherent = "incoherent";
    public const string ManyFactualErrors = "many-factual-errors";
    public const string InvisibleCharacters = "invisible-characters";
}
