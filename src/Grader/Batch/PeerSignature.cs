using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Grader.Text;

namespace Grader.Batch;

/// <summary>
/// The MinHash signature of a script for finding near-duplicates in a batch, in two halves of <see cref="HalfBins"/>
/// bins each:
/// <list type="bullet">
/// <item><b>content</b>: its shingles of pairs of consecutive content words (function words skipped, stemmed, lower-cased
/// and joined across invisible characters by <see cref="TermSequence"/>, never crossing a sentence mark, so reordering
/// sentences keeps them) — what a copy with a few words changed keeps;</item>
/// <item><b>shape</b>: its shingles of <see cref="ShapeWidth"/> consecutive terms in which every content word is one
/// placeholder and function words stay themselves (within a sentence) — the frame of each sentence, which a copy run
/// through a thesaurus or "spinner" keeps while every content word changes. Independent answers to one question share
/// little of it (among the bundled question's 53 honest answers the highest Jaccard similarity of two shape sets is 0.17;
/// a synonym-swapped copy keeps 0.66–0.86).</item>
/// </list>
/// Each shingle is hashed once and sorted into its half's bins by the hash's top bits, each bin keeping 16 bits of its
/// smallest hash (one-permutation hashing; a bin no shingle fell into is <see cref="Empty"/>). Among the bins either
/// script uses, the share where two halves agree estimates the Jaccard similarity of those shingle sets. Fixed hash
/// constants: the same text always gives the same signature, on any machine.
/// </summary>
internal static class PeerSignature
{
    /// <summary>Bins in each half.</summary>
    public const int HalfBins = 64;

    /// <summary>The whole signature: content bins, then shape bins.</summary>
    public const int Bins = 2 * HalfBins;

    /// <summary>Terms per shape shingle: six, so that common runs of function words ("of the … of the") rarely repeat whole.</summary>
    public const int ShapeWidth = 6;

    /// <summary>The placeholder every content word becomes in a shape shingle.</summary>
    private const ulong ContentPlaceholder = 0x9E3779B97F4A7C15UL;

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
        var shingles = ContentHalf(terms, signature[..HalfBins]);
        ShapeHalf(terms, signature[HalfBins..]);
        return shingles;
    }

    /// <summary>The content half: pairs of consecutive content words within a sentence, function words skipped; returns its number of shingles.</summary>
    private static int ContentHalf(TermSequence terms, Span<ushort> half) => Half(terms, half, ShingleWidth, seed: 0, shape: false);

    /// <summary>The shape half: runs of <see cref="ShapeWidth"/> terms, content words as one placeholder, within a sentence.</summary>
    private static void ShapeHalf(TermSequence terms, Span<ushort> half) => Half(terms, half, ShapeWidth, seed: 0x5AFEUL, shape: true);

    /// <summary>
    /// One half of the signature: shingles of <paramref name="width"/> consecutive terms within a sentence (for the
    /// shape, every term with content words as one placeholder; otherwise content words only), each hashed from
    /// <paramref name="seed"/> and kept by one-permutation MinHash. Returns the number of shingles.
    /// </summary>
    private static int Half(TermSequence terms, Span<ushort> half, int width, ulong seed, bool shape)
    {
        Span<uint> minima = stackalloc uint[HalfBins];
        minima.Fill(uint.MaxValue);
        var filled = 0UL;
        var shingles = 0;
        var hashes = terms.Hashes;
        var kinds = terms.Kinds;
        var breaks = terms.Breaks;
        Span<ulong> window = stackalloc ulong[width];
        var inRun = 0;
        for (var k = 0; k < hashes.Length; k++)
        {
            if (breaks[k])
            {
                inRun = 0;
            }

            var function = kinds[k] == TermKind.Function;
            if (function && !shape)
            {
                continue;
            }

            window[inRun % width] = shape && !function ? ContentPlaceholder : hashes[k];
            inRun++;
            if (inRun >= width)
            {
                var shingle = seed;
                for (var w = inRun - width; w < inRun; w++)
                {
                    shingle = Combine(shingle, window[w % width]);
                }

                Add(Mix(shingle), minima, ref filled);
                shingles++;
            }
        }

        Finish(minima, filled, shingles, half);
        return shingles;
    }

    private static void Finish(ReadOnlySpan<uint> minima, ulong filled, int shingles, Span<ushort> half)
    {
        if (shingles == 0)
        {
            half.Fill(Empty);
            return;
        }

        for (var bin = 0; bin < HalfBins; bin++)
        {
            half[bin] = (filled & (1UL << bin)) == 0 ? Empty : (ushort)Math.Min(minima[bin] >> 16, Empty - 1);
        }
    }

    /// <summary>The agreement of the content halves of two signatures (see <see cref="HalfAgreement"/>).</summary>
    public static double Agreement(ReadOnlySpan<ushort> one, ReadOnlySpan<ushort> other) =>
        HalfAgreement(one[..HalfBins], other[..HalfBins]);

    /// <summary>The agreement of the shape halves of two signatures (see <see cref="HalfAgreement"/>).</summary>
    public static double ShapeAgreement(ReadOnlySpan<ushort> one, ReadOnlySpan<ushort> other) =>
        HalfAgreement(one[HalfBins..], other[HalfBins..]);

    /// <summary>
    /// The share of bins, among those that hold a shingle of either script, in which the two halves hold the same
    /// value: an estimate of the Jaccard similarity of their shingle sets (one-permutation hashing without
    /// densification, which for short scripts would copy a few shared values into many empty bins).
    /// </summary>
    private static double HalfAgreement(ReadOnlySpan<ushort> one, ReadOnlySpan<ushort> other)
    {
        if (one.Length < HalfBins || other.Length < HalfBins)
        {
            throw new ArgumentException($"A signature half has {HalfBins} values.");
        }

        // Eight 128-bit blocks of eight bins (SSE2 on every x64 CPU, AdvSimd on ARM64; one bin at a time elsewhere): the
        // comparison of scripts makes millions of these checks, and after the signing they were most of its critical
        // path in the native build (0.1 s of the 12,978 ASAP essays' run). Whole counts, so the same result either way.
        var equal = 0;
        var used = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref var a = ref MemoryMarshal.GetReference(one);
            ref var b = ref MemoryMarshal.GetReference(other);
            var empty = Vector128.Create(Empty);
            for (var bin = 0; bin < HalfBins; bin += Vector128<ushort>.Count)
            {
                var left = Vector128.LoadUnsafe(ref a, (nuint)bin);
                var right = Vector128.LoadUnsafe(ref b, (nuint)bin);
                var holds = ~Vector128.Equals(left & right, empty);
                used += BitOperations.PopCount(holds.ExtractMostSignificantBits());
                equal += BitOperations.PopCount((Vector128.Equals(left, right) & holds).ExtractMostSignificantBits());
            }
        }
        else
        {
            for (var bin = 0; bin < HalfBins; bin++)
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
