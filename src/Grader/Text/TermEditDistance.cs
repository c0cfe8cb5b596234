namespace Grader.Text;

/// <summary>
/// The edit distance (insertions, deletions and substitutions of whole terms) between two term sequences of at most
/// <see cref="MaxPattern"/> terms, by Myers' bit-parallel algorithm in Hyyrö's form: one pass over the text with a
/// few word operations per term. A paraphrase that swaps words one for one keeps the distance low however many
/// words it swaps, while chance matches between unrelated sentences need insertions and deletions to line up.
/// </summary>
internal static class TermEditDistance
{
    /// <summary>The longest pattern: one bit per term in a 64-bit word.</summary>
    public const int MaxPattern = 64;

    /// <summary>
    /// The distance between the pattern whose match masks are in <paramref name="masks"/> (for each term id, bit k set
    /// when pattern term k has that id) and which is <paramref name="patternLength"/> terms long, and
    /// <paramref name="text"/> (term ids; <see cref="TermIdTable.Absent"/> never matches).
    /// </summary>
    public static int Distance(ReadOnlySpan<ulong> masks, int patternLength, ReadOnlySpan<int> text)
    {
        if (patternLength == 0)
        {
            return text.Length;
        }

        if (patternLength > MaxPattern)
        {
            throw new ArgumentOutOfRangeException(nameof(patternLength), patternLength, $"The pattern has at most {MaxPattern} terms.");
        }

        var positive = patternLength == MaxPattern ? ulong.MaxValue : (1UL << patternLength) - 1;
        var negative = 0UL;
        var last = 1UL << (patternLength - 1);
        var score = patternLength;
        foreach (var id in text)
        {
            var equal = id >= 0 ? masks[id] : 0UL;
            var vertical = equal | negative;
            var horizontal = (((equal & positive) + positive) ^ positive) | equal;
            var horizontalPositive = negative | ~(horizontal | positive);
            var horizontalNegative = positive & horizontal;
            if ((horizontalPositive & last) != 0)
            {
                score++;
            }
            else if ((horizontalNegative & last) != 0)
            {
                score--;
            }

            // Global alignment: the top row grows by one per text term, so a 1 enters the positive deltas.
            horizontalPositive = (horizontalPositive << 1) | 1;
            horizontalNegative <<= 1;
            positive = horizontalNegative | ~(vertical | horizontalPositive);
            negative = horizontalPositive & vertical;
        }

        return score;
    }
}
