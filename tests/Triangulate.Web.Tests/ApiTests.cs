using System.Net;
using System.Text;
using Triangulate.Cli.Tests;
using Triangulate.Testing;
using Triangulate.Web.Api;
using Triangulate.Web.Search;

namespace Triangulate.Web.Tests;

/// <summary>The HTTP API of a real <c>serve</c>: its OpenAPI document, its guards, its limits.</summary>
public sealed class ApiTests
{
    [Fact]
    public async Task The_openapi_document_describes_every_resource_and_decision()
    {
        // Given the demo case served
        using var served = ServedCase.StartDemo();

        // When its OpenAPI document is fetched
        var paths = (await served.GetJsonAsync("/openapi/v1.json")).GetProperty("paths");

        // Then it lists the resources and the decisions
        foreach (var path in new[]
        {
            "/api/overview", "/api/documents/{id}", "/api/entities/{id}", "/api/entities/{id}/merge", "/api/entities/{id}/split",
            "/api/entities/{id}/reject", "/api/entities/{id}/rename", "/api/claims", "/api/clusters", "/api/contradictions/{key}/confirm",
            "/api/contradictions/{key}/dismiss", "/api/timeline", "/api/graph", "/api/search", "/api/uploads", "/api/uploads/{id}/events",
            "/api/export/{format}",
        })
        {
            Assert.True(paths.TryGetProperty(path, out _) || paths.TryGetProperty(path + "/", out _), $"{path} is not in the OpenAPI document");
        }
    }

    [Fact]
    public async Task Claims_carry_their_content_span_and_the_claim_of_their_sentence()
    {
        // Given the demo case served
        using var served = ServedCase.StartDemo();

        // When every claim is listed
        var items = (await served.GetJsonAsync("/api/claims?limit=1000")).GetProperty("items").EnumerateArray().ToList();

        // Then each has a content span inside its report, and the propositions stated in passing name a listed claim
        var ids = items.Select(c => c.GetProperty("id").GetString()).ToHashSet();
        Assert.All(items, c => Assert.True(c.GetProperty("content").GetProperty("end").GetInt32() > c.GetProperty("content").GetProperty("start").GetInt32()));
        // (a null is left out of the API's JSON)
        var parts = items.Where(c => c.TryGetProperty("part_of", out var p) && p.ValueKind == System.Text.Json.JsonValueKind.String).ToList();
        Assert.NotEmpty(parts);
        Assert.All(parts, c => Assert.Contains(c.GetProperty("part_of").GetString(), ids));
    }

    [Fact]
    public async Task Every_export_format_downloads_as_the_cli_writes_it()
    {
        // Given the demo case served
        using var served = ServedCase.StartDemo();
        var documents = (await served.GetJsonAsync("/api/status")).GetProperty("documents").GetInt32();

        // When each export format is fetched, and one that does not exist
        var json = System.Text.Json.JsonDocument.Parse(await served.Http.GetStringAsync("/api/export/json")).RootElement;
        using var csv = await served.Http.GetAsync("/api/export/csv");
        using var zip = new System.IO.Compression.ZipArchive(await csv.Content.ReadAsStreamAsync());
        var ftm = (await served.Http.GetStringAsync("/api/export/ftm")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var graphml = System.Xml.Linq.XDocument.Parse(await served.Http.GetStringAsync("/api/export/graphml"));
        using var unknown = await served.Http.GetAsync("/api/export/pdf");

        // Then each holds the case: every document in the JSON, a CSV file per layer, FollowTheMoney lines, a graph
        Assert.Equal(documents, json.GetProperty("documents").GetArrayLength());
        Assert.Equal("application/zip", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains(zip.Entries, e => e.Name == "documents.csv");
        Assert.Contains(zip.Entries, e => e.Name == "claims.csv");
        Assert.Equal(documents, ftm.Count(line => line.Contains("\"schema\":\"Article\"", StringComparison.Ordinal)));
        Assert.Contains(graphml.Descendants(), e => e.Name.LocalName == "node");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("csv", await unknown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_decision_without_the_anti_forgery_token_is_refused_and_with_it_is_stored()
    {
        // Given the demo case served, and a contradiction of it
        using var served = ServedCase.StartDemo();
        var key = (await served.GetJsonAsync("/api/contradictions")).GetProperty("items")[0].GetProperty("key").GetString()!;

        // When it is dismissed without the token, then with it
        using var refused = await served.Http.PostAsync($"/api/contradictions/{Uri.EscapeDataString(key)}/dismiss", null);
        var token = await served.GetJsonAsync("/api/antiforgery");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/contradictions/{Uri.EscapeDataString(key)}/dismiss");
        request.Headers.Add(token.GetProperty("header_name").GetString()!, token.GetProperty("token").GetString());
        using var accepted = await served.Http.SendAsync(request);

        // Then the first is refused, the second stored: the contradiction is dismissed
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("anti-forgery", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("dismissed", (await served.GetJsonAsync($"/api/contradictions/{Uri.EscapeDataString(key)}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Decisions_made_with_the_cli_while_serving_show_in_the_api()
    {
        // Given the demo case served, and two entities of it
        using var served = ServedCase.StartDemo();
        var items = (await served.GetJsonAsync("/api/entities?limit=500")).GetProperty("items").EnumerateArray().ToList();
        var (renamed, rejected) = (items[^1], items[^2]);

        // When one is renamed and the other rejected from the command line, in another process
        var rename = served.Cli("rename", renamed.GetProperty("id").GetString()!, "A Name Given By Hand");
        var reject = served.Cli("reject", rejected.GetProperty("name").GetString()!);
        Assert.True(rename.ExitCode == 0, rename.Out + rename.Err);
        Assert.True(reject.ExitCode == 0, reject.Out + reject.Err);

        // Then the server shows both decisions without a restart
        async Task<List<string>> Names() => (await served.GetJsonAsync("/api/entities?limit=500")).GetProperty("items").EnumerateArray()
            .Select(e => e.GetProperty("name").GetString()!).ToList();
        await ServedCase.Eventually(
            async () => await Names() is var names && names.Contains("A Name Given By Hand") && !names.Contains(rejected.GetProperty("name").GetString()!),
            $"the server shows the new name and no longer the rejected entity (rename: {rename.Out.Trim()}; reject: {reject.Out.Trim()}; last names: {string.Join(", ", (await Names()).TakeLast(4))})");
    }

    [Fact]
    public void Serving_beyond_this_machine_without_a_token_is_refused()
    {
        // Given a case
        var work = TestPaths.NewTempFolder("triangulate-web-bind");
        try
        {
            Assert.Equal(0, CliRunner.Run(work, "add", Path.Combine(TestPaths.Repository, "samples", "demo", "01-wire.txt"), "--case", "c").ExitCode);

            // When it is served on every address without a token
            var result = CliRunner.Run(work, "serve", "--case", "c", "--urls", "http://0.0.0.0:0");

            // Then serve refuses, saying why
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("--token", result.Err);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Fact]
    public async Task With_a_token_every_request_must_show_it_or_log_in()
    {
        // Given the demo case served with a token
        const string token = "correct-horse-battery-staple";
        using var guarded = ServedCase.StartDemo(extra: ["--token", token]);
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(guarded.BaseUrl) };

        // When the API and a page are asked for without it, with it, and after logging in
        using var bare = await client.GetAsync("/api/overview");
        using var page = await client.GetAsync("/");
        using var wrong = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = "not-the-token" }));
        using var bearer = new HttpRequestMessage(HttpMethod.Get, "/api/overview");
        bearer.Headers.Authorization = new("Bearer", token);
        using var withBearer = await client.SendAsync(bearer);
        using var login = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = token }));
        using var afterLogin = await client.GetAsync("/api/overview");

        // Then only the requests that show it get through
        Assert.Equal(HttpStatusCode.Unauthorized, bare.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/login", page.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withBearer.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterLogin.StatusCode);
    }

    [Fact]
    public async Task Uploads_over_the_limits_are_refused_with_a_clear_error()
    {
        // Given the demo case served and its anti-forgery token
        using var served = ServedCase.StartDemo();
        var token = await served.GetJsonAsync("/api/antiforgery");

        // When more files than allowed are uploaded at once
        using var form = new MultipartFormDataContent();
        for (var i = 0; i <= UploadEndpoints.MaxFiles; i++)
        {
            form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes($"Report number {i}.")), "files", $"r{i}.txt");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/uploads") { Content = form };
        request.Headers.Add(token.GetProperty("header_name").GetString()!, token.GetProperty("token").GetString());
        using var response = await served.Http.SendAsync(request);

        // Then the upload is refused, saying what the limit is, and nothing is added
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"at most {UploadEndpoints.MaxFiles}", await response.Content.ReadAsStringAsync());
        Assert.Equal(5, (await served.GetJsonAsync("/api/status")).GetProperty("documents").GetInt32());
    }

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("..\\..\\windows\\win.ini", "win.ini")]
    [InlineData("report.txt", "report.txt")]
    [InlineData("..", null)]
    [InlineData("", null)]
    [InlineData("a\u0000b.txt", null)]
    public void An_uploaded_file_keeps_only_the_last_part_of_its_name(string sent, string? kept)
    {
        // Given a file name as a request sends it / When it is made safe / Then no folder part is left
        Assert.Equal(kept, UploadEndpoints.SafeName(sent));
    }

    [Theory]
    [InlineData("advance payment", "\"advance\" \"payment\"")]
    [InlineData("\"two days before\" signing", "\"two days before\" \"signing\"")]
    [InlineData("title:x OR NEAR(a b) *", "\"title x\" \"OR\" \"NEAR a\" \"b\"")]
    [InlineData("\"\" ** ()", null)]
    public void A_search_becomes_fts5_strings_so_no_operator_is_passed_through(string typed, string? match)
    {
        // Given what a person types / When it becomes an FTS5 query / Then each word or phrase is a quoted string
        Assert.Equal(match, SearchIndex.ToMatch(typed));
    }

    [Theory]
    [InlineData("2022-08-20", "2022-08-20", null)]
    [InlineData("2022-11", "2022-11-01", "2022-12-01")]
    [InlineData("2022", "2022-01-01", "2023-01-01")]
    [InlineData("before 2022-02-24", "2022-02-24", null)]
    [InlineData("PRESENT_REF", null, null)]
    public void A_timeline_value_becomes_a_calendar_interval(string when, string? start, string? end)
    {
        // Given a TIMEX3 value / When it is placed on the calendar / Then a day is a point, a month or year a stretch
        Assert.Equal((start, end), CaseEndpoints.Interval(when));
    }
}
