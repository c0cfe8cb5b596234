using Grader.Text;

namespace Grader.Tests.Text;

public sealed class BlockSplitterTests
{
    private static BlockKind[] Kinds(string text) => BlockSplitter.Split(text).Select(b => b.Kind).ToArray();

    [Fact]
    public void Split_SeedFile_TitleQuestionPlanThenProse()
    {
        var kinds = Kinds(File.ReadAllText(Support.RepositoryPaths.Seed));

        Assert.Equal(BlockKind.Heading, kinds[0]);
        Assert.Equal(BlockKind.Question, kinds[1]);
        Assert.Equal(BlockKind.Heading, kinds[2]);
        Assert.All(kinds[3..10], k => Assert.Equal(BlockKind.Plan, k));
        Assert.Equal(8, kinds.Count(k => k == BlockKind.Prose));
        Assert.All(kinds.SkipWhile(k => k != BlockKind.Prose), k => Assert.Equal(BlockKind.Prose, k));
    }

    [Fact]
    public void Split_ParagraphsSeparatedByBlankLines_OneProseBlockEach()
    {
        var text = "First paragraph, with a sentence.\nIt wraps onto a second line.\n\n\r\nSecond paragraph.\r\n\r\nThird paragraph.";

        var blocks = BlockSplitter.Split(text);

        Assert.Equal(3, blocks.Count);
        Assert.All(blocks, b => Assert.Equal(BlockKind.Prose, b.Kind));
        Assert.Equal("First paragraph, with a sentence.\nIt wraps onto a second line.", text[blocks[0].Span.Start..blocks[0].Span.End]);
    }

    [Fact]
    public void Split_NoBlankLines_OneBlockPerLine()
    {
        var blocks = BlockSplitter.Split("One paragraph here.\nAnother paragraph here.\nA third one.");

        Assert.Equal(3, blocks.Count);
    }

    [Theory]
    [InlineData("One paragraph here.\nAnother paragraph here.\nA third one.\n")]
    [InlineData("\n\nOne paragraph here.\r\nAnother paragraph here.\r\nA third one.\r\n\r\n")]
    public void Split_NoBlankLinesBetweenParagraphsButBlankLinesAround_OneBlockPerLine(string text)
    {
        Assert.Equal(3, BlockSplitter.Split(text).Count);
    }

    [Theory]
    [InlineData("- a bullet point")]
    [InlineData("* a bullet point")]
    [InlineData("• a bullet point")]
    [InlineData("1. a numbered point")]
    [InlineData("2) a numbered point")]
    public void Split_BulletLines_ArePlan(string line)
    {
        Assert.Equal([BlockKind.Plan], Kinds(line));
    }

    [Fact]
    public void Split_SentenceStartingWithAYear_IsNotABullet()
    {
        Assert.Equal([BlockKind.Prose], Kinds("1950. That was the year the treaty was signed in Moscow."));
    }

    [Fact]
    public void Split_QuestionAfterTheEssayStarts_StaysProse()
    {
        var kinds = Kinds("The Soviet Union sent experts to China in the 1950s, and they built factories.\n\nBut was this help really crucial?");

        Assert.Equal([BlockKind.Prose, BlockKind.Prose], kinds);
    }
}
