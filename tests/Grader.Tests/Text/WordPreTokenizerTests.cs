using Grader.Text;
using Microsoft.ML.Tokenizers;

namespace Grader.Tests.Text;

public sealed class WordPreTokenizerTests
{
    [Theory]
    [InlineData("The Sino-Soviet treaty (14 February 1950) gave $300 million.")]
    [InlineData("Khrushchev’s ‘revisionism’ from 1953 - 1956, i.e. the split.")]
    [InlineData("  leading   spaces\tand\r\nnew lines  ")]
    [InlineData("中华人民共和国 1949年 成立。")]
    [InlineData("naïve café – “quoted” … end")]
    [InlineData("")]
    public void PreTokenize_AnyText_SplitsLikeTheLibraryWordOrNonWordPreTokenizer(string text)
    {
        var expected = PreTokenizer.CreateWordOrNonWord().PreTokenize(text).ToArray();

        var actual = WordPreTokenizer.Instance.PreTokenize(text).ToArray();

        Assert.Equal(expected, actual);
    }
}
