namespace Grader.Hosting;

/// <summary>
/// The warm-up: before the host finishes starting, each question grades its warm-up samples a few times, so the
/// grading code is compiled and its caches filled before the first real request. The samples are built from the
/// question's own files: the question followed by the answer key's key points (an on-topic answer the whole marking
/// path runs on, nothing screened out), else followed by the rubric's level descriptors; and the model essay, when
/// there is one (screened out as a copy of itself, which runs the copy screen's path).
/// </summary>
public sealed class GraderWarmUpOptions
{
    /// <summary>Whether to warm up at start (default true). Only hosts run it: a bare service provider does not start.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How many times each question grades each sample (default 3).</summary>
    public int Rounds { get; set; } = 3;
}
