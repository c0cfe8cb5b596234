using Grader.Checks;
using Grader.Rubrics;

namespace Grader.Drafting;

/// <summary>
/// Drafts the rubric's question terms. The <b>subject</b> is the first name in the question that the model essays use
/// ("the Weimar Republic"), with its short forms; without one, the question's content word the essays use most, weighted
/// by how specific it is ("vaccines"), with the forms the essays use. The <b>key concept</b> is the question's degree word
/// with its kin ("crucial": vital, decisive…), else a concept word (importance, role, impact…), else its next content
/// word with its forms, and for a "Why" question the words of causation. <b>Topic terms</b> are the question's other
/// content words and the essays' most specific words and names.
/// </summary>
internal static class QuestionTermDrafter
{
    private const int MaxTopicTerms = 30;

    private static readonly HashSet<string> ConceptWords = new(StringComparer.Ordinal)
    {
        "importance", "important", "significance", "significant", "role", "responsible", "responsibility", "impact", "effect",
        "effects", "influence", "success", "successful", "effective", "effectiveness", "consequences", "causes", "cause",
        "reasons", "reason", "factors", "affect", "affects", "mood", "obstacles", "features",
    };

    private static readonly string[] Causation = ["cause", "causes", "caused", "reason", "reasons"];

    public static DraftedQuestionTerms Draft(string question, IReadOnlyList<ModelEssayReading> readings, IReadOnlyList<DraftedEntity> entities, ModelVocabulary vocabulary)
    {
        var origins = new List<DraftOrigin>();
        var questionReading = ModelEssayReading.Read(new DraftSource("question", question));
        var questionWords = questionReading.Document.Tokens
            .Where(t => t.Kind == Text.TokenKind.Word)
            .Select(t => question.Substring(t.Start, t.Span.Length).ToLowerInvariant())
            .ToArray();
        var content = questionWords.Where(DraftWords.IsContent).Distinct(StringComparer.Ordinal).ToList();

        var subject = NamedSubject(question, questionReading, entities, origins) ?? WordSubject(content, vocabulary, origins);
        var used = new HashSet<string>(subject.Terms.SelectMany(t => t.ToLowerInvariant().Split(' ')), StringComparer.Ordinal);
        var concept = Concept(questionWords, content, used, vocabulary, origins);
        used.UnionWith(concept.Terms.Select(t => t.ToLowerInvariant()));

        var topic = new List<string>();
        foreach (var word in content.Where(w => !used.Contains(w)))
        {
            foreach (var form in vocabulary.FormsOf(word).DefaultIfEmpty(word))
            {
                if (used.Add(form))
                {
                    topic.Add(form);
                    origins.Add(vocabulary.Origin("topic term", form, $"a content word of the question ('{word}')"));
                }
            }
        }

        foreach (var entity in entities.Where(e => e.Occurrences.Count >= 2).OrderByDescending(e => e.Occurrences.Count).Take(MaxTopicTerms / 3))
        {
            if (topic.Count < MaxTopicTerms && used.Add(entity.Name.ToLowerInvariant()))
            {
                topic.Add(entity.Name);
                var first = entity.Occurrences[0];
                origins.Add(first.Reading.Origin("topic term", entity.Name, first.Span, $"a name the model essay uses {entity.Occurrences.Count} times"));
            }
        }

        used.UnionWith(entities.SelectMany(e => e.Forms).SelectMany(f => f.ToLowerInvariant().Split(' ', '-')));
        foreach (var (word, _) in vocabulary.Salient(2))
        {
            if (topic.Count >= MaxTopicTerms)
            {
                break;
            }

            if (!used.Contains(word) && !Text.MonthNames.IsMonthWord(word) && !used.Any(u => DraftWords.SameWord(u, word)) && used.Add(word))
            {
                topic.Add(word);
                origins.Add(vocabulary.Origin("topic term", word, $"one of the model essay's most specific words (used {vocabulary.Count(word)} times)"));
            }
        }

        return new DraftedQuestionTerms(subject, concept, topic, origins);
    }

    /// <summary>The first name in the question that the model essays also use, with its short forms.</summary>
    private static TermList? NamedSubject(string question, ModelEssayReading questionReading, IReadOnlyList<DraftedEntity> entities, List<DraftOrigin> origins)
    {
        foreach (var run in NamedEntityFinder.Find([questionReading], proseOnly: false))
        {
            var matches = entities.Where(e => e.Forms.Any(f => string.Equals(f, run.Name, StringComparison.OrdinalIgnoreCase))
                    || run.Name.Split(' ').Any(w => string.Equals(w, e.Name, StringComparison.OrdinalIgnoreCase)))
                .ToArray();
            if (matches.Length == 0)
            {
                continue;
            }

            var terms = new List<string> { run.Name };
            foreach (var form in matches.SelectMany(m => m.Forms))
            {
                if (!terms.Contains(form, StringComparer.OrdinalIgnoreCase))
                {
                    terms.Add(form);
                }
            }

            var start = run.Occurrences[0].Span.Start;
            var name = start >= 4 && question.AsSpan(start - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase) ? "the " + run.Name : run.Name;
            origins.Add(DraftOrigin.Unplaced("subject", name, $"the first name in the question that the model essay uses; terms: {string.Join(", ", terms)}"));
            return new TermList(name, terms);
        }

        return null;
    }

    /// <summary>The question's content word the essays use most, weighted by how specific it is, with its forms.</summary>
    private static TermList WordSubject(List<string> content, ModelVocabulary vocabulary, List<DraftOrigin> origins)
    {
        var best = content
            .Select(w => (Word: w, Score: (1 + vocabulary.FormsOf(w).Sum(vocabulary.Count)) * DraftWords.Specificity(w)))
            .OrderByDescending(w => w.Score)
            .FirstOrDefault();
        if (best.Word is null)
        {
            origins.Add(DraftOrigin.Unplaced("subject", "the question", "the question has no content word: name the subject by hand"));
            return new TermList("the question", ["question"]);
        }

        var terms = vocabulary.FormsOf(best.Word).Prepend(best.Word).Distinct(StringComparer.Ordinal).ToArray();
        origins.Add(DraftOrigin.Unplaced("subject", best.Word, $"the question's content word the model essay uses most, weighted by how specific it is; terms: {string.Join(", ", terms)}"));
        return new TermList(best.Word, terms);
    }

    private static TermList Concept(string[] questionWords, List<string> content, HashSet<string> used, ModelVocabulary vocabulary, List<DraftOrigin> origins)
    {
        foreach (var degree in new[] { ArgumentMarkers.DegreeHigh, ArgumentMarkers.DegreeMedium, ArgumentMarkers.DegreeLow })
        {
            if (questionWords.FirstOrDefault(w => degree.Contains(w, StringComparer.Ordinal)) is { } word)
            {
                origins.Add(DraftOrigin.Unplaced("key concept", word, "the question's degree word, with the engine's words of the same degree"));
                return new TermList(word, degree.Prepend(word).Distinct(StringComparer.Ordinal).ToArray());
            }
        }

        var why = questionWords.Length > 0 && questionWords[0] == "why";
        var concept = questionWords.FirstOrDefault(ConceptWords.Contains) 
            ?? content.FirstOrDefault(w => !used.Contains(w) && vocabulary.FormsOf(w).Count > 0)
            ?? content.FirstOrDefault(w => !used.Contains(w));
        if (concept is null)
        {
            if (!why)
            {
                origins.Add(DraftOrigin.Unplaced("key concept", "", "no concept word in the question: add one by hand if the question weighs something"));
                return new TermList("", []);
            }

            concept = "why";
        }

        var terms = (concept == "why" ? [] : vocabulary.FormsOf(concept).Prepend(concept)).Concat(why ? Causation : []).Distinct(StringComparer.Ordinal).ToArray();
        origins.Add(DraftOrigin.Unplaced("key concept", concept, $"{(ConceptWords.Contains(concept) ? "the question's concept word" : "the question's next content word")}{(why ? ", with words of causation for a 'Why' question" : "")}; terms: {string.Join(", ", terms)}"));
        return new TermList(concept, terms);
    }
}
