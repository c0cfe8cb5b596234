namespace Grader.Text;

/// <summary>
/// A sum of money (<see cref="Currency"/> set) or a count found at a token: the characters it covers, its value, the
/// token after it and, for a count, the counted noun (<see cref="UnitSpan"/>; empty for a percentage).
/// </summary>
internal readonly record struct QuantityMatch(int Start, int End, int Next, decimal Value, string? Currency, TextSpan UnitSpan)
{
    public bool IsMoney => Currency is not null;

    public MoneyMention ToMoney() => new(TextSpan.FromBounds(Start, End), Currency!, Value);

    /// <summary>The count, naming its unit only now, so a pass that skips counts allocates nothing for them.</summary>
    public CountMention ToCount(string text) =>
        new(TextSpan.FromBounds(Start, End), Value, UnitSpan.Length == 0 ? QuantityUnits.Percent : QuantityUnits.NameOf(text, UnitSpan));
}
