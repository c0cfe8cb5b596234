using Grader.Collections;

namespace Grader.Rubrics;

/// <summary>A named idea and the words or phrases that show an essay is talking about it.</summary>
/// <param name="Name">What the terms name, as feedback quotes it.</param>
/// <param name="Terms">The words and phrases (any counts).</param>
public sealed record TermList(string Name, IReadOnlyList<string> Terms)
{
    /// <summary>The words and phrases (any of them counts). Held as a private copy that compares item by item.</summary>
    public IReadOnlyList<string> Terms { get; init => field = ValueList.From(value); } = ValueList.From(Terms);
}
