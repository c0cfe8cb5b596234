using Grader.Collections;

namespace Grader.Rubrics;

/// <summary>A named person, organisation, treaty, policy, place or event, with the spellings students use.</summary>
/// <param name="Name">The name as usually written.</param>
/// <param name="Kind">What it names: person, place, organisation, event or other.</param>
/// <param name="Variants">Other spellings and forms.</param>
public sealed record GazetteerEntry(string Name, string Kind, IReadOnlyList<string> Variants)
{
    /// <summary>Other spellings and forms of the name. Held as a private copy that compares item by item.</summary>
    public IReadOnlyList<string> Variants { get; init => field = ValueList.From(value); } = ValueList.From(Variants);
}
