using Microsoft.Extensions.Logging;

namespace Grader.Hosting.Diagnostics;

/// <summary>The log messages of the hosting integration (source-generated: no formatting cost when a level is off).</summary>
internal static partial class GraderLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Loaded question '{Question}' from {RubricPath} in {ElapsedMilliseconds} ms: {Description}")]
    public static partial void QuestionLoaded(ILogger logger, string question, string rubricPath, long elapsedMilliseconds, string description);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Question '{Question}': {NoticeCode}: {Notice}")]
    public static partial void QuestionNotice(ILogger logger, string question, string noticeCode, string notice);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "Question '{Question}' could not be loaded from {RubricPath}: {ProblemCount} problem(s)")]
    public static partial void QuestionFailed(ILogger logger, string question, string rubricPath, int problemCount);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "Question '{Question}': {File}:{Line}: {JsonPath}: {Problem}")]
    public static partial void QuestionProblem(ILogger logger, string question, string file, int line, string jsonPath, string problem);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "Warmed up question '{Question}': {Rounds} round(s) of {Samples} sample(s), {Characters} characters in all, first round {FirstMilliseconds:0.0} ms, last {LastMilliseconds:0.0} ms")]
    public static partial void QuestionWarmedUp(ILogger logger, string question, int rounds, int samples, int characters, double firstMilliseconds, double lastMilliseconds);
}
