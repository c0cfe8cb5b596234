using Grader.Text;

namespace Grader.Tests.Text;

public sealed class LightStemmerTests
{
    [Theory]
    [InlineData("criticised", "criticise")]
    [InlineData("criticises", "criticising")]
    [InlineData("countries", "country")]
    [InlineData("crucially", "crucial")]
    [InlineData("modernization", "modernisation")]
    [InlineData("modernise", "modernize")]
    [InlineData("changed", "change")]
    [InlineData("changes", "changing")]
    [InlineData("agreed", "agree")]
    [InlineData("stopped", "stop")]
    [InlineData("carried", "carry")]
    [InlineData("negotiation", "negotiate")]
    [InlineData("treaties", "treaty")]
    [InlineData("churches", "church")]
    public void Stem_InflectedForms_ShareAStem(string one, string other)
    {
        Assert.Equal(Stem(one), Stem(other));
    }

    [Theory]
    [InlineData("crisis", "crisis")]
    [InlineData("status", "status")]
    [InlineData("class", "class")]
    [InlineData("was", "was")]
    [InlineData("1953", "1953")]
    [InlineData("loan", "loan")]
    public void Stem_WordsWithoutASuffix_AreKept(string word, string expected)
    {
        Assert.Equal(expected, Stem(word));
    }

    [Theory]
    [InlineData("treaty", "trial")]
    [InlineData("plan", "planet")]
    [InlineData("union", "unity")]
    public void Stem_DifferentWords_KeepDifferentStems(string one, string other)
    {
        Assert.NotEqual(Stem(one), Stem(other));
    }

    [Theory]
    [InlineData("Treaties", "treaty")]
    [InlineData("Stalin's", "Stalin")]
    [InlineData("Stalin’s", "stalin")]
    [InlineData("industrialised", "industrialisation")]
    [InlineData("collectivized", "collectivisation")]
    public void StemHash_FormsOfOneWordInAnyCase_SameHash(string one, string other)
    {
        Assert.Equal(LightStemmer.StemHash(other), LightStemmer.StemHash(one));
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
        var longWord = new string('x', 100);

        Assert.Equal(LightStemmer.StemHash(longWord.AsSpan(0, 64)), LightStemmer.StemHash(longWord));
    }

    private static string Stem(string word)
    {
        var buffer = word.ToCharArray();
        return new string(buffer, 0, LightStemmer.Stem(buffer));
    }
}
