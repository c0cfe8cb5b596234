namespace Grader.Cli.Commands.Evaluation;

/// <summary>
/// One ASAP-AES prompt: its score range (domain 1) and a one-line description written for this project from the dataset
/// README's table and the essays' topics (the dataset ships no prompt texts).
/// </summary>
internal sealed record AsapPrompt(int Set, int MinScore, int MaxScore, string Description)
{
    public int Range => MaxScore - MinScore;

    public static readonly IReadOnlyList<AsapPrompt> All =
    [
        new(1, 2, 12, "Write a letter to your local newspaper persuading readers of your view on the effects computers have on people."),
        new(2, 1, 6, "Write a persuasive essay on censorship in libraries: should offensive books, music, films and magazines be removed from the shelves?"),
        new(3, 0, 3, "Explain how the features of the setting affect the cyclist in the story 'Rough Road Ahead', with examples from the text."),
        new(4, 0, 3, "Explain why the author concludes the story 'Winter Hibiscus' with Saeng's vow to take the test again in the spring."),
        new(5, 0, 4, "Describe the mood the author creates in the memoir 'Narciso Rodriguez' and support it with information from the text."),
        new(6, 0, 4, "Describe the obstacles the builders of the Empire State Building faced in allowing dirigibles to dock there."),
        new(7, 0, 30, "Write a story about a time when you or someone you know was patient."),
        new(8, 0, 60, "Write a true story in which laughter was one element."),
    ];
}
