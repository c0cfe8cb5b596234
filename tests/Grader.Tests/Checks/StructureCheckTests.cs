using Grader.Checks;
using Grader.Tests.Support;

namespace Grader.Tests.Checks;

public sealed class StructureCheckTests
{
    private static SignalBoard Run(string essay) => BundledScheme.RunCheck(new StructureCheck(), essay);

    [Fact]
    public void Run_SeedProse_HasIntroductionBodyAndConclusion()
    {
        var board = Run(File.ReadAllText(RepositoryPaths.Seed));

        Assert.Equal(1, board.Get(SignalCatalog.StructureRoles));
        Assert.True(board.Get(SignalCatalog.StructurePeel) >= 0.6);
    }

    [Theory]
    [InlineData(650, 1.0)]
    [InlineData(300, 0.5)]
    [InlineData(900, 0.84)]
    public void Run_Length_ScoredAgainstTheGuide(int words, double expected)
    {
        var sentence = "The Soviet Union sent many experts to China and they helped to build new factories quickly. ";
        var perSentence = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var essay = string.Concat(Enumerable.Repeat(sentence, words / perSentence)) + string.Join(' ', Enumerable.Repeat("word", words % perSentence));

        var board = Run(essay);

        Assert.Equal(expected, board.Get(SignalCatalog.StructureLength), 2);
    }

    [Fact]
    public void Run_SingleBlockOfText_NoRoles()
    {
        var board = Run("The Soviet Union helped China. It sent money. It sent experts. Mao was grateful.");

        Assert.True(board.Get(SignalCatalog.StructureRoles) <= 0.1);
    }
}
