namespace Grader.Screening;

/// <summary>
/// English closed-class words by grammatical class: the words whose order grammar fixes. "the" is never followed by
/// "of", "was" or a full stop in a real sentence, but in words shuffled at random it often is; so the rate of such
/// impossible pairs tells word salad from prose, however the content words are chosen (<see cref="CoherenceScreen"/>).
/// General English; nothing here belongs to a question.
/// </summary>
internal static class GrammarWords
{
    public const byte None = 0;
    public const byte Determiner = 1;
    public const byte Preposition = 2;
    public const byte Auxiliary = 3;
    public const byte Pronoun = 4;
    public const byte Coordinator = 5;
    public const byte Subordinator = 6;

    /// <summary>Words that must be followed by a noun phrase (an adjective, a noun or a number). Words that can also stand alone ("her", "these", "each") are left out.</summary>
    public static readonly string[] Determiners =
    [
        "the", "a", "an", "its", "their", "his", "our", "my", "your", "every", "whose",
    ];

    /// <summary>Prepositions: never followed by a finite verb or a subject pronoun.</summary>
    public static readonly string[] Prepositions =
    [
        "of", "in", "on", "at", "by", "with", "from", "into", "onto", "upon", "during", "between", "among", "against",
        "towards", "toward", "throughout", "within", "without", "under", "beneath", "via", "despite", "amid",
    ];

    /// <summary>Auxiliaries and forms of "be" and "have" that are never nouns ("will", "might", "may" and "can" are).</summary>
    public static readonly string[] Auxiliaries =
    [
        "was", "were", "is", "are", "been", "has", "have", "had", "would", "could", "should", "shall", "did", "does",
    ];

    /// <summary>Subject pronouns that are never objects ("it" is both).</summary>
    public static readonly string[] Pronouns = ["he", "she", "they", "we", "i"];

    public static readonly string[] Coordinators = ["and", "but", "or", "nor"];

    public static readonly string[] Subordinators =
    [
        "because", "although", "whereas", "unless", "whilst", "which", "whom",
    ];

    /// <summary>Every word with its class (a word in several lists takes the first).</summary>
    public static IEnumerable<(string Word, byte Class)> All() =>
        Determiners.Select(w => (w, Determiner))
            .Concat(Prepositions.Select(w => (w, Preposition)))
            .Concat(Auxiliaries.Select(w => (w, Auxiliary)))
            .Concat(Pronouns.Select(w => (w, Pronoun)))
            .Concat(Coordinators.Select(w => (w, Coordinator)))
            .Concat(Subordinators.Select(w => (w, Subordinator)));

    /// <summary>
    /// Whether a word of class <paramref name="first"/> followed by one of class <paramref name="second"/> (or by the end
    /// of the sentence, <paramref name="second"/> = null) breaks English grammar. Only pairs that careful prose almost never
    /// shows count: "the of", "the was", "of was", "in they", "he the", "and or", "the .", "and .", "because .".
    /// </summary>
    public static bool IsImpossible(byte first, byte? second) => (first, second) switch
    {
        (Determiner, null) => true,
        (Determiner, Determiner or Preposition or Auxiliary or Pronoun or Coordinator or Subordinator) => true,
        (Preposition, Auxiliary or Pronoun) => true,
        (Pronoun, Determiner or Pronoun) => true,
        (Coordinator, null) => true,
        (Coordinator, Coordinator) => true,
        (Subordinator, null) => true,
        _ => false,
    };
}
