namespace Grader.Calibration;

/// <summary>
/// The simplest calibration: the teacher's mark as a straight line of the engine's own total (least squares). With few
/// marked scripts it is the most reliable part of the blend (a teacher who is systematically harsher or more generous).
/// </summary>
internal sealed record EngineLine(double Intercept, double Slope)
{
    public double Predict(int engineTotal) => Intercept + (Slope * engineTotal);

    public static EngineLine Fit(IReadOnlyList<int> engine, IReadOnlyList<double> target)
    {
        var meanX = engine.Average();
        var meanY = target.Average();
        double sxy = 0, sxx = 0;
        for (var i = 0; i < engine.Count; i++)
        {
            sxy += (engine[i] - meanX) * (target[i] - meanY);
            sxx += (engine[i] - meanX) * (engine[i] - meanX);
        }

        var slope = sxx > 1e-9 ? sxy / sxx : 0;
        return new EngineLine(meanY - (slope * meanX), slope);
    }
}
