using System.Collections.Concurrent;
using Grader.Hosting.Core;
using Grader.Hosting.Diagnostics;
using Grader.Loading;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Grader.Hosting;

/// <summary>
/// Loads questions' mark schemes, each rubric once (start-up validation and the catalog share the result), and logs
/// what happened once: the load and its time, the library's notices as warnings, every problem as an error with its location.
/// </summary>
internal sealed class QuestionLoader(ILogger<QuestionLoader> logger, TimeProvider time, IHostEnvironment? environment = null)
{
    private readonly ConcurrentDictionary<string, Lazy<LoadResult<MarkScheme>>> _loads = new(StringComparer.Ordinal);

    /// <summary>The full path of <paramref name="rubric"/>, relative paths taken from the content root (else the working directory).</summary>
    public string Resolve(string rubric) => Path.GetFullPath(rubric, environment?.ContentRootPath ?? Directory.GetCurrentDirectory());

    public QuestionLoad Load(string name, string rubric)
    {
        var path = Resolve(rubric);
        var result = _loads.GetOrAdd(path, key => new Lazy<LoadResult<MarkScheme>>(() => LoadAndLog(name, key))).Value;
        return new QuestionLoad(path, result);
    }

    private LoadResult<MarkScheme> LoadAndLog(string name, string path)
    {
        var start = time.GetTimestamp();
        var result = GraderCore.Load(path);
        if (result.Value is { } scheme)
        {
            GraderLog.QuestionLoaded(logger, name, path, (long)time.GetElapsedTime(start).TotalMilliseconds, GraderCore.Describe(scheme));
            foreach (var notice in result.Notices)
            {
                GraderLog.QuestionNotice(logger, name, notice.Code, notice.Message);
            }

            return result;
        }

        GraderLog.QuestionFailed(logger, name, path, result.Problems.Count);
        foreach (var problem in result.Problems)
        {
            GraderLog.QuestionProblem(logger, name, problem.File, problem.Line, problem.Path, problem.Message);
        }

        return result;
    }
}
