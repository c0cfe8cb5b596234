using System.Globalization;

namespace Grader;

/// <summary>How <see cref="EssayGrader.GradeManyAsync(IAsyncEnumerable{string}, BatchGradingOptions?, CancellationToken)"/> spreads work.</summary>
public sealed class BatchGradingOptions
{
    /// <summary>How many essays are graded at once (default: one per processor).</summary>
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>
    /// The most essays read but not yet handed back (default 0: eight per thread). Bounds memory: with slow consumers or
    /// one slow essay, reading waits instead of buffering. At least <see cref="MaxDegreeOfParallelism"/>.
    /// </summary>
    public int MaxEssaysInFlight { get; set; }

    /// <summary>What is wrong with these values (empty when they are usable).</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (MaxDegreeOfParallelism < 1)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"MaxDegreeOfParallelism is {MaxDegreeOfParallelism}: it must be at least 1."));
        }

        if (MaxEssaysInFlight != 0 && MaxEssaysInFlight < MaxDegreeOfParallelism)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"MaxEssaysInFlight is {MaxEssaysInFlight}: it must be 0 (eight per thread) or at least MaxDegreeOfParallelism ({MaxDegreeOfParallelism})."));
        }

        return problems;
    }

    internal (int Parallelism, int InFlight) Resolve()
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid batch grading options: " + string.Join(" ", problems), "options");
        }

        return (MaxDegreeOfParallelism, MaxEssaysInFlight == 0 ? MaxDegreeOfParallelism * 8 : MaxEssaysInFlight);
    }
}
