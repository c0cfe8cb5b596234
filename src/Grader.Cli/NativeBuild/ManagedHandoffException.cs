namespace Grader.Cli.NativeBuild;

/// <summary>Thrown in the native build when a command turns out to need the .NET runtime build (see <see cref="ManagedHandoff.LoadOrHandOff"/>); the command is then run there whole.</summary>
internal sealed class ManagedHandoffException(string reason) : Exception(reason)
{
    /// <summary>Why, as the start of a sentence ("the question (…) needs …").</summary>
    public string Reason { get; } = reason;
}
