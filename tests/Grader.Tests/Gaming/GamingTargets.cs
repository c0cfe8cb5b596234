namespace Grader.Tests.Gaming;

/// <summary>The targets of issue 10, in one place: what the engine must achieve on the gaming suite.</summary>
internal static class GamingTargets
{
    /// <summary>At least this share of all gaming variants is sent to review.</summary>
    public const double MinimumReviewShare = 0.95;

    /// <summary>At most this many variants score above the essay they were made from.</summary>
    public const int MaximumAboveSource = 0;

    /// <summary>At most this share of the honest essays (Essays/Honest) is sent to review.</summary>
    public const double MaximumFalseAlarmShare = 0.05;
}
