using Grader.Similarity;

namespace Grader.Calibration;

/// <summary>An essay as the calibration features see it: its normalised word tokens (lower case, diacritics folded) and raw text.</summary>
internal sealed class TokenizedText
{
    private TokenizedText(string text, string[] tokens)
    {
        Text = text;
        Tokens = tokens;
    }

    public string Text { get; }

    public string[] Tokens { get; }

    public static TokenizedText Of(string text)
    {
        var tokens = new List<string>();
        Span<char> buffer = stackalloc char[SimilarityTokenizer.MaxTokenLength];
        var position = 0;
        while (SimilarityTokenizer.TryReadToken(text, ref position, buffer, out var length))
        {
            tokens.Add(new string(buffer[..length]));
        }

        return new TokenizedText(text, tokens.ToArray());
    }
}
