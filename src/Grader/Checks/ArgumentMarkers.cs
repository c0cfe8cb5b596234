namespace Grader.Checks;

/// <summary>
/// English argument-indicator phrases, kept apart from any question's topic words so that the checks carry over to
/// new questions unchanged. Each list is one kind of cue; phrases match on words, case-insensitively.
/// </summary>
internal static class ArgumentMarkers
{
    /// <summary>Openers that turn a paragraph towards the other side.</summary>
    public static readonly string[] Contrast =
    [
        "however", "nevertheless", "nonetheless", "conversely", "on the other hand", "in contrast", "by contrast",
        "notwithstanding", "yet", "despite this", "despite", "in spite of", "that said", "alternatively", "on the contrary",
        "even so", "admittedly", "although", "though", "while", "whilst", "others argue", "critics argue", "some historians argue",
        "it could be argued", "it can be argued", "one could argue", "equally", "but",
    ];

    /// <summary>Concessions: granting a point to the other side inside the argument.</summary>
    public static readonly string[] Concession =
    [
        "although", "even though", "though", "while", "whilst", "admittedly", "despite", "in spite of", "granted",
        "it is true that", "to be sure", "albeit", "nonetheless", "nevertheless", "it could be argued", "it can be argued",
        "one could argue", "some historians", "critics", "on the other hand", "however", "to some extent", "to an extent",
        "at the same time", "that said", "notwithstanding",
    ];

    /// <summary>Explanation: causes, consequences and reasons.</summary>
    public static readonly string[] Explanation =
    [
        "because", "therefore", "thus", "hence", "consequently", "as a result", "as a consequence", "so that", "this meant",
        "this means", "which meant", "meaning that", "meant that", "led to", "leading to", "resulted in", "result of", "due to",
        "owing to", "since", "in order to", "enabled", "enabling", "allowed", "allowing", "caused", "causing", "contributed",
        "explains", "explain", "reason", "reasons", "why", "so great", "for this reason", "in turn", "which is why",
        "the effect", "the impact", "depended", "dependent", "dependence", "relied", "reliance", "relying", "forced", "compelled",
        "motivated", "in exchange", "at the cost of", "at the price of", "so", "as such", "this was because",
    ];

    /// <summary>Comparison: likeness and difference (what answers a "compare" question).</summary>
    public static readonly string[] Comparison =
    [
        "whereas", "similarly", "similar", "similarity", "similarities", "likewise", "in common", "both", "differ", "differed",
        "differs", "different", "difference", "differences", "unlike", "compared with", "compared to", "in comparison",
        "more than", "less than", "the same as", "just as",
    ];

    /// <summary>Evaluation: weighing, judging and interpreting.</summary>
    public static readonly string[] Evaluation =
    [
        "this shows", "this suggests", "this demonstrates", "this indicates", "this highlights", "this illustrates", "this reveals",
        "this proves", "shows that", "suggests that", "demonstrates that", "indicates that", "reveals that", "proves that",
        "arguably", "clearly", "evidently", "undoubtedly", "certainly", "significant", "significance", "importance", "outweigh",
        "outweighed", "outweighs", "in this respect", "to some extent", "to a large extent", "to a great extent", "to a limited extent",
        "to an extent", "extent", "a sign of", "sign of", "evidence of", "reflects", "reflected", "symbolic", "more important",
        "most important", "less important", "the main", "the most", "greater", "greatest", "primarily", "largely", "mainly",
        "ultimately", "overall", "on balance", "in reality", "in fact", "however", "whereas", "rather than", "instead",
        "it is clear", "it is evident", "it is likely", "it seems", "effective", "ineffective", "successful", "success", "failure",
        "benefit", "benefited", "beneficial", "costly", "limitation", "limitations", "weakness", "strength", "paradox", "ironically",
    ];

    /// <summary>Degree words that answer "how far" strongly.</summary>
    public static readonly string[] DegreeHigh =
    [
        "crucial", "vital", "decisive", "essential", "fundamental", "indispensable", "paramount", "critical", "instrumental",
        "pivotal", "central", "key", "to a large extent", "to a great extent", "largely", "overwhelmingly", "most important",
        "the most important", "primary", "dominant", "the main", "main reason", "main factor", "greatly", "highly important",
        "extremely important", "very important", "of great importance", "great importance", "enormous", "profound", "major",
        "invaluable", "heavily", "totally", "wholly", "entirely",
    ];

    /// <summary>Degree words that answer "how far" partly.</summary>
    public static readonly string[] DegreeMedium =
    [
        "important", "significant", "considerable", "to some extent", "to an extent", "partly", "partially", "in part",
        "played a part", "played a role", "contributed", "helpful", "useful", "moderate", "mixed", "valuable", "influential",
        "substantial", "notable", "relevant", "one of the", "somewhat", "fairly", "qualified", "partial",
    ];

    /// <summary>Degree words that answer "how far" weakly.</summary>
    public static readonly string[] DegreeLow =
    [
        "limited", "minor", "marginal", "less important", "overstated", "exaggerated", "overestimated", "overrated",
        "secondary", "peripheral", "to a limited extent", "to a small extent", "small", "insignificant", "negligible",
        "little", "modest", "superficial", "unimportant", "not the main", "far from", "only a small", "least",
    ];

    /// <summary>Words that reverse a degree word a few words after them.</summary>
    public static readonly string[] Negation =
    [
        "not", "never", "hardly", "scarcely", "barely", "neither", "nor", "no", "wasn", "weren", "isn", "didn", "cannot",
        "rather than", "far from", "less",
    ];

    /// <summary>Cues that a sentence states the essay's overall argument.</summary>
    public static readonly string[] Thesis =
    [
        "this essay argues", "this essay will argue", "this essay contends", "this essay will show", "this essay suggests",
        "this essay", "i would argue", "i will argue", "i argue", "i would agree", "i agree", "i would disagree", "i disagree",
        "i believe", "in my view", "in my opinion", "my argument", "it will be argued", "it can be argued", "i would suggest",
        "to a large extent", "to a great extent", "to a limited extent", "to some extent", "to an extent", "partially agree",
        "largely agree", "only partly", "agree", "disagree", "how far",
    ];

    /// <summary>Cues that a paragraph concludes.</summary>
    public static readonly string[] Conclusion =
    [
        "in conclusion", "to conclude", "overall", "ultimately", "in summary", "to sum up", "in sum", "on balance",
        "all in all", "in the final analysis", "taken together", "to summarise", "to summarize", "in short", "concluding",
    ];

    /// <summary>Openers that only a concluding paragraph uses (narrower than <see cref="Conclusion"/>: no "overall").</summary>
    public static readonly string[] Summary =
    [
        "in conclusion", "to conclude", "to sum up", "in summary", "to summarise", "to summarize", "all in all", "in sum",
    ];

    /// <summary>Openers that count an argument's steps, with their place in the count (<see cref="LastStep"/> for "finally").</summary>
    public static readonly (string Phrase, int Step)[] Sequence =
    [
        ("firstly", 1), ("first of all", 1), ("to begin with", 1), ("secondly", 2), ("thirdly", 3), ("fourthly", 4),
        ("fifthly", 5), ("finally", LastStep), ("lastly", LastStep),
    ];

    /// <summary>The step of "finally" and "lastly": after every numbered one.</summary>
    public const int LastStep = 99;

    /// <summary>Openers that lean on a sentence before them, so none opens an essay.</summary>
    public static readonly string[] Dependent =
    [
        "this", "these", "those", "it", "he", "she", "they", "however", "therefore", "thus", "hence", "moreover",
        "furthermore", "also", "nevertheless", "nonetheless", "consequently", "as a result", "in addition", "similarly",
        "likewise", "secondly", "thirdly", "finally", "lastly", "in conclusion", "to conclude", "such", "then", "but",
    ];

    /// <summary>Cues that a sentence links a paragraph back to the question.</summary>
    public static readonly string[] Link =
    [
        "therefore", "thus", "hence", "as such", "consequently", "this shows", "this suggests", "this demonstrates",
        "this proves", "this indicates", "clearly", "in this respect", "in this way", "in this sense", "overall", "ultimately",
        "so", "which shows", "it is clear", "evidently", "as a result", "this means", "this meant", "a sign of", "sign of",
        "demonstrating", "showing", "proving", "illustrating", "highlighting", "accordingly",
    ];

    /// <summary>Words that tie a judgement to a time ("crucial until 1953", "increasingly strained").</summary>
    public static readonly string[] TimeQualifier =
    [
        "until", "before", "after", "from", "by", "up to", "between", "initially", "at first", "early", "later",
        "afterwards", "increasingly", "gradually", "declined", "declining", "dwindled", "dwindling", "waned", "waning",
        "diminished", "diminishing", "growing", "by the end", "at least until", "only until", "in the early years",
        "in the later years", "over time", "in the long term", "in the short term", "short term", "long term",
    ];

    /// <summary>Common English function words: their share tells prose from keyword lists and English from other languages.</summary>
    public static readonly string[] EnglishFunctionWords =
    [
        "the", "of", "and", "to", "a", "in", "that", "is", "was", "it", "for", "as", "with", "by", "on", "not", "be", "this",
        "which", "were", "had", "his", "but", "from", "at", "they", "their", "have", "an", "would", "been", "he", "she", "its",
        "also", "more", "there", "into", "than", "could", "these", "when", "who", "what", "did", "has", "are", "after", "while",
        "whilst", "because", "so", "such", "however", "would", "its", "we", "i", "our", "them", "if", "or", "can", "will",
    ];

    /// <summary>Words that frame a question rather than name its content ("How far would you agree that…").</summary>
    public static readonly string[] QuestionFrame =
    [
        "how", "far", "you", "your", "agree", "extent", "what", "why", "do", "does", "s", "assess", "evaluate", "discuss",
        "explain", "consider", "examine", "account", "for", "whether", "degree", "view", "statement", "claim",
    ];

    /// <summary>Frequent function words of other European languages students might write in.</summary>
    public static readonly string[] ForeignFunctionWords =
    [
        "le", "la", "les", "des", "du", "est", "une", "et", "que", "dans", "pour", "qui", "pas", "sur", "au", "aux", "ce",
        "cette", "était", "avec", "par", "mais", "ses", "son", "ont", "été", "il", "elle", "nous", "leur",
        "el", "los", "las", "del", "es", "una", "y", "en", "con", "para", "fue", "se", "su", "sus", "pero", "como", "más",
        "era", "lo", "muy", "también", "porque",
        "der", "die", "das", "und", "ist", "nicht", "den", "dem", "ein", "eine", "mit", "von", "zu", "auf", "war", "sich",
        "auch", "wurde", "für", "im", "dass", "sie", "es", "wie", "nach", "bei", "aber", "durch",
        "di", "che", "il", "della", "non", "sono", "gli", "nel", "per", "da", "em", "não", "uma", "os", "het", "een", "van",
    ];
}
