using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Grader.Rubrics;

namespace Grader.Calibration;

/// <summary>
/// What a calibration depends on in its rubric: the id, the criteria (id, maximum, signals and weights) and the bands,
/// hashed. A calibration is refused for a rubric with another fingerprint.
/// </summary>
internal static class RubricFingerprint
{
    public static string Of(Rubric rubric)
    {
        var text = new StringBuilder();
        text.Append(rubric.Id).Append('\n');
        foreach (var criterion in rubric.Criteria)
        {
            text.Append(criterion.Id).Append('|').Append(criterion.Max.ToString(CultureInfo.InvariantCulture));
            foreach (var signal in criterion.Signals)
            {
                text.Append('|').Append(signal.Signal).Append('=').Append(signal.Weight.ToString("R", CultureInfo.InvariantCulture));
            }

            text.Append('\n');
        }

        foreach (var band in rubric.Bands)
        {
            text.Append(band.Name).Append('>').Append(band.MinMark.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
