using Microsoft.ML.Data;

namespace Grader.Calibration;

/// <summary>One training example as ML.NET reads it: the (standardised) mark and the feature vector.</summary>
internal sealed class LearnerRow
{
    public float Label { get; set; }

    public VBuffer<float> Features { get; set; }
}
