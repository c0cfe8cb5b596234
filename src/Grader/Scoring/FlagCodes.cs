namespace Grader.Scoring;

/// <summary>The codes a <see cref="GradeFlag"/> can carry.</summary>
public static class FlagCodes
{
    /// <summary>Advisory: too little prose to mark with confidence (under the rubric's length guide).</summary>
    public const string TooShort = "too-short";

    /// <summary>Advisory: paragraphs about something else than the question, judged by meaning (they earned nothing).</summary>
    public const string OffTopic = "off-topic";

    /// <summary>Advisory: much of the essay is copied from the model essay.</summary>
    public const string CopiedModelEssay = "copied-model-essay";

    /// <summary>Advisory (grader mark): the script is a near duplicate of other scripts in the same input, named in the message.</summary>
    public const string CopiedPeer = "copied-peer";

    /// <summary>Advisory: paragraphs or sentences repeat earlier ones.</summary>
    public const string Repetition = "repetition";

    /// <summary>Advisory: the text reads as a list of keywords, not prose.</summary>
    public const string KeywordList = "keyword-list";

    /// <summary>Advisory: the essay does not appear to be in English.</summary>
    public const string NotEnglish = "not-english";

    /// <summary>Informational: a sentence conflicts with the answer key's timeline or makes a known misconception.</summary>
    public const string FactualError = "factual-error";

    /// <summary>Informational: material from outside the question's period; advisory when the essay is mostly about another time.</summary>
    public const string OutOfPeriod = "out-of-period";
    /// <summary>Informational: more flags were raised than <see cref="GraderOptions.MaxFlags"/> lists; the message counts them by code.</summary>
    public const string MoreFlags = "more-flags";

    /// <summary>Advisory: instructions to the marker or to a machine, markup or a payload inside the essay (it earned nothing).</summary>
    public const string AddressedToMarker = "addressed-to-marker";

    /// <summary>Advisory: many sentences follow one skeleton with different names and dates in its slots, or are padding (they earned nothing).</summary>
    public const string Templated = "templated";

    /// <summary>Advisory: word salad, or sentences that do not follow from each other (shuffled or stitched together).</summary>
    public const string Incoherent = "incoherent";

    /// <summary>Advisory: several factual errors (wrong dates, known misconceptions); each also cost evidence marks.</summary>
    public const string ManyFactualErrors = "many-factual-errors";

    /// <summary>Informational: many invisible characters or look-alike letters were removed or replaced before marking.</summary>
    public const string InvisibleCharacters = "invisible-characters";
}
