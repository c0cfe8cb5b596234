namespace Grader.Calibration;

/// <summary>The weights (summing to 1) of the boosted trees, the n-gram ridge model and the line on the engine total.</summary>
internal sealed record BlendWeights(double Trees, double Ridge, double Line)
{
    public double Blend(double trees, double ridge, double line) => (Trees * trees) + (Ridge * ridge) + (Line * line);
}
