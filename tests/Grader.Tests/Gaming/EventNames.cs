using Grader.Rubrics;

namespace Grader.Tests.Gaming;

/// <summary>How gaming text names an answer-key event and describes it, read from the key at run time.</summary>
internal static class EventNames
{
    /// <summary>The event's first capitalised term (a proper name such as "Korean Armistice"), else its first term.</summary>
    public static string Name(TimelineEvent timelineEvent) =>
        timelineEvent.Terms.FirstOrDefault(term => char.IsUpper(term[0])) ?? timelineEvent.Terms[0];

    /// <summary>The event's description ready to follow "because": a leading "The" lower-cased, proper names kept.</summary>
    public static string Clause(TimelineEvent timelineEvent) =>
        timelineEvent.Event.StartsWith("The ", StringComparison.Ordinal) ? "t" + timelineEvent.Event[1..] : timelineEvent.Event;
}
