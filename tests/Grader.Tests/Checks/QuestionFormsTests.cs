using Grader.Checks;

namespace Grader.Tests.Checks;

public sealed class QuestionFormsTests
{
    [Theory]
    [InlineData("How far was poor farming responsible for the Dust Bowl?", "Extent")]
    [InlineData("To what extent was drought responsible for the Dust Bowl?", "Extent")]
    [InlineData("Assess the role of drought in causing the Dust Bowl.", "Extent")]
    [InlineData("Compare the effects of the Dust Bowl on farmers and on city workers.", "Compare")]
    [InlineData("Why did the Dust Bowl happen in the 1930s?", "Why")]
    [InlineData("Explain why the Dust Bowl happened.", "Why")]
    [InlineData("Explain how the Dust Bowl changed farming on the Great Plains.", "Explain")]
    [InlineData("Describe how osmosis moves water into a cell.", "Explain")]
    [InlineData("Evaluate the success of the New Deal.", "Extent")]
    [InlineData("The New Deal: a success?", "Extent")]
    public void Of_QuestionWording_GivesItsForm(string question, string expected)
    {
        Assert.Equal(Enum.Parse<QuestionForm>(expected), QuestionForms.Of(question));
    }

    [Fact]
    public void Of_AssessmentIsNotAssess_WholeWordsOnly()
    {
        Assert.Equal(QuestionForm.Explain, QuestionForms.Of("Explain the assessment of risk in farming."));
    }
}
