namespace Grader.Tests.Gaming;

/// <summary>Ordinary English words of every part of speech that a word-substitution variant drops in at random.</summary>
internal static class ReplacementWords
{
    public static readonly IReadOnlyList<string> All =
    [
        "table", "river", "quickly", "green", "window", "seven", "under", "bright", "garden", "music",
        "carry", "often", "silver", "basket", "travel", "gentle", "market", "winter", "pencil", "across",
        "lift", "yellow", "bottle", "quiet", "ladder", "forest", "swim", "rarely", "kitchen", "orange",
        "thunder", "softly", "button", "cloud", "dance", "narrow", "village", "paper", "whisper", "between",
        "animal", "cold", "letter", "sudden", "mirror", "ocean", "build", "later", "candle", "empty",
        "school", "flower", "jump", "early", "bridge", "honest", "pocket", "storm", "teach", "above",
        "coffee", "simple", "engine", "shadow", "smile", "twelve", "island", "round", "harbour", "sing",
        "careful", "blanket", "mountain", "hungry", "travelled", "stone", "almost", "circle", "friendly", "noise",
        "doctor", "heavy", "street", "wonder", "golden", "chair", "slowly", "number", "summer", "polite",
        "machine", "wooden", "follow", "evening", "clever", "sugar", "behind", "tiny", "station", "grow",
        "holiday", "purple", "answer", "wild", "cotton", "inside", "listen", "brave", "picture", "therefore",
        "because", "however", "crucial", "vital", "important", "shows", "evidence", "argue", "significant", "factor",
        "rabbit", "spoon", "tomorrow", "lazy", "castle", "feather", "gather", "sharp", "planet", "tired",
        "kettle", "wander", "cheerful", "meadow", "drawer", "frozen", "shelter", "nearly", "puzzle", "valley",
    ];
}
