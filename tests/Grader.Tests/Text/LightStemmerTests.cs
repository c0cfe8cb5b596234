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

    private static string Stem(string word)
    {
        var buffer = word.ToCharArray();
        return new string(buffer, 0, LightStemmer.Stem(buffer));
    }
}
