using System.Text;

namespace Grader.Similarity;

/// <summary>
/// Turns a text into the two token streams the similarity model is fitted on: normalised non-stop word tokens (for
/// word unigrams and bigrams) and their character n-grams. Training feeds ML.NET with these strings; inference
/// walks the same <see cref="SimilarityTokenizer"/>, <see cref="SimilarityStopWords"/> and
/// <see cref="CharGramEnumerator"/> without building them.
/// </summary>
internal static class SimilarityFeaturizer
{
    /// <summary>
    /// The version of the featurisation (tokenizer, stop words, n-gram lengths, family weighting). A saved model made
    /// with another version is stale and must be retrained.
    /// </summary>
    public const int Version = 1;

    /// <summary>Featurises <paramref name="text"/> into an ML.NET row.</summary>
    public static SimilarityPipelineRow Featurize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new StringBuilder(text.Length);
        var grams = new StringBuilder(text.Length * 4);
        Span<char> token = stackalloc char[SimilarityTokenizer.MaxTokenLength];
        Span<char> marked = stackalloc char[CharGramEnumerator.BufferLength];
        var position = 0;
        while (SimilarityTokenizer.TryReadToken(text, ref position, token, out var length))
        {
            var word = token[..length];
            if (SimilarityStopWords.Contains(word))
            {
                continue;
            }

            if (words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(word);
            var enumerator = new CharGramEnumerator(word, marked);
            while (enumerator.MoveNext())
            {
                if (grams.Length > 0)
                {
                    grams.Append(' ');
                }

                grams.Append(enumerator.Current);
            }
        }

        return new SimilarityPipelineRow { Words = words.ToString(), CharGrams = grams.ToString() };
    }
}
