namespace Grader.Hosting;

/// <summary>One question: where its rubric is. The rubric names its answer key, model essay and similarity model.</summary>
public sealed class GraderQuestionOptions
{
    /// <summary>The rubric file; a relative path is taken from the host's content root (else the working directory).</summary>
    public string Rubric { get; set; } = "";
}
