namespace Grader.Tests.Screening;

/// <summary>
/// Passages written for the screening tests (none is taken from the gaming suite, the test essays or the bundled data):
/// an honest answer to the bundled question in six paragraphs, other honest answers (vague, ESL-style), honest
/// context, and material on other subjects to paste in. Each test inserts what it needs into these.
/// </summary>
internal static class ScreeningTexts
{
    public const string Introduction =
        "The Soviet Union mattered a great deal to the People's Republic in its first years, but it was not the only reason the new state survived. "
        + "Moscow supplied recognition, a military alliance, credit and thousands of experts at a time when no other great power would help Mao. "
        + "Yet the Chinese Communist Party had already won the civil war on its own, and its land reform owed little to Soviet advice. "
        + "This essay argues that Soviet help was crucial until about 1953 and important, though less decisive, afterwards.";

    public const string Diplomacy =
        "Diplomatic support came first. On 2 October 1949, the day after Mao proclaimed the People's Republic, the USSR became the first state to recognise it. "
        + "Mao then spent two months in Moscow, and on 14 February 1950 the two governments signed the Treaty of Friendship, Alliance and Mutual Assistance. "
        + "The treaty promised Soviet protection if Japan attacked China again, which mattered greatly to a country exhausted by war. "
        + "It also brought a loan of $300 million at one per cent interest. Therefore the alliance gave Beijing the security it needed to rebuild.";

    public const string Korea =
        "The Korean War tested the alliance. Chinese volunteers crossed the Yalu in October 1950, and Stalin supplied aircraft, tanks and artillery, although China later had to pay for much of it. "
        + "Soviet pilots flew over northern Korea in secret, but no Soviet ground troops fought. "
        + "The war cost China hundreds of thousands of lives and slowed its recovery, yet it also showed that the new state could stand up to the United States. "
        + "In this sense Soviet arms were vital, but the sacrifice was Chinese.";

    public const string Economy =
        "Economic help was probably the most lasting contribution. The First Five-Year Plan, begun in 1953, copied Soviet methods of central planning and put heavy industry first. "
        + "Around 156 major projects, from the Anshan steel works to power stations and tractor plants, were built with Soviet equipment and designs. "
        + "Some ten thousand Soviet specialists worked in China during the decade, and many Chinese students trained in the USSR. "
        + "Without this transfer of skills, industrial output could not have grown as quickly as it did.";

    public const string OtherFactors =
        "However, the Chinese Communists' own strengths should not be underestimated. The Agrarian Reform Law of 1950 gave land to hundreds of millions of peasants and broke the power of the landlords. "
        + "The campaigns against counter-revolutionaries and the Three-Anti and Five-Anti movements tightened the party's grip on the cities. "
        + "None of this depended on Soviet money. Moreover, after Stalin died in March 1953, Khrushchev's visit to Beijing in October 1954 increased aid, "
        + "which suggests that China could now bargain as a partner rather than a client.";

    public const string Conclusion =
        "In conclusion, the role of the Soviet Union was crucial in the early years of the People's Republic, above all in security and industry, but it was not the whole story. "
        + "The revolution in the villages was made by the Chinese party itself. "
        + "By 1956, when Khrushchev's Secret Speech attacked Stalin, Mao was already looking for a Chinese road, and the partnership had begun to change.";

    /// <summary>Honest context on the civil war before 1949: outside the period, but on the question's topic.</summary>
    public const string CivilWarContext =
        "Mao's victory in 1949 came at the end of a long civil war against Chiang Kai-shek's Guomindang. "
        + "The communists had survived the Long March and rebuilt their strength in Yan'an, and after Japan's defeat in 1945 they fought the Nationalists for Manchuria. "
        + "The Huaihai campaign of 1948 destroyed the best Nationalist armies, and Chiang fled to Taiwan with what was left of his government.";

    /// <summary>A paragraph about something else altogether, to paste into an answer.</summary>
    public const string Volcanoes =
        "Volcanoes form where tectonic plates pull apart or where one plate slides beneath another. "
        + "Molten magma rises through the crust, and when the pressure becomes too great it erupts as lava, ash and pyroclastic flows. "
        + "The eruption of Vesuvius buried Pompeii and Herculaneum, while Krakatoa darkened skies across the world. "
        + "Geologists now monitor seismic tremors and sulphur emissions to warn nearby towns before a caldera collapses.";

    /// <summary>More about volcanoes, for an answer wholly on another subject.</summary>
    public const string MoreVolcanoes =
        "Not every volcano is dangerous. Shield volcanoes such as Mauna Loa in Hawaii pour out runny basalt lava that rarely explodes, "
        + "while stratovolcanoes like Fuji build steep cones of ash and pumice. "
        + "Iceland sits on a mid-ocean ridge, so its eruptions are frequent but usually gentle.";

    /// <summary>Paragraphs about the French Revolution, each with the question's subject dropped into it.</summary>
    public static string[] FrenchRevolutionNamingTheSubject =>
    [
        "The storming of the Bastille began a revolution that Soviet leaders later admired. Parisian crowds, angry at bread prices and at the privileges of the nobility, "
        + "seized the fortress and its gunpowder. Louis XVI hesitated, and the National Assembly claimed to speak for the nation.",
        "Robespierre and the Jacobins then launched the Terror, sending thousands to the guillotine in the name of virtue, much as Soviet propaganda would later justify purges. "
        + "The Committee of Public Safety ruled by decree while the sans-culottes demanded price controls and the Vendée rose in revolt.",
        "Finally Napoleon Bonaparte seized power in the coup of Brumaire, ending the revolutionary decade. "
        + "His Civil Code and his conquests spread revolutionary ideas across Europe, a legacy that even Soviet historians praised.",
    ];

    /// <summary>An honest answer: six paragraphs, about 560 words.</summary>
    public static string[] HonestParagraphs => [Introduction, Diplomacy, Korea, Economy, OtherFactors, Conclusion];

    public static string HonestEssay => Join(HonestParagraphs);

    /// <summary>Each paragraph of the honest answer, as theory rows.</summary>
    public static TheoryData<string> EachHonestParagraph => new(HonestParagraphs);

    /// <summary>A weak but honest answer: vague, few names, no dates to speak of.</summary>
    public const string VagueEssay =
        "The Soviet Union was quite important for China after 1949 but I think China also did a lot by itself. Both sides were communist and they wanted to work together. However, it did not always go smoothly.\n\n"
        + "Russia helped China with money and with experts who came to build factories. This was a big help because China was poor after all the fighting. "
        + "The Chinese learned a lot from the Russians about how to run industry. Without this help things would have been much slower.\n\n"
        + "There was also the war in Korea, where China fought against America. The Russians gave weapons but they did not send their own soldiers. "
        + "China lost many men and this made some Chinese leaders unhappy with Moscow. It showed that the friendship had limits.\n\n"
        + "On the other hand, Mao and the Communist Party changed the countryside themselves. They took land from the landlords and gave it to the peasants. "
        + "This made the party popular with ordinary people. It had nothing to do with the Russians.\n\n"
        + "Overall, I would say the Soviet Union was important but not everything. China needed help at the start, but later it wanted to do things its own way. "
        + "So the role of the Soviet Union was big but it was not the only thing that mattered.";

    /// <summary>An honest answer in the English of a learner: missing articles, verb forms unchanged.</summary>
    public const string LearnerEssay =
        "In 1949 Mao Zedong was make the People's Republic of China and he need help from other country. Soviet Union is the only big country who want to help China in that time. "
        + "So Mao go to Moscow for meet Stalin and he stay there two month. In February 1950 they sign the treaty, and Soviet Union give China loan of 300 million dollar.\n\n"
        + "Soviet Union also send many expert to China. They teach Chinese worker how to make steel and machine, and they help to build 156 project. "
        + "I think without this expert China cannot make the First Five-Year Plan so fast. But the loan was not free, China must pay back with interest.\n\n"
        + "In Korean War China send soldier to fight with America. Stalin give weapon but not soldier, and China must pay for weapon later. "
        + "Many Chinese people was die in this war. This make Mao not so happy with Soviet Union.\n\n"
        + "After Stalin die in 1953 the new leader Khrushchev come to Beijing in 1954 and give more help. But in 1956 Khrushchev say bad thing about Stalin, and Mao don't like it. "
        + "So the relationship start to have problem.\n\n"
        + "In conclusion I think Soviet Union was very important for China in 1949 to 1956, because they give money, expert and protection. "
        + "But China also work very hard by itself, for example the land reform. So Soviet Union was important but not the only reason.";

    /// <summary>One of the whole answers by name: "honest", "vague" or "learner".</summary>
    public static string ByName(string name) => name switch
    {
        "honest" => HonestEssay,
        "vague" => VagueEssay,
        "learner" => LearnerEssay,
        "formulaic" => FormulaicEssay,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such answer"),
    };

    /// <summary>An honest answer written to a taught formula: point, evidence, explanation, and a link back to the question ending each body paragraph.</summary>
    public const string FormulaicEssay =
        "Many historians argue about how much the People's Republic of China owed to the Soviet Union between 1949 and 1956. "
        + "In this essay I will look at diplomacy, the Korean War, the economy and the limits of Soviet help. "
        + "I will argue that the Soviet Union was crucial, but mainly before Stalin died in 1953.\n\n"
        + "The first reason is diplomatic support. The USSR recognised the new state on 2 October 1949, only a day after Mao had proclaimed it in Tiananmen Square. "
        + "In February 1950 Mao and Stalin signed a thirty-year treaty of alliance in Moscow. "
        + "This meant that the Americans could not easily attack China without risking war with the Soviets. "
        + "This shows that the Soviet Union was crucial because it protected a weak new state from its enemies.\n\n"
        + "The second reason is the Korean War. When Chinese troops entered Korea in October 1950, they relied on Soviet rifles, artillery and MiG fighters. "
        + "Stalin also sent pilots who fought in secret over the Yalu River. "
        + "Without these weapons the Chinese army could not have held the Americans at the 38th parallel. "
        + "This shows that the Soviet Union was crucial because its weapons let China fight a superpower to a standstill.\n\n"
        + "The third reason is economic help. From 1953 the First Five-Year Plan followed the Soviet model, with heavy industry at the centre. "
        + "Soviet engineers designed steel mills at Anshan and Wuhan and a tractor factory at Luoyang. By 1957 industrial output had roughly doubled. "
        + "This shows that the Soviet Union was crucial because China had neither the money nor the experts to industrialise alone.\n\n"
        + "However, Soviet help had clear limits. The loan of 1950 was only $300 million, and China paid for its Korean War weapons with food and raw materials. "
        + "Land reform, which gave land to about 300 million peasants, was carried out by the Chinese party without Soviet money. "
        + "After 1953 Mao became more confident and began to question Soviet methods. "
        + "This shows that the Soviet Union was less crucial after Stalin's death because China was finding its own path.\n\n"
        + "In conclusion, the Soviet Union was crucial to the early People's Republic, especially in diplomacy, war and industry. "
        + "Its role became smaller after 1953, and by 1956 Mao was openly looking for a Chinese road to socialism. "
        + "Overall, Soviet help was vital at the start but never the only reason for the success of the new state.";

    public static string Join(IEnumerable<string> paragraphs) => string.Join("\n\n", paragraphs);

    /// <summary>The honest essay with <paramref name="paragraph"/> inserted as a paragraph of its own before paragraph <paramref name="index"/>.</summary>
    public static string HonestEssayWithParagraph(string paragraph, int index = 3)
    {
        var paragraphs = HonestParagraphs.ToList();
        paragraphs.Insert(index, paragraph);
        return Join(paragraphs);
    }

    /// <summary>The honest essay with <paramref name="sentence"/> written into the middle of its Korea paragraph.</summary>
    public static string HonestEssayWithSentence(string sentence) =>
        HonestEssay.Replace("but no Soviet ground troops fought. ", "but no Soviet ground troops fought. " + sentence + " ", StringComparison.Ordinal);
}
