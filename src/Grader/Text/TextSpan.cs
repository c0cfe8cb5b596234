namespace Grader.Text;

/// <summary>A range of characters in an essay's text: where a finding was made.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The index just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>Whether <paramref name="other"/> lies wholly inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Whether the character at <paramref name="index"/> lies inside this span.</summary>
    public bool Contains(int index) => index >= Start && index < End;

    /// <summary>Creates the span from <paramref name="start"/> up to (not including) <paramref name="end"/>.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);
}
