using Grader.Scoring;
using Grader.Screening;

namespace Grader.Tests.Screening;

public sealed class ExclusionKindsTests
{
    [Theory]
    [InlineData(nameof(ExclusionKind.AddressedToMarker), FlagCodes.AddressedToMarker)]
    [InlineData(nameof(ExclusionKind.List), FlagCodes.KeywordList)]
    [InlineData(nameof(ExclusionKind.Repetition), FlagCodes.Repetition)]
    [InlineData(nameof(ExclusionKind.Template), FlagCodes.Templated)]
    [InlineData(nameof(ExclusionKind.Copied), FlagCodes.CopiedModelEssay)]
    [InlineData(nameof(ExclusionKind.OffTopic), FlagCodes.OffTopic)]
    [InlineData(nameof(ExclusionKind.Incoherent), FlagCodes.Incoherent)]
    [InlineData(nameof(ExclusionKind.OutOfPeriod), FlagCodes.OutOfPeriod)]
    [InlineData(nameof(ExclusionKind.QuestionEcho), FlagCodes.Repetition)]
    public void CodeOf_EveryKind_ItsFlagCode(string kind, string code)
    {
        Assert.Equal(code, ExclusionKinds.CodeOf(Enum.Parse<ExclusionKind>(kind)));
    }

    [Fact]
    public void CodeOf_EveryKindOfTheEnum_HasATestedCode()
    {
        Assert.Equal(9, Enum.GetValues<ExclusionKind>().Length);
    }
}
