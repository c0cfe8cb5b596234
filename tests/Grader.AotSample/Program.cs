using System.Diagnostics;
using Grader;
using Grader.Reporting;

// Loads a question folder (default: the bundled one, found above the working directory) and grades one essay (default:
// an honest test essay), printing the grade and how long loading and grading took. Exit code 0 only for a graded essay.
var started = Stopwatch.GetTimestamp();
var root = FindRepositoryRoot(Environment.CurrentDirectory);
var rubricPath = args.Length > 0 ? args[0] : Path.Combine(root ?? ".", "data", "soviet-union-prc", "rubric.json");
var essayPath = args.Length > 1 ? args[1] : Path.Combine(root ?? ".", "tests", "Grader.Tests", "Essays", "strong-disagree.txt");

var load = MarkScheme.Load(rubricPath);
if (!load.Succeeded)
{
    foreach (var problem in load.Problems)
    {
        Console.Error.WriteLine(problem);
    }

    return 1;
}

var loaded = Stopwatch.GetElapsedTime(started);
var result = new EssayGrader(load.Value!).Grade(File.ReadAllText(essayPath));
var graded = Stopwatch.GetElapsedTime(started);
Console.WriteLine(GradeJsonWriter.ToJson(result, id: Path.GetFileNameWithoutExtension(essayPath), indented: false));
Console.Error.WriteLine($"{result.Status} {result.Total}/{result.Max} ({result.Band}); loaded in {loaded.TotalMilliseconds:0} ms, graded in {(graded - loaded).TotalMilliseconds:0} ms, {graded.TotalMilliseconds:0} ms from start to result");
return result.Status == Grader.Scoring.GradeStatus.Error ? 1 : 0;

static string? FindRepositoryRoot(string start)
{
    for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "Grader.sln")))
        {
            return directory.FullName;
        }
    }

    return null;
}
