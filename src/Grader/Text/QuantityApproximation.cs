namespace Grader.Text;

/// <summary>Words that hedge a quantity and belong to its mention: "over", "some", "nearly", "more than", "at least".</summary>
internal static class QuantityApproximation
{
    /// <summary>The token after an approximation starting at <paramref name="index"/>, or <paramref name="index"/> when there is none.</summary>
    public static int Skip(in TemporalTokenWindow window, int index)
    {
        if (!window.IsWord(index))
        {
            return index;
        }

        var word = window.Chars(index);
        if (IsApproximation(word))
        {
            return index + 1;
        }

        var second = index + 1;
        if (!window.IsWord(second))
        {
            return index;
        }

        var isPair =
            (window.IsWord(second, "than") && (Is(word, "more") || Is(word, "fewer") || Is(word, "less")))
            || (window.IsWord(second, "least") && Is(word, "at"))
            || (window.IsWord(second, "to") && Is(word, "up"))
            || ((window.IsWord(second, "over") || window.IsWord(second, "under")) && (Is(word, "well") || Is(word, "just")));
        return isPair ? index + 2 : index;
    }

    public static bool IsApproximation(ReadOnlySpan<char> word) => word.Length switch
    {
        4 => Is(word, "over") || Is(word, "some"),
        5 => Is(word, "about") || Is(word, "under"),
        6 => Is(word, "around") || Is(word, "nearly") || Is(word, "almost"),
        7 => Is(word, "roughly"),
        13 => Is(word, "approximately"),
        _ => false,
    };

    private static bool Is(ReadOnlySpan<char> word, string expected) => word.Equals(expected, StringComparison.OrdinalIgnoreCase);
}
