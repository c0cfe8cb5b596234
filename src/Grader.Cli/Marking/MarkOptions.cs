using Grader.Text;

namespace Grader.Cli.Marking;

/// <summary>The validated options of <c>grader mark</c>, paths made absolute (the input is <c>-</c> for standard input).</summary>
internal sealed record MarkOptions(
    string Input,
    bool InputIsFolder,
    string? Rubric,
    string? Out,
    string? Details,
    int Threads,
    bool Resume,
    ShardSelector Shard,
    bool Quiet,
    string IdColumn,
    string TextColumn,
    int MaxTextLength,
    string? Calibration = null,
    InputEncoding? Encoding = null,
    char? Delimiter = null)
{
    public const int DefaultMaxTextLength = 200_000;
}
