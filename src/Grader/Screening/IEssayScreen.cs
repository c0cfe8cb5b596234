using Grader.Checks;

namespace Grader.Screening;

/// <summary>
/// One screen: reads an analysed essay before it is marked and says which of its text earns nothing (and why), with
/// the flags and signals that follow. Screens run in a fixed order on the same facts; each sees what the earlier ones
/// excluded (<see cref="ScreeningBoard.IsExcluded(Text.TextSpan)"/>).
/// </summary>
internal interface IEssayScreen
{
    void Screen(EssayFacts facts, MarkingResources resources, ScreeningBoard board);
}
