using Grader.Similarity;

namespace Grader.Tests.Similarity;

public sealed class SimilarityTokenizerTests
{
    [Theory]
    [InlineData("Khrushchev's Secret-Speech", "khrushchev|secret|speech")]
    [InlineData("KHRUSHCHEV’S ‘revisionism’", "khrushchev|revisionism")]
    [InlineData("don't won’t students' essays", "dont|wont|students|essays")]
    [InlineData("Gomułka, Ceaușescu, Dubček, naïve café", "gomulka|ceausescu|dubcek|naive|cafe")]
    [InlineData("cafe\u0301 e\u0301lan", "cafe|elan")]
    [InlineData("1956–1968: 20th Congress", "1956|1968|20th|congress")]
    [InlineData("", "")]
    [InlineData(" — “” … ", "")]
    public void TryReadToken_Text_ProducesNormalisedTokens(string text, string expected)
    {
        Assert.Equal(expected, string.Join('|', Tokens(text)));
    }

    [Fact]
    public void TryReadToken_OverlongRun_IsCutToMaxTokenLength()
    {
        var tokens = Tokens(new string('a', 100) + " b");

        Assert.Equal([new string('a', SimilarityTokenizer.MaxTokenLength), "b"], tokens);
    }

    [Fact]
    public void Featurize_Text_DropsStopWordsAndEmitsMarkedCharacterGrams()
    {
        var row = SimilarityFeaturizer.Featurize("The purge of Bukharin");

        Assert.Equal("purge bukharin", row.Words);
        Assert.StartsWith("<pu pur urg rge ge> <pur purg urge rge>", row.CharGrams, StringComparison.Ordinal);
        Assert.Contains("<bu", row.CharGrams, StringComparison.Ordinal);
        Assert.Contains("rin>", row.CharGrams, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_ThreeAndFourGrams_NeverCollide()
    {
        Assert.NotEqual(CharGramEnumerator.Pack("<ab"), CharGramEnumerator.Pack("<ab>"));
        Assert.Equal(0UL, CharGramEnumerator.Pack("abc") >> 48);
        Assert.NotEqual(0UL, CharGramEnumerator.Pack("<abc") >> 48);
    }

    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        Span<char> buffer = stackalloc char[SimilarityTokenizer.MaxTokenLength];
        var position = 0;
        while (SimilarityTokenizer.TryReadToken(text, ref position, buffer, out var length))
        {
            tokens.Add(buffer[..length].ToString());
        }

        return tokens;
    }
}
