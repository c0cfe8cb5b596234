namespace Grader.Calibration;

/// <summary>
/// Sorts terms packed with their tallies (<c>term &lt;&lt; 32 | tally</c>, distinct terms) by term: a least-significant-digit
/// radix sort on 11-bit digits of the term, as many passes as the largest term needs (two for the 2²⁰ character
/// n-gram buckets). Several times faster than a comparison sort on the few thousand terms of an essay.
/// </summary>
internal static class TermSort
{
    private const int DigitBits = 11;
    private const int Radix = 1 << DigitBits;

    public static void Sort(Span<long> packed)
    {
        if (packed.Length < 64)
        {
            packed.Sort();
            return;
        }

        long largest = 0;
        foreach (var value in packed)
        {
            largest = Math.Max(largest, value >> 32);
        }

        var source = packed;
        Span<long> buffer = new long[packed.Length];
        Span<int> offsets = stackalloc int[Radix];
        var shift = 32;
        for (var remaining = largest; ; remaining >>= DigitBits, shift += DigitBits)
        {
            offsets.Clear();
            foreach (var value in source)
            {
                offsets[(int)(value >> shift) & (Radix - 1)]++;
            }

            var total = 0;
            for (var d = 0; d < Radix; d++)
            {
                var count = offsets[d];
                offsets[d] = total;
                total += count;
            }

            foreach (var value in source)
            {
                buffer[offsets[(int)(value >> shift) & (Radix - 1)]++] = value;
            }

            var swap = source;
            source = buffer;
            buffer = swap;
            if (remaining >> DigitBits == 0)
            {
                break;
            }
        }

        if (source != packed)
        {
            source.CopyTo(packed);
        }
    }
}
