using Grader.Similarity;

namespace Grader.Calibration;

/// <summary>
/// Character n-grams (lengths <see cref="MinLength"/>..<see cref="MaxLength"/>) of an essay's lower-cased text with its
/// white space collapsed, hashed into <see cref="Buckets"/> buckets (FNV-1a, the same on every machine). They see
/// spelling, word forms and punctuation that word n-grams miss. Vectors are sublinear TF × IDF over the buckets that at
/// least two marked scripts use, L2-normalised.
/// </summary>
internal sealed class CharacterNgrams
{
    public const int MinLength = 2;

    public const int MaxLength = 5;

    public const int Buckets = 1 << 20;

    public CharacterNgrams(float[] idf)
    {
        if (idf.Length != Buckets)
        {
            throw new ArgumentException($"Character n-grams need {Buckets} IDF values, not {idf.Length}.", nameof(idf));
        }

        Idf = idf;
    }

    /// <summary>The IDF of each bucket; zero for a bucket fewer than two marked scripts use (it is ignored).</summary>
    public float[] Idf { get; }

    public static CharacterNgrams Fit(IReadOnlyList<TokenizedText> documents)
    {
        var frequency = new int[Buckets];
        foreach (var document in documents)
        {
            var counts = Count(document.Text);
            try
            {
                var buckets = new int[counts.Count];
                counts.CopyTo(buckets, new int[counts.Count]);
                foreach (var bucket in buckets)
                {
                    frequency[bucket]++;
                }
            }
            finally
            {
                counts.Clear();
            }
        }

        var n = documents.Count;
        var idf = new float[Buckets];
        for (var b = 0; b < Buckets; b++)
        {
            if (frequency[b] >= 2)
            {
                idf[b] = (float)(Math.Log((n + 1.0) / (frequency[b] + 1.0)) + 1.0);
            }
        }

        return new CharacterNgrams(idf);
    }

    public SparseVector Vectorize(string text)
    {
        var counts = Count(text);
        try
        {
            var buckets = new int[counts.Count];
            var tallies = new int[counts.Count];
            counts.CopyTo(buckets, tallies);
            return SublinearTfIdf.Vector(buckets, tallies, Idf);
        }
        finally
        {
            counts.Clear();
        }
    }

    /// <summary>This thread's bucket table holding how often each bucket's n-grams occur in the normalised text (clear it after use).</summary>
    private static BucketCounts Count(string text)
    {
        var normalised = Normalise(text);
        var counts = BucketCounts.ForThread((MaxLength - MinLength + 1) * normalised.Length);
        for (var start = 0; start + MinLength <= normalised.Length; start++)
        {
            var hash = 2166136261u;
            for (var length = 1; length <= MaxLength && start + length <= normalised.Length; length++)
            {
                hash = (hash ^ normalised[start + length - 1]) * 16777619u;
                if (length >= MinLength)
                {
                    counts.Add((int)(Mix(hash + (uint)length) & (Buckets - 1)));
                }
            }
        }

        return counts;
    }

    private static uint Mix(uint hash)
    {
        hash ^= hash >> 16;
        hash *= 0x7feb352du;
        hash ^= hash >> 15;
        hash *= 0x846ca68bu;
        hash ^= hash >> 16;
        return hash;
    }

    /// <summary>Lower case (invariant), every run of white space one space, a space at each end.</summary>
    private static char[] Normalise(string text)
    {
        var buffer = new char[text.Length + 2];
        var length = 0;
        buffer[length++] = ' ';
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (buffer[length - 1] != ' ')
                {
                    buffer[length++] = ' ';
                }
            }
            else
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        if (buffer[length - 1] != ' ')
        {
            buffer[length++] = ' ';
        }

        return buffer[..length];
    }
}
