using Grader.Batch;

namespace Grader.Tests.Batch;

public sealed class UnionFindTests
{
    [Fact]
    public void Components_AnyOrderOfUnions_SameSetsRootedAtTheSmallestMember()
    {
        var forward = new UnionFind(7);
        forward.Union(1, 4);
        forward.Union(4, 6);
        forward.Union(2, 3);
        var backward = new UnionFind(7);
        backward.Union(3, 2);
        backward.Union(6, 4);
        backward.Union(4, 1);

        var (sets, setOf) = forward.Components();

        Assert.Equal(new[] { new[] { 1, 4, 6 }, new[] { 2, 3 } }, sets);
        Assert.Equal(new[] { -1, 0, 1, 1, 0, -1, 0 }, setOf);
        Assert.Equal(sets, backward.Components().Sets);
        Assert.Equal(1, forward.Find(6));
    }
}
