using System.Net;
using System.Text;
using System.Text.Json;
using Grader.Server.Tests.Support;

namespace Grader.Server.Tests;

public sealed class BatchEndpointTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    private readonly HttpClient _client = server.CreateClient();

    [Fact]
    public async Task Batch_JsonArray_AnswersEachGradeInInputOrder()
    {
        var essays = SampleEssays.Scripts.Reverse().Append((Id: "seed", Text: SampleEssays.Seed)).ToList();
        var body = "[" + string.Join(",\n", essays.Select(e => Http.Essay(e.Text, e.Id, "soviet"))) + "]";

        var response = await _client.PostAsync("/v1/grade/batch", Http.Json(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("[" + string.Join(",", essays.Select(e => SampleEssays.ExpectedJson(e.Text, e.Id))) + "]", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Batch_CsvUpload_AnswersEachRowsGradeInOrder()
    {
        var response = await _client.PostAsync("/v1/grade/batch", Http.Csv(File.ReadAllText(RepositoryFiles.Scripts)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var grades = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray().Select(g => g.GetRawText()).ToList();
        Assert.Equal(SampleEssays.Scripts.Select(s => SampleEssays.ExpectedJson(s.Text, s.Id)), grades);
    }

    [Fact]
    public async Task Batch_AcceptNdJson_AnswersOneGradePerLine()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/grade/batch") { Content = Http.Csv("id,text\nA,\"" + SampleEssays.Seed.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"\nB,\"  \"\n") };
        request.Headers.Accept.ParseAdd("application/x-ndjson");

        var response = await _client.SendAsync(request);

        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');
        Assert.Equal([SampleEssays.ExpectedJson(SampleEssays.Seed, "A"), SampleEssays.ExpectedJson("  ", "B"), ""], lines);
    }

    [Fact]
    public async Task Batch_BlankEssayAmongOthers_ComesBackInPlaceAsAnErrorGrade()
    {
        var body = $"[{Http.Essay(SampleEssays.Seed, "1")}, {Http.Essay("   ", "2")}, {Http.Essay(SampleEssays.Scripts[0].Text, "3")}]";

        var response = await _client.PostAsync("/v1/grade/batch", Http.Json(body));

        var grades = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray().ToList();
        Assert.Equal(["ok", "error", "ok"], grades.Select(g => g.GetProperty("status").GetString() == "review" ? "ok" : g.GetProperty("status").GetString()));
        Assert.Contains("empty", grades[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(["1", "2", "3"], grades.Select(g => g.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Batch_EmptyArrayAndHeaderOnlyCsv_AnswerAnEmptyArray()
    {
        Assert.Equal("[]", await (await _client.PostAsync("/v1/grade/batch", Http.Json(" [ ] "))).Content.ReadAsStringAsync());
        Assert.Equal("[]", await (await _client.PostAsync("/v1/grade/batch", Http.Csv("id,text\n"))).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Batch_QuestionQueryParameter_AppliesAndAnUnknownOneIs422()
    {
        var ok = await _client.PostAsync("/v1/grade/batch?question=SOVIET", Http.Json($"[{Http.Essay(SampleEssays.Seed, "s")}]"));
        var unknown = await _client.PostAsync("/v1/grade/batch?question=french", Http.Json($"[{Http.Essay(SampleEssays.Seed, "s")}]"));

        Assert.Equal($"[{SampleEssays.ExpectedJson(SampleEssays.Seed, "s")}]", await ok.Content.ReadAsStringAsync());
        var problem = await Http.ProblemAsync(unknown, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("'french'", Assert.Single(Http.Errors(problem, "?question")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_JsonSyntaxErrorAfterGoodEntries_Is400NamingTheEntryAndLineAndGradesNothing()
    {
        var body = $"[\n{Http.Essay("first essay", "1")},\n{Http.Essay("second essay", "2")},\n{{\"id\": \"3\", \"text\": \"a \"bad\" quote\"}}\n]";

        var response = await _client.PostAsync("/v1/grade/batch", Http.Json(body));

        var problem = await Http.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.StartsWith("The body is not valid JSON at line 4, byte 25:", Assert.Single(Http.Errors(problem, "$[2]")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[{\"text\": \"a\"},]", "$[1]", "comma before ']'")]
    [InlineData("[{\"text\": \"a\"} {\"text\": \"b\"}]", "$[0]", "there must be ',' or ']'")]
    [InlineData("[{\"text\": \"a\"}", "$", "not closed")]
    [InlineData("[{\"text\": \"a\"}] x", "$", "after the array's closing ']'")]
    [InlineData("", "$", "empty")]
    public async Task Batch_BrokenArray_Is400SayingWhereAndWhat(string body, string location, string message)
    {
        var response = await _client.PostAsync("/v1/grade/batch", Http.Json(body));

        var problem = await Http.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(message, Assert.Single(Http.Errors(problem, location)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_EntriesWithBadFields_Is422ListingEveryOneByPath()
    {
        var body = $"[{Http.Essay("ok", "1")}, {{\"id\": \"2\"}}, \"just text\", {Http.Essay("x", "4", "french")}, {Http.Essay("y", "1")}]";

        var response = await _client.PostAsync("/v1/grade/batch", Http.Json(body));

        var problem = await Http.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("missing", Assert.Single(Http.Errors(problem, "$[1].text")), StringComparison.Ordinal);
        Assert.Contains("must be a JSON object", Assert.Single(Http.Errors(problem, "$[2]")), StringComparison.Ordinal);
        Assert.Contains("'french'", Assert.Single(Http.Errors(problem, "$[3].question")), StringComparison.Ordinal);
        Assert.Contains("The id '1' is used again (first at $[0])", Assert.Single(Http.Errors(problem, "$[4]")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_NotAnArray_Is422PointingToTheSingleEndpoint()
    {
        var response = await _client.PostAsync("/v1/grade/batch", Http.Json(Http.Essay("An essay.")));

        var problem = await Http.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("/v1/grade", Assert.Single(Http.Errors(problem, "$")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_CsvRowsWithWrongFieldCountOrQuoting_Is400NamingRowAndLine()
    {
        var csv = "id,text\nA,\"fine, quoted\"\nB,two,three\nC,\"closed\" then text\n";

        var response = await _client.PostAsync("/v1/grade/batch", Http.Csv(csv));

        var problem = await Http.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.StartsWith("line 3: the row has 3 fields but the header has 2.", Assert.Single(Http.Errors(problem, "row 2")), StringComparison.Ordinal);
        Assert.StartsWith("line 4: field 2 has text after its closing quote.", Assert.Single(Http.Errors(problem, "row 3")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_CsvQuoteNeverClosed_Is400AtItsRow()
    {
        var response = await _client.PostAsync("/v1/grade/batch", Http.Csv("id,text\nA,good\nB,\"never closed\nC,lost\n"));

        var problem = await Http.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.StartsWith("line 3: the quote that opens field 2 on line 3 is never closed", Assert.Single(Http.Errors(problem, "row 2")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_CsvWithoutTextColumn_Is422ListingTheColumns()
    {
        var response = await _client.PostAsync("/v1/grade/batch", Http.Csv("id,essay\nA,text\n"));

        var problem = await Http.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("no 'text' column; its columns are: 'id', 'essay'", Assert.Single(Http.Errors(problem, "header")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_CsvWithTwoTextColumns_Is422AskingToRenameOne()
    {
        var response = await _client.PostAsync("/v1/grade/batch", Http.Csv("id,Text,text \nA,one,two\n"));

        var problem = await Http.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("more than one 'text' column", Assert.Single(Http.Errors(problem, "header")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_CsvEmptyOrRepeatedIdOrUnknownQuestion_Is422AtEachRow()
    {
        var response = await _client.PostAsync("/v1/grade/batch", Http.Csv("ID , Text,question\nA,one,\n ,two,\nA,three,\nD,four,french\n"));

        var problem = await Http.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("the id is empty", Assert.Single(Http.Errors(problem, "row 2")), StringComparison.Ordinal);
        Assert.Contains("first at row 1", Assert.Single(Http.Errors(problem, "row 3")), StringComparison.Ordinal);
        Assert.Contains("'french'", Assert.Single(Http.Errors(problem, "row 4")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_CsvInWindows1252OrUtf16_IsReadAsGraderMarkReadsIt()
    {
        const string text = "The caf\u00e9 society of 1950 \u2013 a \u201cnew\u201d order.";
        var windows1252 = Encoding.Latin1.GetBytes("id,text\nA,caf\u00e9 society\n");
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes($"id,text\nA,\"{text}\"\n")).ToArray();

        var fromWindows1252 = await _client.PostAsync("/v1/grade/batch", Http.Bytes(windows1252, "text/csv"));
        var fromUtf16 = await _client.PostAsync("/v1/grade/batch", Http.Bytes(utf16, "text/csv"));

        Assert.Equal($"[{SampleEssays.ExpectedJson("caf\u00e9 society", "A")}]", await fromWindows1252.Content.ReadAsStringAsync());
        Assert.Equal($"[{SampleEssays.ExpectedJson(text, "A")}]", await fromUtf16.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Batch_CsvUtf8WithBadBytesAfterItsFirst64KB_Is400AtTheRow()
    {
        var start = Encoding.UTF8.GetBytes("id,text\nA,\"" + string.Concat(Enumerable.Repeat(SampleEssays.Seed.Replace("\"", "\"\"", StringComparison.Ordinal), 10)) + "\"\n");
        var body = start.Concat(Encoding.Latin1.GetBytes("B,caf\u00e9 society\n")).ToArray();
        Assert.True(start.Length > 64 * 1024);

        var problem = await Http.ProblemAsync(await _client.PostAsync("/v1/grade/batch", Http.Bytes(body, "text/csv")), HttpStatusCode.BadRequest);

        Assert.Contains("not valid UTF-8", Assert.Single(Http.Errors(problem, "row 2")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_CsvWithByteOrderMark_IsRead()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("id,text\nA,\"" + SampleEssays.Seed.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"\n")).ToArray();

        var response = await _client.PostAsync("/v1/grade/batch", Http.Bytes(bytes, "text/csv; charset=utf-8"));

        Assert.Equal($"[{SampleEssays.ExpectedJson(SampleEssays.Seed, "A")}]", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Batch_WrongContentType_Is415NamingBothTypes()
    {
        var response = await _client.PostAsync("/v1/grade/batch", Http.Bytes(Encoding.UTF8.GetBytes("id\ttext\n"), "text/tab-separated-values"));

        var problem = await Http.ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("text/csv", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_ConcurrentBatches_GiveTheSameGradesAsOneAtATime()
    {
        var body = "[" + string.Join(",", SampleEssays.Scripts.Select(e => Http.Essay(e.Text, e.Id))) + "]";
        var alone = await (await _client.PostAsync("/v1/grade/batch", Http.Json(body))).Content.ReadAsStringAsync();

        var together = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ => await (await _client.PostAsync("/v1/grade/batch", Http.Json(body))).Content.ReadAsStringAsync()));

        Assert.All(together, answer => Assert.Equal(alone, answer));
    }
}
