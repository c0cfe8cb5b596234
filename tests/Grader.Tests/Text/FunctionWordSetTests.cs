using Grader.Text;

namespace Grader.Tests.Text;

public sealed class FunctionWordSetTests
{
    [Theory]
    [InlineData("the")]
    [InlineData("The")]
    [InlineData("WAS")]
    [InlineData("although")]
    [InlineData("didn")]
    public void Contains_FunctionWordInAnyCase_True(string word)
    {
        Assert.True(FunctionWordSet.Contains(WordHash.Of(word)));
    }

    [Theory]
    [InlineData("Soviet")]
    [InlineData("treaty")]
    [InlineData("crucial")]
    [InlineData("1950")]
    public void Contains_ContentWord_False(string word)
    {
        Assert.False(FunctionWordSet.Contains(WordHash.Of(word)));
    }
}
