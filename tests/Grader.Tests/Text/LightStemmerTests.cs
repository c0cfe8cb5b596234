using Grader.Text;

namespace Grader.Tests.Text;

public sealed class LightStemmerTests
{
    [Theory]
    [InlineData("treaties", "treaty")]
    [InlineData("Soviets", "Soviet")]
    [InlineData("Stalin's", "Stalin")]
    [InlineData("Stalin’s", "Stalin")]
    [InlineData("agreements", "agreement")]
    [InlineData("advisers", "adviser")]
    [InlineData("TREATIES", "treaty")]
    [InlineData("planned", "planning")]
    [InlineData("industrialised", "industrialisation")]
    [InlineData("collectivised", "collectivisation")]
    [InlineData("industrialized", "industrialization")]
    public void Stem_FormsOfOneWord_ShareAStem(string form, string other)
    {
        Assert.Equal(Stem(other), Stem(form));
        Assert.Equal(LightStemmer.StemHash(other), LightStemmer.StemHash(form));
    }

    [Theory]
    [InlineData("treaties", "treaty")]
    [InlineData("Soviets", "soviet")]
    [InlineData("Stalin’s", "stalin")]
    [InlineData("agreements", "agree")]
    [InlineData("famously", "famous")]
    [InlineData("studies", "study")]
    public void Stem_Word_LowerCasesAndStripsTheLongestSuffix(string word, string stem)
    {
        Assert.Equal(stem, Stem(word));
    }

    [Theory]
    [InlineData("was")]
    [InlineData("his")]
    [InlineData("bed")]
    [InlineData("class")]
    [InlineData("process")]
    [InlineData("Mao")]
    [InlineData("1950")]
    public void Stem_ShortWordOrDoubleS_KeptWhole(string word)
    {
        Assert.Equal(word.ToLowerInvariant(), Stem(word));
    }

    [Theory]
    [InlineData("treaty", "trade")]
    [InlineData("Korea", "Korean")]
    [InlineData("plan", "planet")]
    public void StemHash_DifferentWords_DifferentHashes(string a, string b)
    {
        Assert.NotEqual(LightStemmer.StemHash(a), LightStemmer.StemHash(b));
    }

    [Fact]
    public void StemHash_WordLongerThanItsBuffer_ReadsOnlyItsStart()
    {
        var longWord = new string('x', 64) + "industrialisation";

        Assert.Equal(LightStemmer.StemHash(new string('x', 64)), LightStemmer.StemHash(longWord));
    }

    [Fact]
    public void Stem_DestinationShorterThanTheWord_WritesOnlyWhatFits()
    {
        Span<char> destination = stackalloc char[4];

        var length = LightStemmer.Stem("Khrushchev", destination);

        Assert.Equal("khru", new string(destination[..length]));
    }

    private static string Stem(string word)
    {
        Span<char> buffer = stackalloc char[64];
        return new string(buffer[..LightStemmer.Stem(word, buffer)]);
    }
}
