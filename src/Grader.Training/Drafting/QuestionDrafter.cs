using Grader.Loading;
using Grader.Rubrics;

namespace Grader.Drafting;

/// <summary>
/// Drafts a whole question from its model essay: the rubric (criteria and levels from the template, bands from the
/// descriptors when given; subject, key concept and topic terms from the question; the period from the years; a length
/// guide from the model essay's length) and the answer key (key points from its paragraphs, a timeline from its dated
/// sentences, a gazetteer from its names, alternative factors from its paragraphs). Every drafted item records where it
/// came from. Deterministic: the same inputs give the same draft.
/// </summary>
internal static class QuestionDrafter
{
    public const string RubricFile = "rubric.json";
    public const string AnswerKeyFile = "answer-key.json";
    public const string ModelEssayFile = "model-essay.txt";
    public const string SimilarityModelFile = "similarity.model";
    public const string NotesFile = "DRAFT-NOTES.md";

    /// <summary>The draft, or null and every problem with the inputs (each naming its file and line).</summary>
    public static QuestionDraft? Draft(DraftRequest request, List<LoadProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(request);
        var start = problems.Count;
        if (string.IsNullOrWhiteSpace(request.Question))
        {
            problems.Add(new LoadProblem("--question", 0, "", "The question is empty: give the question as set, for example --question \"Why did the Weimar Republic collapse in 1933?\"."));
        }

        if (request.ModelEssays.Count == 0)
        {
            throw new ArgumentException("A draft needs a model essay.", nameof(request));
        }

        var readings = new List<ModelEssayReading>();
        foreach (var essay in request.ModelEssays)
        {
            if (string.IsNullOrWhiteSpace(essay.Text))
            {
                problems.Add(new LoadProblem(essay.Name, 0, "", "The model essay is empty: give the text of a model answer to the question."));
                continue;
            }

            var reading = ModelEssayReading.Read(essay);
            if (reading.Document.Paragraphs.Count == 0)
            {
                problems.Add(new LoadProblem(essay.Name, 1, "", "The model essay has no prose to draft from: every block reads as a heading, the question or plan notes. Write the answer in sentences, with a blank line between paragraphs."));
                continue;
            }

            readings.Add(reading);
        }

        if (request.Template == SchemeTemplate.Descriptors && request.Descriptors is null)
        {
            problems.Add(new LoadProblem("--template", 0, "", "The 'descriptors' template makes the criteria from level descriptors: give them with --descriptors <file>, or choose another template."));
        }

        if (problems.Count > start)
        {
            return null;
        }

        var notes = new List<string>();
        var origins = new List<DraftOrigin>();
        var entities = NamedEntityFinder.Find(readings);
        var vocabulary = ModelVocabulary.Build(readings);
        var terms = QuestionTermDrafter.Draft(request.Question, readings, entities, vocabulary);
        origins.AddRange(terms.Origins);

        YearRange? period = null;
        if (SchemeTemplates.UsesPeriod(request.Template))
        {
            (period, var periodOrigin) = PeriodDrafter.Draft(request.Question, readings);
            origins.Add(periodOrigin);
        }

        var shortAnswer = request.Template == SchemeTemplate.ShortAnswer;
        var keyPoints = KeyPointDrafter.Draft(readings, shortAnswer ? 2 : 4, wholeEssay: shortAnswer);
        origins.AddRange(keyPoints.Select(k => k.Origin));
        var timeline = TimelineDrafter.Draft(readings, entities, notes);
        origins.AddRange(timeline.Select(e => e.Origin));
        var questionTerms = terms.Subject.Terms.Concat(terms.KeyConcept.Terms).ToArray();
        var factors = SchemeTemplates.UsesFactors(request.Template) ? FactorDrafter.Draft(readings, entities, vocabulary, questionTerms) : [];
        origins.AddRange(factors.Select(f => f.Origin));
        var gazetteer = entities.Select(e => new GazetteerEntry(e.Name, e.Kind, e.Variants)).ToArray();
        origins.AddRange(entities.Select(e => e.Occurrences[0].Reading.Origin("gazetteer", e.Name, e.Occurrences[0].Span, $"kind '{e.Kind}' guessed; {e.Occurrences.Count} mention(s){(e.Variants.Count > 0 ? $"; short forms: {string.Join(", ", e.Variants)}" : "")}")));

        var criteria = SchemeTemplates.Criteria(request.Template, request.Descriptors, notes);
        var total = criteria.Sum(c => c.Max);
        var words = readings.Select(r => r.Document.ProseWordCount).Order().ElementAt(readings.Count / 2);
        var length = Length(words, shortAnswer);
        origins.Add(DraftOrigin.Unplaced("length", $"{length.GuideMin}–{length.GuideMax}", $"from the model essay's {words} words of prose ({(shortAnswer ? "half to one and a half times it" : "70% to 90% of it")}); too short below {length.TooShortBelow}"));
        var exemplars = request.ModelEssays.Skip(1).ToArray();
        var rubric = new Rubric(
            request.Id,
            request.Title,
            request.Question.Trim(),
            period,
            terms.Subject,
            terms.KeyConcept,
            terms.TopicTerms,
            length,
            criteria,
            SchemeTemplates.Bands(request.Descriptors, total),
            new RubricFiles(RubricFile, AnswerKeyFile, ModelEssayFile, SimilarityModelFile, exemplars.Select(e => e.Name).ToArray()));
        var answerKey = new AnswerKey(keyPoints.Select(k => k.KeyPoint).ToArray(), timeline.Select(e => e.Event).ToArray(), [], gazetteer, factors.Select(f => f.Factor).ToArray());
        notes.Add("No misconceptions were drafted (a model essay shows what is right, not what students get wrong): add the errors you expect under 'misconceptions' in the answer key.");
        if (timeline.Count == 0)
        {
            notes.Add("No timeline events were drafted: the model essay dates no named event, treaty or policy within a few words of its name.");
        }

        return new QuestionDraft(rubric, period, answerKey, request.ModelEssays[0], exemplars, origins, notes);
    }

    /// <summary>The guide: 70–90% of the model essay's length for an essay, half to one and a half times it for a short answer.</summary>
    public static LengthGuide Length(int modelWords, bool shortAnswer)
    {
        if (shortAnswer)
        {
            var least = Math.Max(1, (int)Math.Round(modelWords * 0.5));
            return new LengthGuide(least, Math.Max(least + 1, (int)Math.Round(modelWords * 1.5)), Math.Max(1, Math.Min(least, (int)Math.Round(modelWords * 0.2))));
        }

        var min = Math.Max(10, RoundTo(modelWords * 0.7, 10));
        var max = Math.Max(min + 10, RoundTo(modelWords * 0.9, 10));
        return new LengthGuide(min, max, Math.Max(1, RoundTo(min / 3.0, 5)));
    }

    private static int RoundTo(double value, int step) => (int)Math.Round(value / step, MidpointRounding.AwayFromZero) * step;
}
