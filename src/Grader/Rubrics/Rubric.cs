using Grader.Collections;

namespace Grader.Rubrics;

/// <summary>
/// How one question is marked: the question and its period, the words that name its subject and key concept, the
/// criteria with their levels and caps, the overall bands, and the files that go with it (answer key, model essay,
/// similarity model), resolved to full paths. A question need not have a period or a subject list (a science or
/// literature question): see <see cref="Period"/> and <see cref="Subject"/>.
/// </summary>
/// <param name="Id">The rubric's id (unique per question; calibrations name it).</param>
/// <param name="Title">A title for people.</param>
/// <param name="Question">The question, as set.</param>
/// <param name="Period">The years the question covers, or null when it has none: the period screen and checks then do nothing, and no criterion may weigh a period signal.</param>
/// <param name="Subject">The words that name the question's subject, or null when it has none: the question's own content words then stand for it.</param>
/// <param name="KeyConcept">The words of its key concept (for example "crucial").</param>
/// <param name="TopicTerms">Further words of the topic.</param>
/// <param name="Length">The expected length.</param>
/// <param name="Criteria">The criteria.</param>
/// <param name="Bands">The overall bands, highest first.</param>
/// <param name="Files">The files that go with it.</param>
public sealed record Rubric(
    string Id,
    string Title,
    string Question,
    YearRange? Period,
    TermList? Subject,
    TermList KeyConcept,
    IReadOnlyList<string> TopicTerms,
    LengthGuide Length,
    IReadOnlyList<Criterion> Criteria,
    IReadOnlyList<Band> Bands,
    RubricFiles Files)
{
    /// <summary>What kind of answer the question asks for (<see cref="ResponseType.Essay"/> unless the rubric says otherwise).</summary>
    public ResponseType ResponseType { get; init; } = ResponseType.Essay;

    /// <summary>Words of the question's topic beyond its subject (names, places, events) that show an essay is on topic. Held as a private copy that compares item by item.</summary>
    public IReadOnlyList<string> TopicTerms { get; init => field = ValueList.From(value); } = ValueList.From(TopicTerms);

    /// <summary>The criteria, in the order the grade lists them. Held as a private copy that compares item by item.</summary>
    public IReadOnlyList<Criterion> Criteria { get; init => field = ValueList.From(value); } = ValueList.From(Criteria);

    /// <summary>The overall bands, highest first: a total earns the first band whose minimum it reaches. Held as a private copy that compares item by item.</summary>
    public IReadOnlyList<Band> Bands { get; init => field = ValueList.From(value); } = ValueList.From(Bands);

    /// <summary>The most marks an essay can earn: the sum of the criteria's maxima.</summary>
    public int MaxMark
    {
        get
        {
            var total = 0;
            foreach (var criterion in Criteria)
            {
                total += criterion.Max;
            }

            return total;
        }
    }
}
