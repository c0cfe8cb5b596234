using Grader.Collections;

namespace Grader.Rubrics;

/// <summary>
/// A known wrong claim. A sentence makes it when it contains a phrase from every group of <see cref="AllOf"/>, none
/// of <see cref="NoneOf"/>, and (when given) a year within <see cref="WithYearIn"/>.
/// </summary>
/// <param name="Id">The misconception's id.</param>
/// <param name="Claim">The wrong claim, in words.</param>
/// <param name="AllOf">Phrase groups a sentence must each match.</param>
/// <param name="NoneOf">Phrases that rule the claim out.</param>
/// <param name="WithYearIn">Years the sentence must mention, when given.</param>
/// <param name="Correction">What is right, as the flag says it.</param>
public sealed record Misconception(string Id, string Claim, IReadOnlyList<IReadOnlyList<string>> AllOf, IReadOnlyList<string> NoneOf, YearRange? WithYearIn, string Correction)
{
    /// <summary>Phrase groups: a sentence makes the claim only with a phrase from every group. Held as a private copy that compares item by item.</summary>
    public IReadOnlyList<IReadOnlyList<string>> AllOf { get; init => field = ValueList.Nested(value); } = ValueList.Nested(AllOf);

    /// <summary>Phrases that, in the same sentence, show the claim is not being made. Held as a private copy that compares item by item.</summary>
    public IReadOnlyList<string> NoneOf { get; init => field = ValueList.From(value); } = ValueList.From(NoneOf);
}
