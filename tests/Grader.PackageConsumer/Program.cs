using System.Runtime.CompilerServices;
using System.Text.Json;
using Grader;
using Grader.Reporting;
using Grader.Scoring;

// Uses the packages as a consumer would, through their public API only: load a question, grade an essay, serialize
// the grade both ways, grade a stream in order, and train the same scheme in memory with the training package.
// Arguments: <rubric.json> <essay.txt>. Exit code 0 when every check holds.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Grader.PackageConsumer <rubric.json> <essay.txt>");
    return 2;
}

var load = MarkScheme.Load(args[0]);
if (!load.Succeeded)
{
    foreach (var problem in load.Problems)
    {
        Console.Error.WriteLine(problem);
    }

    return 1;
}

var scheme = load.Value;
var essay = File.ReadAllText(args[1]);
var grader = new EssayGrader(scheme, new GraderOptions { MaxEssayLength = 100_000 });
var result = grader.Grade(essay);
var written = GradeJsonWriter.ToJson(result, indented: false);
var serialized = JsonSerializer.Serialize(result, GraderJsonContext.Default.GradeResult);
var readBack = JsonSerializer.Deserialize(serialized, GraderJsonContext.Default.GradeResult);

var inOrder = new List<int>();
await foreach (var graded in grader.GradeManyAsync(Repeat([essay, "", essay + "\n\nOne more paragraph."]), new BatchGradingOptions { MaxDegreeOfParallelism = 2 }))
{
    inOrder.Add(graded.Total);
}

var trained = MarkSchemeTrainer.Train(scheme.Rubric, scheme.AnswerKey, scheme.ModelEssay);
var checks = new (string What, bool Holds)[]
{
    ("graded", result.Status != GradeStatus.Error && result.Total > 0),
    ("GradeJsonWriter and System.Text.Json write the same document", written == serialized),
    ("the document reads back", readBack is not null && readBack.Total == result.Total && readBack.Criteria.SequenceEqual(result.Criteria)),
    ("a criterion by id", result.TryGetCriterion(result.Criteria[0].Id, out _)),
    ("batch grades in order", inOrder.Count == 3 && inOrder[0] == result.Total && inOrder[1] == 0),
    ("a scheme trained in memory grades alike", new EssayGrader(trained).Grade(essay) == result),
};
Console.WriteLine($"{result.Status} {result.Total}/{result.Max} ({result.Band})");
foreach (var (what, holds) in checks)
{
    Console.WriteLine($"{(holds ? "ok  " : "FAIL")} {what}");
}

return checks.All(c => c.Holds) ? 0 : 1;

static async IAsyncEnumerable<string> Repeat(string[] texts, [EnumeratorCancellation] CancellationToken cancellationToken = default)
{
    foreach (var text in texts)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        yield return text;
    }
}
