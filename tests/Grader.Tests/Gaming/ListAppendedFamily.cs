using System.Globalization;
using Grader.Tests.Support;

namespace Grader.Tests.Gaming;

/// <summary>
/// <c>list-appended</c>: a weak or short essay with a list of the answer key's events, years and names added at the
/// end (or in the middle): one item per line, "- " bullet lines, one item per paragraph, or paragraphs of
/// comma-separated names and dates.
/// </summary>
internal sealed class ListAppendedFamily : IGamingFamily
{
    private enum ListStyle
    {
        Lines,
        Bullets,
        ItemParagraphs,
        CommaParagraphs,
    }

    public string Id => "list-appended";

    public IEnumerable<GamingVariant> Generate(GamingSources sources)
    {
        var random = new Random(707);
        var items = Items(sources);
        var plan = new (GamingSource Source, ListStyle Style, int Size, bool Middle)[]
        {
            (sources.Fixture("weak-general"), ListStyle.Lines, 30, false),
            (sources.Fixture("weak-general"), ListStyle.Bullets, 30, false),
            (sources.Fixture("weak-general"), ListStyle.CommaParagraphs, 30, false),
            (sources.Script("S011"), ListStyle.Lines, 20, false),
            (sources.Script("S011"), ListStyle.Bullets, 20, false),
            (sources.Script("S011"), ListStyle.CommaParagraphs, 40, false),
            (sources.Fixture("short"), ListStyle.ItemParagraphs, 20, false),
            (sources.Fixture("short"), ListStyle.CommaParagraphs, 25, false),
            (sources.Script("S010"), ListStyle.Lines, 15, true),
            (sources.Script("S010"), ListStyle.Bullets, 25, false),
            (sources.Honest("weak-vague"), ListStyle.Bullets, 15, true),
            (sources.Honest("weak-vague"), ListStyle.CommaParagraphs, 30, false),
        };
        foreach (var (source, style, size, middle) in plan)
        {
            var shuffled = items.ToArray();
            random.Shuffle(shuffled);
            var list = Render(shuffled[..size], style);
            var paragraphs = Essays.Paragraphs(source.Text).ToList();
            paragraphs.Insert(middle ? paragraphs.Count / 2 : paragraphs.Count, list);
            var where = middle ? "in the middle" : "at the end";
            yield return GamingVariant.Of(Id, source, Essays.Join(paragraphs), $"{size} answer-key items as {Describe(style)} {where}");
        }
    }

    /// <summary>"term year" for every timeline event term, and every gazetteer person.</summary>
    private static string[] Items(GamingSources sources) =>
        sources.AnswerKey.Timeline
            .SelectMany(e => e.Terms.Take(2).Select(term => term + " " + e.Year.ToString(CultureInfo.InvariantCulture)))
            .Concat(sources.AnswerKey.Gazetteer.Where(entry => entry.Kind == "person").Select(entry => entry.Name))
            .ToArray();

    private static string Describe(ListStyle style) => style switch
    {
        ListStyle.Lines => "one item per line",
        ListStyle.Bullets => "\"- \" bullet lines",
        ListStyle.ItemParagraphs => "one item per paragraph",
        _ => "paragraphs of comma-separated items",
    };

    private static string Render(string[] items, ListStyle style) => style switch
    {
        ListStyle.Lines => string.Join("\n", items),
        ListStyle.Bullets => string.Join("\n", items.Select(item => "- " + item)),
        ListStyle.ItemParagraphs => Essays.Join(items),
        _ => Essays.Join(items.Chunk(8).Select(chunk => string.Join(", ", chunk))),
    };
}
