using Grader.Collections;

namespace Grader.Rubrics;

/// <summary>A factor other than the one in the question that a balanced answer weighs, and the phrases that name it.</summary>
/// <param name="Id">The factor's id in the answer key.</param>
/// <param name="Name">Its name, as feedback quotes it.</param>
/// <param name="Terms">Words that show an essay weighs this factor.</param>
public sealed record AlternativeFactor(string Id, string Name, IReadOnlyList<string> Terms)
{
    /// <summary>Words that show an essay weighs this factor. Held as a private copy that compares item by item.</summary>
    public IReadOnlyList<string> Terms { get; init => field = ValueList.From(value); } = ValueList.From(Terms);
}
