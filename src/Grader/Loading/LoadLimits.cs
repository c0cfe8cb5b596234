namespace Grader.Loading;

/// <summary>
/// The most bytes read from each kind of file a mark scheme is loaded from, so a path naming something endless
/// (<c>/dev/zero</c>) or absurdly large is a located problem instead of an exhausted memory or a hang. Each is far above
/// what a real file of its kind needs (the bundled rubric is 12 KB, its answer key 60 KB, its model 0.6 MB).
/// </summary>
internal static class LoadLimits
{
    /// <summary>A rubric or answer key (JSON).</summary>
    public const long JsonBytes = 16L << 20;

    /// <summary>A model essay or exemplar (text).</summary>
    public const long TextBytes = 4L << 20;

    /// <summary>A saved similarity model.</summary>
    public const long ModelBytes = 64L << 20;

    /// <summary>A saved teacher calibration.</summary>
    public const long CalibrationBytes = 256L << 20;
}
