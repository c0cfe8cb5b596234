using Grader.Text;

namespace Grader.Checks;

/// <summary>
/// The buffers <see cref="CopyFinder"/> fills for one essay, kept per thread and reused, so looking for copies allocates
/// nothing once they have grown to an essay's and a reference's size (a result is allocated only when something is
/// copied). The match masks are left all zero after each use.
/// </summary>
internal sealed class CopyScratch
{
    [ThreadStatic]
    private static CopyScratch? s_current;

    public TermSequence Terms { get; } = new();

    /// <summary>The essay's term ids in the reference's vocabulary (<see cref="TermIdTable.Absent"/> for terms it lacks).</summary>
    public int[] Ids { get; private set; } = new int[512];

    /// <summary>Per essay unit: its first term, its end, the sentence it belongs to, its best similarity to a reference unit, that unit, and the best similarity to a neutral unit.</summary>
    public int[] UnitFirst { get; private set; } = new int[64];

    public int[] UnitEnd { get; private set; } = new int[64];

    public int[] UnitSentence { get; private set; } = new int[64];

    public double[] Similarity { get; private set; } = new double[64];

    public int[] Match { get; private set; } = new int[64];

    public double[] NeutralSimilarity { get; private set; } = new double[64];

    /// <summary>Per essay unit: whether its match was found beside a copied neighbour.</summary>
    public bool[] Sequential { get; private set; } = new bool[64];

    /// <summary>Per essay unit: how many informative terms it shares with its match.</summary>
    public int[] SharedTerms { get; private set; } = new int[64];

    public int UnitCount { get; set; }

    /// <summary>Candidate scores by reference unit, and the units touched (to clear them).</summary>
    public float[] Scores { get; private set; } = [];

    public List<int> Touched { get; } = new(64);

    /// <summary>By term id, the last unit that counted the term (so a unit counts each term once).</summary>
    public int[] SeenIn { get; private set; } = [];

    /// <summary>By term id, the positions in the pattern that hold it (all zero between uses).</summary>
    public ulong[] Masks { get; private set; } = [];

    /// <summary>By term id, the mark of the last count of shared terms that saw it (see <see cref="NextMark"/>).</summary>
    public int[] Marks { get; private set; } = [];

    private int _mark;

    public int[] Pattern { get; } = new int[TermEditDistance.MaxPattern];

    public int[] Text { get; } = new int[TermEditDistance.MaxPattern];

    /// <summary>Drops the calling thread's scratch when a huge essay grew it past <paramref name="maxTerms"/> terms.</summary>
    public static void TrimCurrentThread(int maxTerms)
    {
        if (s_current is { } scratch && (scratch.Ids.Length > maxTerms || scratch.UnitFirst.Length > maxTerms / 8))
        {
            s_current = null;
        }
    }

    /// <summary>The calling thread's scratch, ready for <paramref name="reference"/>.</summary>
    public static CopyScratch For(CopyReference reference)
    {
        var scratch = s_current ??= new CopyScratch();
        if (scratch.Scores.Length < reference.Units.Count)
        {
            scratch.Scores = new float[reference.Units.Count];
        }

        if (scratch.Masks.Length < reference.Vocabulary.Count)
        {
            scratch.Masks = new ulong[reference.Vocabulary.Count];
            scratch.SeenIn = new int[reference.Vocabulary.Count];
            scratch.Marks = new int[reference.Vocabulary.Count];
            scratch._mark = 0;
        }

        Array.Fill(scratch.SeenIn, -1, 0, reference.Vocabulary.Count);
        scratch.Terms.Clear();
        scratch.UnitCount = 0;
        return scratch;
    }

    /// <summary>A mark not yet in <see cref="Marks"/> (two per count: one for the pattern's terms, one for those counted).</summary>
    public int NextMark()
    {
        if (_mark >= int.MaxValue - 2)
        {
            Array.Clear(Marks);
            _mark = 0;
        }

        _mark += 2;
        return _mark;
    }

    /// <summary>Makes room for <paramref name="terms"/> term ids.</summary>
    public void EnsureTerms(int terms)
    {
        if (Ids.Length < terms)
        {
            Ids = new int[Math.Max(terms, Ids.Length * 2)];
        }
    }

    /// <summary>Adds an essay unit.</summary>
    public void AddUnit(int first, int end, int sentence)
    {
        if (UnitCount == UnitFirst.Length)
        {
            var size = UnitCount * 2;
            UnitFirst = Grow(UnitFirst, size);
            UnitEnd = Grow(UnitEnd, size);
            UnitSentence = Grow(UnitSentence, size);
            Similarity = Grow(Similarity, size);
            Match = Grow(Match, size);
            NeutralSimilarity = Grow(NeutralSimilarity, size);
            Sequential = Grow(Sequential, size);
            SharedTerms = Grow(SharedTerms, size);
        }

        UnitFirst[UnitCount] = first;
        UnitEnd[UnitCount] = end;
        UnitSentence[UnitCount] = sentence;
        Similarity[UnitCount] = 0;
        Match[UnitCount] = -1;
        NeutralSimilarity[UnitCount] = 0;
        Sequential[UnitCount] = false;
        SharedTerms[UnitCount] = 0;
        UnitCount++;
    }

    private static T[] Grow<T>(T[] array, int size)
    {
        Array.Resize(ref array, size);
        return array;
    }
}
