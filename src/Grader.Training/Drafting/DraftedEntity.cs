namespace Grader.Drafting;

/// <summary>A name found in the model essays: the form written most fully, its kind (a guess), the shorter forms that refer to it, and where each was found.</summary>
internal sealed record DraftedEntity(string Name, string Kind, IReadOnlyList<string> Variants, IReadOnlyList<EntityOccurrence> Occurrences)
{
    public IEnumerable<string> Forms => Variants.Prepend(Name);
}
