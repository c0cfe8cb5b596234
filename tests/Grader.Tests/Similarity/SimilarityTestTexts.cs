using Grader.Similarity;

namespace Grader.Tests.Similarity;

/// <summary>Small invented history texts (de-Stalinisation and the Hungarian rising) for the similarity tests.</summary>
internal static class SimilarityTestTexts
{
    public const string ParagraphOne =
        "In February 1956 Nikita Khrushchev gave his Secret Speech to the Twentieth Party Congress. He denounced Stalin's " +
        "cult of personality and the purges, and he blamed Stalin rather than the Communist Party for the terror.";

    public const string ParagraphTwo =
        "De-Stalinisation raised hopes of reform across Eastern Europe. In Poland Gomułka returned to power, and in " +
        "Hungary students and workers demanded free elections, the withdrawal of Soviet troops and an end to one-party rule.";

    public const string ParagraphThree =
        "When Imre Nagy announced that Hungary would leave the Warsaw Pact, Soviet tanks entered Budapest in November 1956. " +
        "Thousands were killed, Nagy was later executed, and the West protested but did not intervene.";

    public const string KeyPointSpeech = "Khrushchev's Secret Speech of 1956 denounced Stalin's cult of personality.";

    public const string KeyPointInvasion = "The Soviet Union crushed the Hungarian rising with tanks because Nagy tried to leave the Warsaw Pact.";

    public const string KeyPointWest = "The West did not intervene in Hungary.";

    public const string Exemplar =
        "Khrushchev attacked Stalin in a secret speech, which encouraged Hungarians to demand reform. The Red Army " +
        "invaded Budapest after Nagy promised neutrality, showing that the Soviet Union would not let a satellite state go.";

    public static SimilarityTrainingSet TrainingSet() => new(
        string.Join("\n\n", ParagraphOne, ParagraphTwo, ParagraphThree),
        [ParagraphOne, ParagraphTwo, ParagraphThree],
        [new KeyPointText("kp-speech", KeyPointSpeech), new KeyPointText("kp-invasion", KeyPointInvasion), new KeyPointText("kp-west", KeyPointWest)],
        [Exemplar]);

    /// <summary>Texts a student might write: paraphrases, misspellings, unseen words, odd punctuation, and edge cases.</summary>
    public static IReadOnlyList<string> StudentTexts { get; } =
    [
        "Khruschev criticised Stalin in a secret speech in 1956 and attacked the cult of personality.",
        "Soviet tanks rolled into Budapest to crush the Hungarian uprising after Nagy wanted to quit the Warsaw Pact.",
        "The Treaty of Versailles punished Germany with reparations and the loss of the Saar and Alsace-Lorraine.",
        "KHRUSHCHEV’S ‘SECRET SPEECH’ — DENOUNCED STALIN… café naïve Gomulka",
        "Photosynthesis converts sunlight into chemical energy in chloroplasts.",
        "Nagy Nagy Nagy Budapest Budapest tanks",
        "the of and to was were",
        "Stalinism was denounced; reform followed in Poland and Hungary during 1956, yet the West stood aside.",
        string.Empty,
    ];
}
