namespace Grader.Screening;

/// <summary>
/// General English words that show a passage speaks to whoever (or whatever) marks the essay rather than answering the
/// question. Each list is one kind; the values are flags so one pass over a sentence collects every kind it holds.
/// Nothing here belongs to a question.
/// </summary>
internal static class MarkerAddressWords
{
    /// <summary>Someone or something that marks ("the examiner", "language model").</summary>
    public const int Addressee = 1;

    /// <summary>The marking itself ("marks", "rubric", "previous instructions").</summary>
    public const int Marking = 2;

    /// <summary>A verb of instruction, counted only when it opens the sentence ("Ignore…", "Give…").</summary>
    public const int Instruction = 4;

    /// <summary>A claim on marks ("deserves", "should be awarded").</summary>
    public const int Claim = 8;

    /// <summary>A speaker label, counted only at the start of a line and before a colon ("SYSTEM:").</summary>
    public const int Role = 16;

    /// <summary>Words that address the marker on their own ("Dear examiner", "full marks").</summary>
    public const int Direct = 32;

    /// <summary>Words that may stand before an instruction verb without changing it ("Please ignore…").</summary>
    public const int Softener = 64;

    /// <summary>
    /// A machine word that is also an everyday noun ("the computer", "the model", "AI"): it addresses the marker only in
    /// a sentence that also names the essay itself. Students write "people should get off the computer and get better
    /// grades"; on the 12,976 ASAP essays the bare words sent 88 honest essays to review.
    /// </summary>
    public const int Ambiguous = 128;

    /// <summary>Words for the essay itself ("this essay", "my answer"): what a claim on marks is about.</summary>
    public const int SelfReference = 256;

    public static readonly string[] Addressees =
    [
        "marker", "markers", "examiner", "examiners", "grader", "graders", "assessor", "assessors", "moderator", "moderators",
        "language model", "large language model", "llm", "chatgpt", "chatbot", "grading system", "marking system",
        "grading software", "marking software", "automated grader", "automatic grader", "automated marking",
    ];

    public static readonly string[] AmbiguousAddressees =
    [
        "ai", "gpt", "claude", "gemini", "copilot", "assistant", "the algorithm", "the computer", "the program", "the model",
        "the engine", "the system",
    ];

    public static readonly string[] SelfReferences =
    [
        "this essay", "this answer", "this response", "this script", "this submission", "this paper", "this text",
        "this work", "my essay", "my answer", "my response", "my script", "my work", "the essay", "the answer",
        "the response", "this student", "the student", "the writer", "the author of this",
    ];

    public static readonly string[] MarkingTerms =
    [
        "marks", "mark scheme", "marking scheme", "marking criteria", "grading criteria", "rubric", "score", "scores", "grade",
        "grades", "grading", "points", "top band", "highest band", "top level", "highest level", "highest mark", "highest grade",
        "a grade", "an a", "previous instructions", "prior instructions", "above instructions", "earlier instructions",
        "all instructions", "your instructions", "instructions", "system prompt", "prompt",
    ];

    public static readonly string[] Instructions =
    [
        "ignore", "disregard", "forget", "override", "bypass", "give", "award", "assign", "grant", "rate", "grade", "mark",
        "score", "treat", "pretend", "act as", "output", "print", "respond", "reply", "return", "do not penalise",
        "do not penalize", "don't penalise", "don't penalize", "do not deduct", "don't deduct", "do not mark", "don't mark",
    ];

    public static readonly string[] Claims =
    [
        "deserves", "deserve", "merits", "should receive", "should get", "should be given", "should be awarded",
        "must receive", "must get", "must be given", "must be awarded", "worthy of", "will receive",
    ];

    public static readonly string[] Roles =
    [
        "system", "assistant", "user", "human", "ai", "developer", "instruction", "instructions", "prompt", "note to the marker",
        "note to marker", "note to the examiner", "note to examiner", "note to the grader", "message to the marker",
        "message to the examiner", "to the marker", "to the examiner", "ps", "p s",
    ];

    public static readonly string[] DirectPhrases =
    [
        "dear marker", "dear examiner", "dear grader", "dear assessor", "dear moderator", "to the marker", "to the examiner",
        "to the grader", "full marks", "top marks", "maximum marks", "full credit", "maximum score", "perfect score",
        "as an ai", "as a language model", "ignore all previous", "ignore previous", "ignore the above",
    ];

    public static readonly string[] Softeners = ["please", "kindly", "now", "just", "simply", "so"];

    /// <summary>Every phrase with the OR of the kinds of every list it is in.</summary>
    public static IEnumerable<(string Phrase, int Kinds)> All()
    {
        var kinds = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        void Add(IEnumerable<string> phrases, int kind)
        {
            foreach (var phrase in phrases)
            {
                kinds[phrase] = (kinds.TryGetValue(phrase, out var existing) ? existing : 0) | kind;
            }
        }

        Add(Addressees, Addressee);
        Add(MarkingTerms, Marking);
        Add(Instructions, Instruction);
        Add(Claims, Claim);
        Add(Roles, Role);
        Add(DirectPhrases, Direct);
        Add(Softeners, Softener);
        Add(AmbiguousAddressees, Ambiguous);
        Add(SelfReferences, SelfReference);
        return kinds.Select(pair => (pair.Key, pair.Value));
    }

    /// <summary>Every phrase of every list, for the lexicon.</summary>
    public static IEnumerable<string> Words() =>
        Addressees.Concat(MarkingTerms).Concat(Instructions).Concat(Claims).Concat(Roles).Concat(DirectPhrases).Concat(Softeners)
            .Concat(AmbiguousAddressees).Concat(SelfReferences);
}
