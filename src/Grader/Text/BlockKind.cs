namespace Grader.Text;

/// <summary>What a block of an essay file is. Only <see cref="Prose"/> is marked as the essay.</summary>
internal enum BlockKind : byte
{
    /// <summary>A short title line ("Soviet Union Model Essay", "Essay Plan").</summary>
    Heading,

    /// <summary>The question the essay answers, copied at its head.</summary>
    Question,

    /// <summary>Planning notes: bullets, or lines under a "Plan" heading before the essay begins.</summary>
    Plan,

    /// <summary>A paragraph of the essay itself.</summary>
    Prose,
}
