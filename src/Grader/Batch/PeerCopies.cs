namespace Grader.Batch;

/// <summary>
/// The groups of near-duplicate scripts <see cref="PeerCopyIndex.Find"/> found in a batch, looked up by row number.
/// Immutable and thread-safe.
/// </summary>
internal sealed class PeerCopies
{
    /// <summary>How many peers a match names at most.</summary>
    public const int MaxNamed = 5;

    /// <summary>How many members of a large group are checked for naming.</summary>
    private const int MaxChecked = 64;

    private readonly PeerCopyIndex? _index;
    private readonly int[][] _groups;
    private readonly int[] _groupOf;

    public PeerCopies(PeerCopyIndex? index, (int[][] Sets, int[] SetOf) groups)
    {
        _index = index;
        (_groups, _groupOf) = groups;
    }

    public static PeerCopies None { get; } = new(null, ([], []));

    /// <summary>How many groups of two or more near-duplicate scripts there are.</summary>
    public int GroupCount => _groups.Length;

    /// <summary>How many scripts are in a group.</summary>
    public int ScriptCount => _groups.Sum(g => g.Length);

    /// <summary>The near duplicates of the script at input row <paramref name="row"/>, or null when it has none.</summary>
    public PeerMatch? For(long row)
    {
        if (_index is null || Locate(row) is not { } at || _groupOf[at] < 0)
        {
            return null;
        }

        var group = _groups[_groupOf[at]];
        var named = new List<(string, double)>(MaxNamed);
        var checkedCount = 0;
        foreach (var other in group)
        {
            if (other == at)
            {
                continue;
            }

            if (named.Count == MaxNamed || checkedCount++ == MaxChecked)
            {
                break;
            }

            var mine = _index.SignatureAt(at);
            var theirs = _index.SignatureAt(other);
            if (PeerCopyIndex.IsNearDuplicate(mine, theirs))
            {
                named.Add((_index.IdAt(other), Math.Max(PeerSignature.Agreement(mine, theirs), PeerSignature.ShapeAgreement(mine, theirs))));
            }
        }

        return named.Count == 0 ? null : new PeerMatch(named, group.Length - 1 - named.Count);
    }

    /// <summary>The index of the script at <paramref name="row"/> (rows were added in increasing order), or null.</summary>
    private int? Locate(long row)
    {
        int low = 0, high = _index!.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var at = _index.RowAt(middle);
            if (at == row)
            {
                return middle;
            }

            if (at < row)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return null;
    }
}
