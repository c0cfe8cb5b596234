using Grader.Reporting;
using Grader.Tests.Support;

namespace Grader.Tests.Reporting;

public sealed class GradeTextWriterTests
{
    [Fact]
    public void Write_Grade_ShowsTotalEachCriterionAndFlags()
    {
        var result = BundledScheme.Grader.Grade(Essays.Read("factual-errors"));
        var writer = new StringWriter();

        GradeTextWriter.Write(writer, result);

        var text = writer.ToString();
        Assert.Contains($"Total {result.Total}/30", text, StringComparison.Ordinal);
        foreach (var criterion in result.Criteria)
        {
            Assert.Contains($"[{criterion.Id}]: {criterion.Mark}/{criterion.Max}", text, StringComparison.Ordinal);
        }

        Assert.Contains("[factual-error]", text, StringComparison.Ordinal);
    }
}
