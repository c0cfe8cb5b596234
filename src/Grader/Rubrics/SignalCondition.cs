namespace Grader.Rubrics;

/// <summary>A test on one signal: true when it is below <see cref="Below"/> and/or at least <see cref="AtLeast"/>.</summary>
/// <param name="Signal">The signal tested.</param>
/// <param name="Below">Met when the value is below this, when given.</param>
/// <param name="AtLeast">Met when the value is at least this, when given.</param>
public sealed record SignalCondition(string Signal, double? Below, double? AtLeast)
{
    /// <summary>Whether a signal value of <paramref name="value"/> meets the condition.</summary>
    public bool IsMetBy(double value) => (Below is not { } below || value < below) && (AtLeast is not { } atLeast || value >= atLeast);
}
