namespace Grader.Calibration;

/// <summary>
/// Stratified k-fold assignment: scripts sorted by mark (ties in a seeded random order) are dealt to the folds in turn,
/// so every fold spans the range of marks. Deterministic for a seed.
/// </summary>
internal static class FoldAssignment
{
    public static int[] Assign(IReadOnlyList<double> marks, int folds, int seed)
    {
        var random = new Random(seed);
        var keys = marks.Select(_ => random.Next()).ToArray();
        var order = Enumerable.Range(0, marks.Count).OrderBy(i => marks[i]).ThenBy(i => keys[i]).ToArray();
        var fold = new int[marks.Count];
        var offset = random.Next(folds);
        for (var position = 0; position < order.Length; position++)
        {
            fold[order[position]] = (position + offset) % folds;
        }

        return fold;
    }
}
