namespace Grader.Rubrics;

/// <summary>How much one signal (a 0–1 measure from a check) counts towards a criterion.</summary>
/// <param name="Signal">The signal's name (see <see cref="Checks.SignalCatalog"/>).</param>
/// <param name="Weight">Its weight in the criterion's score.</param>
public sealed record SignalWeight(string Signal, double Weight);
