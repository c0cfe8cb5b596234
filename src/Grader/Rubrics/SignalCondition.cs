namespace Grader.Rubrics;

/// <summary>A test on one signal: true when it is below <see cref="Below"/> and/or at least <see cref="AtLeast"/>.</summary>
public sealed record SignalCondition(string Signal, double? Below, double? AtLeast)
{
    /// <summary>Whether a signal value of <paramref name="value"/> meets the condition.</summary>
    public bool IsMetBy(double value) => (Below is not { } below || value < below) && (AtLeast is not { } atLeast || value >= atLeast);
}
