using System.Text;
using System.Text.RegularExpressions;

namespace Grader.Tests.Checks;

/// <summary>
/// Texts written for the copy-detection tests, on a question unlike the bundled one and unlike the texts the thresholds
/// were tuned on ("Why did the Roman Republic fall?"): a model essay, honest answers that share its names, dates and
/// topic words, and the disguises a student might put on a copy.
/// </summary>
internal static partial class CopyTexts
{
    public const string Question = "How far was Julius Caesar responsible for the fall of the Roman Republic?";

    public const string Model = """
        The fall of the Roman Republic was not caused by one man, but Julius Caesar's crossing of the Rubicon in 49 BC was the decisive moment in a long decline.

        The roots of the crisis lay in the second century BC. Rome's conquests brought vast wealth to a small senatorial elite, while the small farmers who served in the legions lost their land to great estates worked by slaves. When Tiberius Gracchus proposed to redistribute public land in 133 BC, he was clubbed to death by senators, and his brother Gaius met a similar fate in 121 BC. Political violence had become a normal tool of politics.

        The army reforms of Gaius Marius made the crisis worse. By recruiting landless volunteers and promising them farms on discharge, Marius created soldiers who were loyal to their general rather than to the state. Sulla showed what this meant when he marched on Rome in 88 BC and made himself dictator, executing hundreds of his enemies through the proscriptions.

        Caesar followed the path that Sulla had opened. After conquering Gaul he refused to give up his army, crossed the Rubicon and defeated Pompey in a civil war. His appointment as dictator for life in 44 BC convinced a group of senators that the Republic could only be saved by his murder. However, the assassination solved nothing: it led to further civil wars, and in 27 BC Octavian became Augustus, the first emperor.

        In conclusion, the Republic fell because its institutions could not control the ambitions of generals who commanded private armies. Caesar was the most important individual, but he was a symptom of the disease as much as its cause.
        """;

    /// <summary>Honest answers to the same question, each written on its own: they name the same people, dates and events.</summary>
    public static readonly string[] Honest =
    [
        """
        I would argue that Caesar was only partly responsible for the end of the Republic, because the system was already breaking down long before he crossed the Rubicon in 49 BC.

        Firstly, the Gracchi brothers showed that reformers could be killed in the street. Tiberius Gracchus wanted to give public land back to poor citizens, and in 133 BC a mob of senators beat him to death. Ten years later his brother Gaius was also killed. After this, Roman politicians knew that force could decide arguments that votes could not.

        Secondly, Marius changed the army so that poor men could join, and they expected their commander to reward them with land when they retired. This meant that a successful general had thousands of men who would follow him anywhere, even against Rome itself. Sulla proved this in 88 BC, and his bloody proscriptions were a warning of what was to come.

        Caesar certainly played a big part. He used the wealth of Gaul to build his own power and fought a civil war against Pompey and the Senate. When he was made dictator for life in 44 BC, the senators who stabbed him on the Ides of March believed they were saving the Republic. They were wrong, because Octavian, later called Augustus, finally ended it in 27 BC.

        Overall, Caesar was the man who struck the final blow, but the Republic was already fatally weakened by violence and by armies loyal to their generals.
        """,
        """
        The Roman Republic lasted for almost five hundred years, and its collapse had many causes. Julius Caesar is the most famous figure of the period, yet I do not think he was mainly to blame.

        The Senate was made up of rich families who refused to share the profits of the empire. Ordinary soldiers came home from long wars to find their farms ruined, and when the tribune Tiberius Gracchus tried to help them he was murdered in 133 BC. His brother Gaius suffered the same end in 121 BC. These killings broke the rule that political disputes should be settled peacefully.

        The next problem was the army. Gaius Marius opened the legions to men without property, who depended on their general for pay and land. Sulla used such an army to capture Rome in 88 BC and then killed his rivals. Pompey and Crassus also built up huge personal followings. Any ambitious general could now try to seize power.

        Caesar took advantage of this situation. His conquest of Gaul gave him money and loyal troops, and in 49 BC he led them across the Rubicon into Italy. He beat Pompey and became dictator, but he was assassinated in 44 BC. The wars did not stop: Octavian defeated Mark Antony and became the first emperor, Augustus, in 27 BC.

        In my view the Republic fell because of deep problems with land, the army and the Senate, and Caesar simply took the opportunity these problems created.
        """,
        """
        caesar did lots of things that destroyed the republic. he crossed the rubicon river with his army in 49 bc which was against the law and this started a civil war with pompey.

        before caesar there was already problems. the rich people had all the land and the poor people had nothing so the gracchi tried to change it but they got killed. marius let poor people join the army and then soldiers liked their generals more then rome. sulla attacked rome and killed lots of people.

        caesar won the war against pompey and became dictator for life. the senators didnt like it so they killed him in 44 bc. then there were more wars and augustus became emperor.

        so caesar was very responsible but other people like sulla and marius also helped to end the republic.
        """,
    ];

    /// <summary>Synonyms for the model essay's words (a student's "rewording"); names, dates and little words stay.</summary>
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["fall"] = "collapse", ["caused"] = "produced", ["decisive"] = "crucial", ["moment"] = "point", ["long"] = "lengthy",
        ["decline"] = "deterioration", ["roots"] = "origins", ["crisis"] = "emergency", ["lay"] = "rested", ["conquests"] = "victories",
        ["brought"] = "delivered", ["vast"] = "enormous", ["wealth"] = "riches", ["small"] = "little", ["elite"] = "aristocracy",
        ["farmers"] = "peasants", ["served"] = "fought", ["lost"] = "forfeited", ["land"] = "territory", ["great"] = "large",
        ["estates"] = "properties", ["worked"] = "farmed", ["slaves"] = "captives", ["proposed"] = "suggested",
        ["redistribute"] = "reallocate", ["public"] = "state", ["clubbed"] = "beaten", ["brother"] = "sibling", ["similar"] = "comparable",
        ["fate"] = "destiny", ["violence"] = "brutality", ["normal"] = "ordinary", ["tool"] = "instrument", ["reforms"] = "changes",
        ["worse"] = "graver", ["recruiting"] = "enlisting", ["landless"] = "propertyless", ["volunteers"] = "recruits",
        ["promising"] = "pledging", ["farms"] = "holdings", ["discharge"] = "release", ["created"] = "produced", ["soldiers"] = "troops",
        ["loyal"] = "faithful", ["general"] = "commander", ["showed"] = "demonstrated", ["meant"] = "signified", ["marched"] = "advanced",
        ["executing"] = "killing", ["enemies"] = "opponents", ["followed"] = "pursued", ["path"] = "route", ["opened"] = "cleared",
        ["conquering"] = "subduing", ["refused"] = "declined", ["army"] = "forces", ["crossed"] = "traversed", ["defeated"] = "beat",
        ["civil"] = "internal", ["war"] = "conflict", ["appointment"] = "nomination", ["convinced"] = "persuaded", ["group"] = "band",
        ["saved"] = "rescued", ["murder"] = "killing", ["assassination"] = "killing", ["solved"] = "settled", ["led"] = "resulted",
        ["further"] = "more", ["wars"] = "conflicts", ["emperor"] = "ruler", ["conclusion"] = "summary", ["institutions"] = "structures",
        ["control"] = "restrain", ["ambitions"] = "aspirations", ["generals"] = "commanders", ["commanded"] = "led",
        ["private"] = "personal", ["armies"] = "forces", ["important"] = "significant", ["individual"] = "person", ["symptom"] = "sign",
        ["disease"] = "illness", ["cause"] = "source", ["political"] = "civic", ["politics"] = "public life", ["became"] = "turned into",
    };

    /// <summary>Words put in for every k-th word: ordinary words unrelated to the text.</summary>
    private static readonly string[] Fillers = ["really", "quite", "certain", "various", "notable", "clear", "simple", "actual", "broad", "main"];

    public static string EveryKthWordChanged(string text, int k)
    {
        var n = 0;
        return Word().Replace(text, m => ++n % k == 0 ? Fillers[n % Fillers.Length] : m.Value);
    }

    public static string SynonymsSwapped(string text) =>
        Word().Replace(text, m => Synonyms.TryGetValue(m.Value, out var synonym) ? (char.IsUpper(m.Value[0]) ? char.ToUpperInvariant(synonym[0]) + synonym[1..] : synonym) : m.Value);

    public static string ZeroWidthInWords(string text) => Word().Replace(text, m => m.Length >= 4 ? m.Value[..2] + "\u200B" + m.Value[2..^1] + "\u00AD" + m.Value[^1] : m.Value);

    public static string[] Paragraphs(string text) => text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string Join(IEnumerable<string> paragraphs) => string.Join("\n\n", paragraphs);

    /// <summary>The paragraphs in reverse order, and the sentences of each in reverse order.</summary>
    public static string Reordered(string text) =>
        Join(Paragraphs(text).Reverse().Select(p => string.Join(" ", Sentence().Split(p).Reverse())));

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex Sentence();
}
