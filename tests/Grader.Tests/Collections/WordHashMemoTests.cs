using Grader.Collections;
using Grader.Text;

namespace Grader.Tests.Collections;

public sealed class WordHashMemoTests
{
    [Fact]
    public void TryGet_WordAdded_ReturnsItsValueAndNothingForAnother()
    {
        var memo = WordHashMemo<int>.ForCurrentThread(new object());
        memo.Add(WordHash.Of("treaty"), 7);

        Assert.True(memo.TryGet(WordHash.Of("Treaty"), out var value));
        Assert.Equal(7, value);
        Assert.False(memo.TryGet(WordHash.Of("alliance"), out _));
    }

    [Fact]
    public void ForCurrentThread_AnotherOwner_StartsEmpty()
    {
        var first = WordHashMemo<int>.ForCurrentThread(new object());
        first.Add(WordHash.Of("treaty"), 7);

        var second = WordHashMemo<int>.ForCurrentThread(new object());

        Assert.False(second.TryGet(WordHash.Of("treaty"), out _));
    }

    [Fact]
    public void Add_HashZero_IsNotRemembered()
    {
        var memo = WordHashMemo<int>.ForCurrentThread(new object());
        memo.Add(0, 7);

        Assert.False(memo.TryGet(0, out _));
    }

    [Fact]
    public void Add_PastHalfFull_KeepsWhatItKnowsAndLearnsNothingMore()
    {
        var memo = WordHashMemo<int>.ForCurrentThread(new object());
        for (var i = 1; i <= 20_000; i++)
        {
            memo.Add(WordHash.Of($"word{i}"), i);
        }

        Assert.True(memo.TryGet(WordHash.Of("word1"), out var first));
        Assert.Equal(1, first);
        Assert.True(memo.TryGet(WordHash.Of("word16384"), out var last));
        Assert.Equal(16384, last);
        Assert.False(memo.TryGet(WordHash.Of("word16385"), out _));
    }
}
