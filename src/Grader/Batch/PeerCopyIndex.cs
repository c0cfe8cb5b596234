using System.Numerics;

namespace Grader.Batch;

/// <summary>
/// Finds near-duplicate scripts in one batch, in time linear in the number of scripts. Each script is added with its
/// <see cref="PeerSignature"/>; <see cref="Find"/> then groups scripts with identical signatures, looks for candidate
/// pairs among the groups by locality-sensitive hashing (the signature cut into <see cref="Bands"/> bands of
/// <see cref="RowsPerBand"/> bins: two scripts that agree in a whole band land in the same bucket, which happens
/// for nearly every pair of near-duplicates and rarely otherwise), checks each candidate with the whole signature
/// (<see cref="IsNearDuplicate"/>), and joins the scripts that pass into groups. Memory: the signature (256 bytes), row
/// number and id of each script, plus one bucket array of the distinct signatures per band being looked at and a
/// union-find array.
/// Single-threaded while scripts are added (<see cref="Add"/> is not thread-safe: compute signatures on any thread, add
/// them on one); after <see cref="Find"/> the result is immutable and safe to read from any thread.
/// </summary>
internal sealed class PeerCopyIndex
{
    public const int RowsPerBand = 3;

    public const int Bands = PeerSignature.Bins / RowsPerBand;

    /// <summary>
    /// The signature agreement (estimated Jaccard similarity of the shingle sets) at which two scripts are near
    /// duplicates: see docs/copy-detection.md for how it was chosen.
    /// </summary>
    public const double SimilarAt = 0.6;

    /// <summary>
    /// The agreement of the shape halves at which two scripts are near duplicates: one is the other with its words
    /// swapped (independent answers stay under 0.2; a thesaurus-swapped copy keeps 0.65 or more).
    /// </summary>
    public const double SameShapeAt = 0.55;

    /// <summary>Scripts with fewer shingles are left out: too short to tell a copy from a shared phrase.</summary>
    public const int MinimumShingles = 8;

    /// <summary>How many earlier members of a bucket each member is checked against (bounds the work on large buckets).</summary>
    private const int BucketWindow = 8;

    private const int ChunkRows = 1024;

    private readonly List<ushort[]> _signatures = new();
    private readonly List<long> _rows = new();
    private readonly List<string> _ids = new();

    public int Count => _rows.Count;

    /// <summary>
    /// Adds a script: its row number (in input order; rows must be added in increasing order), id, signature and
    /// shingle count. A script with fewer than <see cref="MinimumShingles"/> shingles is not added.
    /// </summary>
    public void Add(long row, string id, ReadOnlySpan<ushort> signature, int shingles)
    {
        if (_rows.Count > 0 && row <= _rows[^1])
        {
            throw new ArgumentException("Rows must be added in increasing order.", nameof(row));
        }

        if (shingles < MinimumShingles)
        {
            return;
        }

        var index = _rows.Count;
        if (index % ChunkRows == 0)
        {
            _signatures.Add(new ushort[ChunkRows * PeerSignature.Bins]);
        }

        signature.CopyTo(SignatureAt(index));
        _rows.Add(row);
        _ids.Add(id);
    }

    /// <summary>
    /// Whether two scripts are near duplicates: their content halves agree in <see cref="SimilarAt"/> of the bins either
    /// uses, or their shape halves in <see cref="SameShapeAt"/>.
    /// </summary>
    public static bool IsNearDuplicate(ReadOnlySpan<ushort> one, ReadOnlySpan<ushort> other)
    {
        var content = PeerSignature.Agreement(one, other);
        var shape = PeerSignature.ShapeAgreement(one, other);
        return content >= SimilarAt || shape >= SameShapeAt;
    }

    /// <summary>
    /// Groups the scripts added so far into sets of near duplicates, looking at the bands on up to
    /// <paramref name="threads"/> threads. Each band's candidate pairs are checked on their own and the near duplicates
    /// found are joined afterwards; joining is transitive and its groups are numbered from their first script, so the
    /// result does not depend on the threads.
    /// </summary>
    public PeerCopies Find(int threads = 1)
    {
        var count = _rows.Count;
        var groups = new UnionFind(count);
        var distinct = DistinctSignatures(groups);
        var found = new List<(int, int)>[Bands];
        Parallel.For(
            0,
            Bands,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) },
            () => new (ulong Key, int Index)[distinct.Count],
            (band, _, keys) =>
            {
                found[band] = NearDuplicatesInBand(distinct, band, keys);
                return keys;
            },
            _ => { });
        foreach (var pairs in found)
        {
            foreach (var (one, other) in pairs)
            {
                groups.Union(one, other);
            }
        }

        return new PeerCopies(this, groups.Components());
    }

    public long RowAt(int index) => _rows[index];

    public string IdAt(int index) => _ids[index];

    public Span<ushort> SignatureAt(int index) =>
        _signatures[index / ChunkRows].AsSpan((index % ChunkRows) * PeerSignature.Bins, PeerSignature.Bins);

    /// <summary>Joins scripts with identical signatures (the same text, or the same after case, order and invisible characters), and returns one script of each signature.</summary>
    private List<int> DistinctSignatures(UnionFind groups)
    {
        var first = new Dictionary<SignatureKey, int>();
        var distinct = new List<int>();
        for (var index = 0; index < _rows.Count; index++)
        {
            var key = new SignatureKey(this, index);
            if (first.TryGetValue(key, out var earlier))
            {
                groups.Union(earlier, index);
            }
            else
            {
                first.Add(key, index);
                distinct.Add(index);
            }
        }

        return distinct;
    }

    /// <summary>
    /// The near-duplicate pairs that share a bucket in one band: scripts whose band of the signature is the same land in
    /// one bucket, and each member (in row order) is checked against the few before it. <paramref name="keys"/> is
    /// scratch with room for every distinct signature, reused from band to band by each thread.
    /// </summary>
    private List<(int, int)> NearDuplicatesInBand(List<int> distinct, int band, (ulong Key, int Index)[] keys)
    {
        var used = 0;
        foreach (var index in distinct)
        {
            // A band with no shingle in it says nothing (short scripts leave bins empty).
            if (BandKey(SignatureAt(index), band) is { } key)
            {
                keys[used++] = (key, index);
            }
        }

        var bucketed = keys.AsSpan(0, used);
        bucketed.Sort();
        var pairs = new List<(int, int)>();
        var start = 0;
        for (var k = 1; k <= bucketed.Length; k++)
        {
            if (k < bucketed.Length && bucketed[k].Key == bucketed[start].Key)
            {
                continue;
            }

            var bucket = bucketed[start..k];
            for (var member = 1; member < bucket.Length; member++)
            {
                var index = bucket[member].Index;
                for (var earlier = Math.Max(0, member - BucketWindow); earlier < member; earlier++)
                {
                    var other = bucket[earlier].Index;
                    if (IsNearDuplicate(SignatureAt(index), SignatureAt(other)))
                    {
                        pairs.Add((other, index));
                    }
                }
            }

            start = k;
        }

        return pairs;
    }

    /// <summary>The bucket key of one band of a signature, or null when every bin of the band is empty.</summary>
    private static ulong? BandKey(ReadOnlySpan<ushort> signature, int band)
    {
        var key = (ulong)band << 48;
        var empty = true;
        for (var r = 0; r < RowsPerBand; r++)
        {
            var value = signature[(band * RowsPerBand) + r];
            empty &= value == PeerSignature.Empty;
            key ^= (ulong)value << (16 * r);
        }

        return empty ? null : key;
    }

    /// <summary>A signature as a dictionary key: equal when every bin is equal.</summary>
    private readonly struct SignatureKey(PeerCopyIndex index, int at) : IEquatable<SignatureKey>
    {
        public bool Equals(SignatureKey other) => index.SignatureAt(at).SequenceEqual(other.Signature);

        public override bool Equals(object? obj) => obj is SignatureKey other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(Signature));
            return hash.ToHashCode();
        }

        private ReadOnlySpan<ushort> Signature => index.SignatureAt(at);
    }
}
