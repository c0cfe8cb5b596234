namespace Grader.Text;

/// <summary>What follows a four-digit number that could make it a quantity rather than a year.</summary>
internal enum TemporalQuantityFollower : byte
{
    /// <summary>Nothing: a year.</summary>
    None,

    /// <summary>A scale, currency or percent: "1500 million", "2000 dollars", "1000%".</summary>
    Measure,

    /// <summary>A counted plural noun: "1000 troops".</summary>
    CountedNoun,
}
