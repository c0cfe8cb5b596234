namespace Grader.Batch;

/// <summary>Disjoint sets of 0..n−1 (union by lower index, path halving): each set's root is its smallest member, so the sets do not depend on the order of unions.</summary>
internal sealed class UnionFind(int count)
{
    private readonly int[] _parent = Enumerable.Range(0, count).ToArray();

    public int Find(int item)
    {
        while (_parent[item] != item)
        {
            _parent[item] = _parent[_parent[item]];
            item = _parent[item];
        }

        return item;
    }

    public bool Same(int one, int other) => Find(one) == Find(other);

    public void Union(int one, int other)
    {
        var a = Find(one);
        var b = Find(other);
        if (a != b)
        {
            _parent[Math.Max(a, b)] = Math.Min(a, b);
        }
    }

    /// <summary>The sets of two or more members, each sorted, in order of their smallest member; and for each item its set's number, or −1 when it is alone.</summary>
    public (int[][] Sets, int[] SetOf) Components()
    {
        var sizes = new int[_parent.Length];
        for (var item = 0; item < _parent.Length; item++)
        {
            sizes[Find(item)]++;
        }

        var setOf = new int[_parent.Length];
        var sets = new List<int[]>();
        var filled = new List<int>();
        for (var item = 0; item < _parent.Length; item++)
        {
            var root = Find(item);
            if (sizes[root] < 2)
            {
                setOf[item] = -1;
                continue;
            }

            if (root == item)
            {
                setOf[item] = sets.Count;
                sets.Add(new int[sizes[root]]);
                filled.Add(0);
            }
            else
            {
                setOf[item] = setOf[root];
            }

            var set = setOf[item];
            sets[set][filled[set]++] = item;
        }

        return (sets.ToArray(), setOf);
    }
}
