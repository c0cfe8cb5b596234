namespace Grader.Checks;

/// <summary>One rule-based check: reads an essay's facts and posts signals, reasons and flags to the board.</summary>
internal interface IEssayCheck
{
    void Run(EssayFacts facts, MarkingResources resources, SignalBoard board);
}
