using Grader.Loading;

namespace Grader.Tests.Loading;

public sealed class LoadResultTests
{
    [Fact]
    public void GetValueOrThrow_Failure_ListsEveryProblem()
    {
        var result = LoadResult<string>.Failure([new("a.json", 1, "$.x", "first"), new("a.json", 2, "$.y", "second")]);

        var exception = Assert.Throws<InvalidOperationException>(() => result.GetValueOrThrow());

        Assert.Contains("a.json:1: $.x: first", exception.Message, StringComparison.Ordinal);
        Assert.Contains("a.json:2: $.y: second", exception.Message, StringComparison.Ordinal);
        Assert.False(result.Succeeded);
        Assert.Null(result.Value);
    }

    [Fact]
    public void Failure_NoProblems_Throws()
    {
        Assert.Throws<ArgumentException>(() => LoadResult<string>.Failure([]));
    }
}
