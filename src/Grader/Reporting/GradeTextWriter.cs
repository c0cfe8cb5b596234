using System.Globalization;
using Grader.Scoring;

namespace Grader.Reporting;

/// <summary>Writes a <see cref="GradeResult"/> as readable text: the total and band, then each criterion with its reasons, then flags, then the passages that earned nothing.</summary>
public static class GradeTextWriter
{
    /// <summary>Writes <paramref name="result"/> to <paramref name="writer"/>, under <paramref name="title"/> when given.</summary>
    public static void Write(TextWriter writer, GradeResult result, string? title = null)
    {
        var invariant = CultureInfo.InvariantCulture;
        if (title is not null)
        {
            writer.WriteLine(title);
        }

        if (result.Status == GradeStatus.Error)
        {
            writer.WriteLine($"Not marked: {result.Error}");
            return;
        }

        writer.WriteLine(string.Create(invariant, $"Total {result.Total}/{result.Max} — {result.Band} — status {GradeJsonWriter.StatusName(result.Status)}"));
        writer.WriteLine(string.Create(invariant, $"{result.Statistics.Words} words, {result.Statistics.Paragraphs} paragraphs, {result.Statistics.Sentences} sentences"));
        foreach (var criterion in result.Criteria)
        {
            writer.WriteLine();
            writer.WriteLine(string.Create(invariant, $"{criterion.Name} [{criterion.Id}]: {criterion.Mark}/{criterion.Max} — level {criterion.Level}, {criterion.LevelName}"));
            writer.WriteLine($"  {criterion.Descriptor}");
            foreach (var reason in criterion.Reasons)
            {
                var mark = reason.Effect switch
                {
                    ReasonEffect.Earned => "+",
                    ReasonEffect.Cost => "-",
                    _ => "·",
                };
                writer.WriteLine($"  {mark} {reason.Message}");
                foreach (var quote in reason.Quotes)
                {
                    writer.WriteLine($"      “{quote.Text}”");
                }
            }
        }

        writer.WriteLine();
        if (result.Flags.Count == 0)
        {
            writer.WriteLine("Flags: none");
        }
        else
        {
            writer.WriteLine("Flags:");
            foreach (var flag in result.Flags)
            {
                writer.WriteLine($"  [{flag.Code}] {flag.Message}");
                if (flag.Quote is { } quote)
                {
                    writer.WriteLine($"      “{quote.Text}”");
                }
            }
        }

        if (result.Unmarked.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine("Earned nothing:");
            foreach (var passage in result.Unmarked)
            {
                writer.WriteLine($"  [{passage.Code}] {passage.Message}");
                writer.WriteLine($"      “{passage.Quote.Text}”");
            }
        }
    }
}
