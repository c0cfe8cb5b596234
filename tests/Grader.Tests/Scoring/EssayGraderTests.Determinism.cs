using Grader.Reporting;
using Grader.Tests.Support;

namespace Grader.Tests.Scoring;

/// <summary>Marks are deterministic, within bounds, and identical when essays are graded concurrently.</summary>
public sealed partial class EssayGraderTests
{
    [Fact]
    public void Grade_SameEssayTwice_IdenticalJson()
    {
        var essay = Essays.Read("strong-agree");

        Assert.Equal(GradeJsonWriter.ToJson(Grade(essay)), GradeJsonWriter.ToJson(Grade(essay)));
    }

    [Fact]
    public void Grade_ManyEssaysConcurrently_IdenticalToSequential()
    {
        var essays = Essays.Names().Select(Essays.Read).ToArray();
        var work = Enumerable.Range(0, 160).Select(i => essays[i % essays.Length]).ToArray();
        var sequential = work.Select(e => GradeJsonWriter.ToJson(Grade(e))).ToArray();

        var concurrent = new string[work.Length];
        Parallel.For(0, work.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => concurrent[i] = GradeJsonWriter.ToJson(Grade(work[i])));

        Assert.Equal(sequential, concurrent);
    }

    [Fact]
    public void Grade_EveryEssayAndArbitraryText_MarksWithinZeroToMax()
    {
        var random = new Random(20261126);
        var words = Essays.Read("strong-agree").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var texts = Essays.Names().Select(Essays.Read).ToList();
        for (var i = 0; i < 40; i++)
        {
            var count = random.Next(1, 900);
            var picked = Enumerable.Range(0, count).Select(_ => random.Next(10) == 0 ? "\n\n" : words[random.Next(words.Length)]);
            texts.Add(string.Join(' ', picked));
        }

        texts.Add("1949 1950 1953 1956 $300 million 156 projects 1954 1955");
        texts.Add("?!.,;:–—\"'()[]");
        texts.Add("- a\n- b\n- c");
        texts.Add(new string('x', 5000));

        foreach (var text in texts)
        {
            var result = Grade(text);
            Assert.InRange(result.Total, 0, result.Max);
            foreach (var criterion in result.Criteria)
            {
                Assert.InRange(criterion.Mark, 0, criterion.Max);
            }

            Assert.Equal(result.Criteria.Sum(c => c.Mark), result.Total);
        }
    }
}
