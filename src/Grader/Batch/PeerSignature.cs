using Grader.Text;

namespace Grader.Batch;

/// <summary>
/// The MinHash signature of a script for finding near-duplicates in a batch: its shingles (pairs of consecutive content
/// words, function words skipped, stemmed, lower-cased and joined across invisible characters by
/// <see cref="TermSequence"/>, never crossing a sentence mark, so reordering sentences keeps them) hashed once each and
/// sorted into <see cref="Bins"/> bins by the hash's top bits, each bin keeping 16 bits of its smallest hash
/// (one-permutation hashing; a bin no shingle fell into is <see cref="Empty"/>). Among the bins either script uses, the
/// share where two signatures agree estimates the Jaccard similarity of their shingle sets. Fixed hash constants: the
/// same text always gives the same signature, on any machine.
/// </summary>
internal static class PeerSignature
{
    public const int Bins = 64;

    /// <summary>Content words per shingle: pairs, so changing one word loses two shingles of the text's hundred or more.</summary>
    public const int ShingleWidth = 2;

    /// <summary>The value of a bin that no shingle fell into.</summary>
    public const ushort Empty = ushort.MaxValue;

    /// <summary>
    /// Writes the signature of <paramref name="text"/> to <paramref name="signature"/> (<see cref="Bins"/> values) and
    /// returns its number of shingles (0 when it has none: every bin is then empty). <paramref name="terms"/> is
    /// scratch, reused.
    /// </summary>
    public static int Compute(string text, TermSequence terms, Span<ushort> signature)
    {
        if (signature.Length != Bins)
        {
            throw new ArgumentException($"A signature has {Bins} values.", nameof(signature));
        }

        terms.Clear();
        terms.AppendText(text);
        Span<uint> minima = stackalloc uint[Bins];
        minima.Fill(uint.MaxValue);
        var filled = 0UL;
        var shingles = 0;
        var hashes = terms.Hashes;
        var kinds = terms.Kinds;
        var breaks = terms.Breaks;
        Span<ulong> window = stackalloc ulong[ShingleWidth];
        var inRun = 0;
        for (var k = 0; k < hashes.Length; k++)
        {
            if (breaks[k])
            {
                inRun = 0;
            }

            if (kinds[k] == TermKind.Function)
            {
                continue;
            }

            window[inRun % ShingleWidth] = hashes[k];
            inRun++;
            if (inRun >= ShingleWidth)
            {
                var shingle = 0UL;
                for (var w = inRun - ShingleWidth; w < inRun; w++)
                {
                    shingle = Combine(shingle, window[w % ShingleWidth]);
                }

                Add(Mix(shingle), minima, ref filled);
                shingles++;
            }
        }

        if (shingles == 0)
        {
            signature.Fill(Empty);
            return 0;
        }

        for (var bin = 0; bin < Bins; bin++)
        {
            signature[bin] = (filled & (1UL << bin)) == 0 ? Empty : (ushort)Math.Min(minima[bin] >> 16, Empty - 1);
        }

        return shingles;
    }

    /// <summary>
    /// The share of bins, among those that hold a shingle of either script, in which the two signatures hold the same
    /// value: an estimate of the Jaccard similarity of their shingle sets (one-permutation hashing without
    /// densification, which for short scripts would copy a few shared values into many empty bins).
    /// </summary>
    public static double Agreement(ReadOnlySpan<ushort> one, ReadOnlySpan<ushort> other)
    {
        var equal = 0;
        var used = 0;
        for (var bin = 0; bin < Bins; bin++)
        {
            var a = one[bin];
            var b = other[bin];
            if ((a & b) == Empty)
            {
                continue;
            }

            used++;
            equal += a == b ? 1 : 0;
        }

        return used == 0 ? 0 : equal / (double)used;
    }

    private static void Add(ulong hash, Span<uint> minima, ref ulong filled)
    {
        var bin = (int)(hash >> 58);
        var value = (uint)hash;
        if (value < minima[bin])
        {
            minima[bin] = value;
        }

        filled |= 1UL << bin;
    }

    private static ulong Combine(ulong left, ulong right) => (left * 0x100000001B3UL) ^ right;

    /// <summary>The SplitMix64 finaliser: spreads a hash's bits evenly, so its top bits pick a bin at random.</summary>
    private static ulong Mix(ulong hash)
    {
        hash = (hash ^ (hash >> 30)) * 0xBF58476D1CE4E5B9UL;
        hash = (hash ^ (hash >> 27)) * 0x94D049BB133111EBUL;
        return hash ^ (hash >> 31);
    }
}
