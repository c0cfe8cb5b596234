using System.Diagnostics.CodeAnalysis;

namespace Grader.Scoring;

/// <summary>One signal's value (0–1) for an essay, as the checks measured it.</summary>
public sealed record SignalValue
{
    /// <summary>An empty value, to be filled with an object initializer (every required member set).</summary>
    public SignalValue()
    {
    }

    [SetsRequiredMembers]
    internal SignalValue(string name, double value)
    {
        Name = name;
        Value = value;
    }

    /// <summary>The signal's name (see <see cref="Checks.SignalCatalog"/>).</summary>
    public required string Name { get; init; }

    /// <summary>Its value, from 0 to 1.</summary>
    public required double Value { get; init; }
}
