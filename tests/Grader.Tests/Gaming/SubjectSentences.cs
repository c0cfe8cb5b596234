namespace Grader.Tests.Gaming;

/// <summary>
/// Varied one-line mentions of the question's subject, dropped into the paragraphs of an essay about something else
/// so that every paragraph "names the subject".
/// </summary>
internal static class SubjectSentences
{
    public static readonly IReadOnlyList<string> Pool =
    [
        "In the same way, the Soviet Union was crucial to Mao's China after 1949.",
        "This is similar to how Stalin supported the People's Republic of China in 1950.",
        "The Soviet Union played a similar role in China, where Soviet experts were vital.",
        "Likewise, Mao needed the USSR to protect the new Chinese state.",
        "The same was true of the Sino-Soviet alliance, which was crucial for China in the early 1950s.",
        "Stalin's help to Mao shows that the Soviet role in China was also decisive.",
        "China's First Five-Year Plan, copied from the Soviet Union, shows the same thing.",
        "In China too, Soviet aid was essential between 1949 and 1956.",
        "Khrushchev later visited Beijing, which shows how important the Soviet Union was to China.",
        "This helps to explain why the Soviet Union was so crucial for the PRC.",
        "Moscow's support for Beijing in the Korean War was equally vital.",
        "The Soviet loan to China in 1950 is another example of this.",
        "For China, the treaty with the USSR in 1950 was just as crucial.",
        "Soviet technicians in China had a comparable influence on Mao's regime.",
        "This reminds us that the Soviet Union was the key ally of the Chinese Communist Party.",
        "The role of the Soviet Union in the early PRC was crucial in a similar way.",
    ];

    /// <summary>One sentence from the pool (without repeats, in a seeded order) added to each paragraph, at its start or its end.</summary>
    public static string IntoEveryParagraph(string essay, Random random, bool atStart)
    {
        var pool = Pool.ToArray();
        random.Shuffle(pool);
        var paragraphs = Support.Essays.Paragraphs(essay);
        return Support.Essays.Join(paragraphs.Select((paragraph, i) =>
            atStart ? pool[i % pool.Length] + " " + paragraph : paragraph + " " + pool[i % pool.Length]));
    }
}
