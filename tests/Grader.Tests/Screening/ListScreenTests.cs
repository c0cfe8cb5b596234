using Grader.Scoring;
using Grader.Screening;
using Grader.Tests.Support;

namespace Grader.Tests.Screening;

public sealed class ListScreenTests
{
    private static ScreenRun Screen(string essay) => BundledScheme.RunScreen(new ListScreen(), essay);

    [Theory]
    [InlineData("honest")]
    [InlineData("vague")]
    [InlineData("learner")]
    public void Screen_HonestEssay_NothingExcludedNoFlag(string name)
    {
        var run = Screen(ScreeningTexts.ByName(name));

        Assert.Empty(run.Board.Excluded);
        Assert.Empty(run.Flags);
    }

    [Theory]
    [InlineData("Mao, Stalin, Zhou Enlai, Molotov, Khrushchev, 1949, 1950, 1953, 1954.")]
    [InlineData("Treaty of Friendship 1950, loan of $300 million, Korean War 1950-53, Five-Year Plan 1953, Khrushchev visit 1954, Secret Speech 1956.")]
    [InlineData("Key terms: alliance; credit; advisers; blueprints; Anshan; Port Arthur; Changchun Railway.")]
    [InlineData("Stalin / Mao / Khrushchev / Zhou Enlai / Liu Shaoqi.")]
    [InlineData("1949 republic proclaimed 1950 alliance signed 1953 Stalin dies 1954 Khrushchev visits 1956 Secret Speech.")]
    public void Screen_ListWrittenInsideAParagraph_ExcludedAsAList(string list)
    {
        var run = Screen(ScreeningTexts.HonestEssayWithSentence(list));

        Assert.Equal([list], run.Excluded(ExclusionKind.List));
        Assert.True(run.Keeps("but no Soviet ground troops fought."), run.ToString());
    }

    [Fact]
    public void Screen_ShortListInALongEssay_ExcludedWithoutAFlag()
    {
        var run = Screen(ScreeningTexts.HonestEssayWithSentence("Mao, Stalin, Zhou Enlai, Molotov, 1950, 1953."));

        Assert.Single(run.Excluded(ExclusionKind.List));
        Assert.Empty(run.Flags);
    }

    [Fact]
    public void Screen_ListsMakingUpFiftyWords_SentToReviewSayingHowManyWords()
    {
        string[] lists =
        [
            "Stalin, Mao, Zhou Enlai, Molotov, Khrushchev, Liu Shaoqi, Gao Gang, Peng Dehuai, Lin Biao, Zhu De.",
            "1949, 1950, 1951, 1952, 1953, 1954, 1955, 1956, October 1949, February 1950, March 1953, October 1954.",
            "Treaty, loan, advisers, blueprints, Anshan, Port Arthur, Changchun Railway, Dalian, Xinjiang, Korea, Yalu, Panmunjom.",
            "Five-Year Plan, 156 projects, land reform, Three-Anti, Five-Anti, Hundred Flowers, Secret Speech, Twentieth Congress.",
        ];
        var essay = ScreeningTexts.HonestEssay + " " + string.Join(" ", lists);

        var run = Screen(essay);

        Assert.Equal(lists, run.Excluded(ExclusionKind.List));
        var flag = Assert.Single(run.Flags);
        Assert.Equal(FlagCodes.KeywordList, flag.Code);
        Assert.Equal(FlagKind.Advisory, flag.Kind);
        Assert.Contains("(4 of them)", flag.Message, StringComparison.Ordinal);
        Assert.Equal(lists[0], flag.Quote!.Text);
    }

    [Fact]
    public void Screen_BulletsAfterTheEssayHasBegun_EveryLineExcluded()
    {
        string[] bullets = ["- Treaty of Friendship, 1950", "- Korean War, 1950-53", "- 156 Soviet-aided projects", "- Secret Speech, 1956"];
        var essay = ScreeningTexts.Join([ScreeningTexts.Introduction, ScreeningTexts.Diplomacy, .. bullets, ScreeningTexts.Conclusion]);

        var run = Screen(essay);

        Assert.Equal(bullets, run.Excluded(ExclusionKind.List));
        Assert.True(run.Keeps(ScreeningTexts.Conclusion), run.ToString());
    }

    [Fact]
    public void Screen_ItemsTypedOneALineInsideAParagraph_ExcludedAsAList()
    {
        const string lines = "Stalin\nMao Zedong\nZhou Enlai\nTreaty 1950\nKorea 1950\nFive-Year Plan 1953";
        var essay = ScreeningTexts.HonestEssayWithParagraph(lines);

        var run = Screen(essay);

        Assert.True(run.Excludes(lines), run.ToString());
    }

    [Fact]
    public void Screen_PlanBulletsBeforeTheEssay_LeftAlone()
    {
        var essay = ScreeningTexts.Join(["Plan", "- Soviet help: recognition, treaty, loan", "- Korea: arms but no troops", "- Economy: Five-Year Plan, 156 projects", "- Other factors: land reform, campaigns", .. ScreeningTexts.HonestParagraphs]);

        var run = Screen(essay);

        Assert.Empty(run.Board.Excluded);
        Assert.Empty(run.Flags);
    }

    [Theory]
    [InlineData("The Soviet Union sent engineers, geologists, doctors and teachers to help the new state.")]
    [InlineData("Mao, Zhou Enlai and Liu Shaoqi all travelled to Moscow in these years.")]
    [InlineData("The treaty covered defence, the Changchun Railway, Port Arthur and a loan, so it touched every part of the relationship.")]
    [InlineData("In 1950, 1953 and 1954 agreements with Moscow brought credit, machines and advisers.")]
    [InlineData("China imported Soviet lorries, tractors, turbines, locomotives and machine tools.")]
    [InlineData("Recognition, protection, credit and expertise: these were what Mao wanted from Stalin.")]
    public void Screen_HonestSentenceWithAFewCommas_LeftAlone(string sentence)
    {
        var run = Screen(ScreeningTexts.HonestEssayWithSentence(sentence));

        Assert.True(run.Board.Excluded.Count == 0, run.ToString());
    }

    [Fact]
    public void Screen_EssayInAnotherLanguage_LeftToTheLanguageCheck()
    {
        const string french = "L'Union soviétique a aidé la Chine après 1949. Staline, Mao, Zhou Enlai, Molotov, 1950, 1953. "
            + "Les experts soviétiques ont construit des usines et des barrages dans le nord du pays, et la Chine a payé cette aide avec des matières premières.";

        var run = Screen(french);

        Assert.Empty(run.Board.Excluded);
    }
}
