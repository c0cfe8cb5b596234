namespace Grader.Server;

/// <summary>Turns a read and checked request into a batch item, resolving its question (its own, else the batch's default, else the server's).</summary>
internal static class BatchItems
{
    public static BatchItem? Resolve(GradeRequest? request, BatchContext context, string location, List<RequestProblem> problems)
    {
        if (request is null)
        {
            return null;
        }

        if (!QuestionChoice.TryResolve(context.Catalog, request.Question ?? context.DefaultQuestion, location, out var question, out var problem))
        {
            problems.Add(problem);
            return null;
        }

        return new BatchItem(request.Id, request.Text, question);
    }
}
