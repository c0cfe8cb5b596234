namespace Grader.Checks;

/// <summary>What kind of answer a question's wording asks for, which decides what a thesis and a judgement look like.</summary>
internal enum QuestionForm
{
    /// <summary>"How far…", "To what extent…", "Assess…", "Evaluate…", "Do you agree…": a judgement of degree.</summary>
    Extent,

    /// <summary>"Compare…", "What were the similarities and differences…": how two or more things are alike or differ.</summary>
    Compare,

    /// <summary>"Why…", "Explain why…", "Account for…": the reasons, with the main one.</summary>
    Why,

    /// <summary>"Explain…", "Describe…", "How did…": an explanation of how something works or happened.</summary>
    Explain,
}
