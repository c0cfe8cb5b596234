namespace Grader.Text;

/// <summary>A time reference found at a token: what it is, the characters it covers and the token after it.</summary>
internal readonly record struct TemporalMatch(int Start, int End, int Next, TemporalKind Kind, int FirstYear, int LastYear, int Month, int Day)
{
    public TemporalMention ToMention() => new(TextSpan.FromBounds(Start, End), Kind, FirstYear, LastYear, Month, Day);
}
