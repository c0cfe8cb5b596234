using Grader.Checks;
using Grader.Drafting;
using Grader.Loading;
using Grader.Tests.Loading;

namespace Grader.Training.Tests.Drafting;

public sealed class HolisticTemplateTests
{
    private const string Question = "Explain why the Earth has seasons.";

    private const string ModelEssay = """
        The Earth has seasons because its axis is tilted by about 23.5 degrees compared with the plane of its orbit around the Sun. The tilt stays pointing the same way in space all year, so as the Earth travels round its orbit each hemisphere leans towards the Sun for half of the year and away from it for the other half.

        When a hemisphere leans towards the Sun, sunlight strikes it at a steeper angle. The same beam of light is spread over a smaller area of ground, so each square metre receives more energy and the surface warms. Days are also longer than nights, which gives the ground more hours to heat up and fewer hours to cool down. This is summer.

        When the same hemisphere leans away, the Sun stays low in the sky. Its light arrives at a shallow angle, is spread over a larger area and passes through more atmosphere, so less energy reaches each square metre. Nights are longer than days, and the ground loses more heat than it gains. This is winter, while the other hemisphere has summer at the same time.

        A common mistake is to think that seasons happen because the Earth is closer to the Sun in summer. In fact the Earth is nearest the Sun in early January, during the northern winter, and the change in distance is far too small to matter. The tilt, not the distance, explains why opposite hemispheres have opposite seasons.

        So the seasons come from the tilt of the axis: it changes the angle of sunlight and the length of the day through the year, and with them how much energy each hemisphere receives.
        """;

    private const string Strong = """
        Seasons happen because the axis of the Earth is tilted, by roughly 23 degrees, and it keeps pointing in the same direction while the Earth orbits the Sun. For part of the year the northern hemisphere is tipped towards the Sun and for the rest it is tipped away.

        When our hemisphere is tipped towards the Sun, the Sun climbs high in the sky. Its rays hit the ground almost directly, so their energy is concentrated on a small area and the land heats up quickly. The days are long and the nights are short, so there is more time for heating than for cooling, and we get summer.

        Six months later our hemisphere is tipped away. The Sun stays low, the rays come in at a slant and are spread out over a bigger area, and they travel through more air, so every patch of ground gets less energy. The nights are long, heat escapes, and we get winter. Meanwhile the southern hemisphere is having its summer.

        Many people believe summer comes when the Earth is nearer the Sun, but that is wrong: the Earth is actually closest to the Sun in January. Distance changes very little during the orbit, and it could not explain why Australia has summer while Europe has winter.

        In conclusion, the tilt of the axis changes the angle of the sunlight and the length of the day, and that is why the seasons change.
        """;

    private const string Middle = """
        The Earth has seasons because it is tilted. When our half of the Earth leans towards the Sun it is summer and the days are longer, so it is warmer.

        When it leans away it is winter, the days are short and the Sun is low in the sky so it is colder. The other half of the world has the opposite season.
        """;

    private const string Weak = "Seasons are summer and winter. In summer it is hot and sunny.";

    private static MarkScheme DraftedScheme(TempFolder folder)
    {
        var problems = new List<LoadProblem>();
        var draft = QuestionDrafter.Draft(new DraftRequest("seasons", "Seasons", Question, [new DraftSource(QuestionDrafter.ModelEssayFile, ModelEssay)], SchemeTemplate.Holistic, null), problems);
        Assert.Empty(problems);
        var loaded = QuestionFolderWriter.Write(draft!, folder.Path, SchemeTemplates.NameOf(SchemeTemplate.Holistic), null, seed: 42);
        Assert.True(loaded.Succeeded, string.Join("; ", loaded.Problems));
        return loaded.Value!;
    }

    [Fact]
    public void TryParse_Holistic_TheHolisticTemplate()
    {
        Assert.True(SchemeTemplates.TryParse("holistic", out var template));
        Assert.Equal(SchemeTemplate.Holistic, template);
    }

    [Fact]
    public void Draft_Holistic_ThirtyMarksOnDevelopmentContentAndLanguageSignalsOnly()
    {
        using var folder = new TempFolder();
        var scheme = DraftedScheme(folder);

        Assert.Equal(30, scheme.Rubric.MaxMark);
        Assert.Equal(["development", "content", "language"], scheme.Rubric.Criteria.Select(c => c.Id));
        string[] holistic = [SignalCatalog.DevelopmentLength, SignalCatalog.SimilarityCoverage, SignalCatalog.SimilarityEssay, SignalCatalog.LanguageRange, SignalCatalog.LanguageSophistication];
        Assert.All(scheme.Rubric.Criteria.SelectMany(c => c.Signals), s => Assert.Contains(s.Signal, holistic));
    }

    [Fact]
    public void Grade_DraftedHolisticScheme_RanksStrongAboveMiddleAboveWeak()
    {
        using var folder = new TempFolder();
        var grader = new EssayGrader(DraftedScheme(folder));

        var strong = grader.Grade(Strong);
        var middle = grader.Grade(Middle);
        var weak = grader.Grade(Weak);

        Assert.True(strong.Total > middle.Total && middle.Total > weak.Total, $"strong {strong.Total}, middle {middle.Total}, weak {weak.Total}");
        Assert.True(strong.Total - weak.Total >= 10, $"strong {strong.Total}, weak {weak.Total}");
    }
}
