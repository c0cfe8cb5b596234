using System.Globalization;
using System.Text;

namespace Grader.Cli.Marking;

/// <summary>
/// Shard k of N (1-based): the rows whose id's 32-bit FNV-1a hash (of its UTF-8 bytes) is k-1 modulo N. The hash is
/// stable across runs, machines and .NET versions, so every shard of a file is disjoint and together they cover it.
/// </summary>
internal sealed record ShardSelector(int Index, int Count)
{
    public static readonly ShardSelector All = new(1, 1);

    public bool Contains(string id) => Count == 1 || Hash(id) % (uint)Count == (uint)(Index - 1);

    public static ShardSelector? Parse(string text, out string problem)
    {
        problem = "";
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0
            && int.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index >= 1 && index <= count)
        {
            return new ShardSelector(index, count);
        }

        problem = $"--shard must be k/N with 1 <= k <= N (for example 2/4), not '{text}'.";
        return null;
    }

    public static uint Hash(string id)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(id))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return hash;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
