using Grader.Checks;
using Grader.Scoring;
using Grader.Screening;
using Grader.Text;

namespace Grader.Tests.Support;

/// <summary>What one screen (or the whole screener) made of an essay: the analysed essay and the board it wrote to.</summary>
internal sealed class ScreenRun(EssayDocument document, ScreeningBoard board)
{
    public EssayDocument Document => document;

    public ScreeningBoard Board => board;

    /// <summary>The flags raised, as a grade would carry them (posted to a signal board).</summary>
    public IReadOnlyList<GradeFlag> Flags => Posted().Flags;

    /// <summary>The signals set by the screens.</summary>
    public IReadOnlyDictionary<string, double> Signals => Posted().Values;

    /// <summary>The text of every excluded passage of <paramref name="kind"/>, in the order they were excluded.</summary>
    public IReadOnlyList<string> Excluded(ExclusionKind kind) =>
        board.Excluded.Where(e => e.Kind == kind).Select(e => document.Quote(e.Span)).ToArray();

    /// <summary>Whether an advisory flag with <paramref name="code"/> was raised.</summary>
    public bool HasAdvisory(string code) => board.HasAdvisory(code);

    /// <summary>For each place <paramref name="passage"/> stands in the essay, in order, whether most of it was excluded.</summary>
    public IReadOnlyList<bool> ExcludedAt(string passage)
    {
        var found = new List<bool>();
        for (var at = document.Text.IndexOf(passage, StringComparison.Ordinal); at >= 0; at = document.Text.IndexOf(passage, at + passage.Length, StringComparison.Ordinal))
        {
            found.Add(board.IsExcluded(new TextSpan(at, passage.Length)));
        }

        Assert.True(found.Count > 0, $"'{passage}' is not in the essay");
        return found;
    }

    /// <summary>Whether every place <paramref name="passage"/> stands in the essay was excluded.</summary>
    public bool Excludes(string passage) => ExcludedAt(passage).All(excluded => excluded);

    /// <summary>Whether no place <paramref name="passage"/> stands in the essay was excluded.</summary>
    public bool Keeps(string passage) => ExcludedAt(passage).All(excluded => !excluded);

    /// <summary>The codes of the flags and what was excluded, for assertion messages.</summary>
    public override string ToString() =>
        $"flags: [{string.Join("; ", Flags.Select(f => $"{f.Code}/{f.Kind}: {f.Message}"))}] excluded: [{string.Join(" | ", board.Excluded.Select(e => $"{e.Kind}: {document.Quote(e.Span)}"))}]";

    private SignalBoard Posted()
    {
        var signals = new SignalBoard(document);
        board.PostTo(signals);
        return signals;
    }
}
