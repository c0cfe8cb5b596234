using Grader.Checks;
using Grader.Scoring;
using Grader.Tests.Support;

namespace Grader.Tests.Checks;

public sealed class IntegrityCheckTests
{
    private static SignalBoard Run(string essay) => BundledScheme.RunCheck(new IntegrityCheck(), essay);

    [Fact]
    public void Run_OrdinaryProse_NoFlagsAndFullProseSignal()
    {
        var board = Run(Essays.Read("balanced-mid"));

        Assert.Empty(board.Flags);
        Assert.Equal(1, board.Get(SignalCatalog.IntegrityProse));
    }

    [Fact]
    public void Run_CommaSeparatedTerms_KeywordList()
    {
        var board = Run("Stalin, Mao, 1950 treaty, $300 million loan, Korean War 1950-53, Five-Year Plan 1953, 156 projects, Soviet experts, "
            + "Khrushchev, Secret Speech 1956, de-Stalinisation, peaceful coexistence, Port Arthur 1955, crucial, important, limited, split 1960.");

        Assert.Contains(board.Flags, f => f.Code == FlagCodes.KeywordList);
    }

    [Fact]
    public void Run_ItalianEssay_NotEnglish()
    {
        var board = Run("Il ruolo dell'Unione Sovietica fu cruciale per la Repubblica Popolare Cinese fino al 1953. Stalin e Mao firmarono un trattato "
            + "nel febbraio 1950 e l'Unione Sovietica prestò alla Cina 300 milioni di dollari. Gli esperti sovietici costruirono fabbriche e ponti, "
            + "ma dopo la morte di Stalin i rapporti con Chruščëv divennero più difficili e nel 1956 il discorso segreto mise Mao in una posizione difficile.");

        Assert.Contains(board.Flags, f => f.Code == FlagCodes.NotEnglish);
    }

    [Fact]
    public void Run_ShortAnswer_TooShort()
    {
        var board = Run("The Soviet Union was crucial because it gave China money and experts in the 1950s.");

        Assert.Contains(board.Flags, f => f.Code == FlagCodes.TooShort && f.Kind == FlagKind.Advisory);
    }
}
