using System.Globalization;

namespace Grader;

/// <summary>
/// Limits an <see cref="EssayGrader"/> works within. Settable so that hosts can bind it from configuration;
/// <see cref="EssayGrader"/> copies the values when it is made, so later changes do not affect it.
/// </summary>
public sealed class GraderOptions
{
    /// <summary>The default <see cref="MaxEssayLength"/>: 200,000 characters (about 35,000 words), as the CLI.</summary>
    public const int DefaultMaxEssayLength = 200_000;

    /// <summary>The default <see cref="MaxFlags"/>.</summary>
    public const int DefaultMaxFlags = 100;

    /// <summary>The default <see cref="MaxReasonsPerCriterion"/>.</summary>
    public const int DefaultMaxReasonsPerCriterion = 100;

    /// <summary>
    /// The longest essay graded, in UTF-16 characters (<see cref="string.Length"/>). A longer one comes back with status
    /// <see cref="Scoring.GradeStatus.Error"/> and a message saying so, without being analysed.
    /// </summary>
    public int MaxEssayLength { get; set; } = DefaultMaxEssayLength;

    /// <summary>
    /// The most flags listed on a grade. Past it the first <c>MaxFlags - 1</c> are kept and the last says how many more
    /// were raised, by code (<see cref="Scoring.FlagCodes.MoreFlags"/>); the status still counts every flag.
    /// </summary>
    public int MaxFlags { get; set; } = DefaultMaxFlags;

    /// <summary>
    /// The most reasons listed under one criterion. Past it the first <c>MaxReasonsPerCriterion - 1</c> are kept and
    /// the last is a note saying how many more there were; the mark still counts every one.
    /// </summary>
    public int MaxReasonsPerCriterion { get; set; } = DefaultMaxReasonsPerCriterion;

    /// <summary>What is wrong with these values (empty when they are usable), each naming the setting and how to fix it.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        RequireAtLeast(problems, nameof(MaxEssayLength), MaxEssayLength, 1);
        RequireAtLeast(problems, nameof(MaxFlags), MaxFlags, 2);
        RequireAtLeast(problems, nameof(MaxReasonsPerCriterion), MaxReasonsPerCriterion, 2);
        return problems;
    }

    internal GraderLimits ToLimits()
    {
        var problems = Validate();
        return problems.Count == 0
            ? new GraderLimits(MaxEssayLength, MaxFlags, MaxReasonsPerCriterion)
            : throw new ArgumentException("Invalid grader options: " + string.Join(" ", problems), "options");
    }

    private static void RequireAtLeast(List<string> problems, string name, int value, int minimum)
    {
        if (value < minimum)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{name} is {value}: it must be at least {minimum}."));
        }
    }
}
