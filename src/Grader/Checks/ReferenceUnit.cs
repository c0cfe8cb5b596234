namespace Grader.Checks;

/// <summary>One unit of a <see cref="CopyReference"/>: the source it comes from (<see cref="CopyReference.Neutral"/> for the question) and the sentence it is part of, for quoting.</summary>
internal sealed record ReferenceUnit(int Source, string Sentence);
