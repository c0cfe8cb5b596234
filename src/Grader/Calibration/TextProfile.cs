namespace Grader.Calibration;

/// <summary>
/// Surface measures of an essay that markers reward or penalise: length, vocabulary range and sophistication, sentence
/// length, punctuation, and the share of words no other marked script uses (mostly misspellings).
/// </summary>
internal static class TextProfile
{
    public static readonly string[] Names =
    [
        "text.tokens.log", "text.characters.log", "text.word-length.mean", "text.sentence-length.mean", "text.types.log",
        "text.type-token-ratio", "text.long-words.share", "text.long-types.log", "text.commas.per-sentence",
        "text.questions-exclamations.share", "text.capitals.share", "text.rare-words.share", "text.paragraphs.log",
    ];

    /// <summary>
    /// The measures of <paramref name="text"/>. <paramref name="isKnownWord"/> says whether a word is used by other
    /// marked scripts (for a script of the training sample itself, by scripts other than it).
    /// </summary>
    public static double[] Measure(TokenizedText text, int sentences, Func<string, bool> isKnownWord)
    {
        var tokens = text.Tokens;
        var raw = text.Text;
        var words = Math.Max(tokens.Length, 1);
        double letters = 0;
        var longWords = 0;
        var rare = 0;
        var types = new HashSet<string>(StringComparer.Ordinal);
        var longTypes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            letters += token.Length;
            types.Add(token);
            if (token.Length >= 7)
            {
                longWords++;
                longTypes.Add(token);
            }

            if (!isKnownWord(token))
            {
                rare++;
            }
        }

        int commas = 0, marks = 0, capitals = 0, paragraphs = 1;
        var stops = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            switch (c)
            {
                case ',':
                    commas++;
                    break;
                case '?' or '!':
                    marks++;
                    stops++;
                    break;
                case '.':
                    stops++;
                    break;
                case '\n' when i + 1 < raw.Length && (raw[i + 1] == '\n' || raw[i + 1] == '\r'):
                    paragraphs++;
                    break;
            }

            if (char.IsUpper(c) && (i == 0 || !char.IsLetter(raw[i - 1])))
            {
                capitals++;
            }
        }

        var sentenceCount = Math.Max(1, Math.Max(sentences, stops));
        return
        [
            Math.Log(1 + tokens.Length),
            Math.Log(1 + raw.Length),
            letters / words,
            tokens.Length / (double)sentenceCount,
            Math.Log(1 + types.Count),
            types.Count / Math.Sqrt(words),
            longWords / (double)words,
            Math.Log(1 + longTypes.Count),
            commas / (double)sentenceCount,
            marks / (double)sentenceCount,
            capitals / (double)words,
            rare / (double)words,
            Math.Log(paragraphs),
        ];
    }
}
