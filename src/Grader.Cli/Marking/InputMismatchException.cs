namespace Grader.Cli.Marking;

/// <summary>The input turned out not to fit the run (for example not the input an output being resumed came from); its message is for the user.</summary>
internal sealed class InputMismatchException(string message) : Exception(message);
