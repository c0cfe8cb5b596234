namespace Grader.Scoring;

/// <summary>Whether a reason earned marks, cost marks, or only explains.</summary>
public enum ReasonEffect
{
    Earned,
    Cost,
    Note,
}
