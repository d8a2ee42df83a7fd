using System.Net;
using System.Security.Claims;
using System.Text;
using System.Text.Json.Nodes;
using HireHub.Core.Common;
using HireHub.Core.Domain;
using HireHub.Core.Features.Exports;
using HireHub.Core.Features.Hiring;
using HireHub.Tests.Api;
using HireHub.Web.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HireHub.Tests.Security;

/// <summary>
/// Proof 10: marker names, emails and phone numbers go into every input HireHub takes (API exports and batches,
/// refused and oversized calls, a CSV upload, a hire and its refusal, the sign-in form, a search) and none of them
/// appears in any log entry, message or structured value; no entry holds a line break a caller put there.
/// </summary>
public sealed class LogPrivacyTests(LoggedApiAppFactory app) : IClassFixture<LoggedApiAppFactory>
{
    private const string FirstName = "Zyxqwv";
    private const string LastName = "Quorblatt";
    private const string Email = "zyxqwv.quorblatt@marker.example";
    private const string Phone = "+1 425 555 0147";
    private static readonly string[] Markers = [FirstName, LastName, "quorblatt@", "marker.example", "5550147", "555 0147", "Forged"];

    [Fact]
    public async Task EveryInput_WithPlantedPersonalData_LeavesNoneOfItInTheLogs()
    {
        var ct = TestContext.Current.CancellationToken;
        var before = app.Logs.Entries.Count;
        using var ats = app.ApiClient();
        JsonObject Marked(string id, Action<JsonObject>? with = null) => ApiCalls.Candidate(id, c =>
        {
            c["firstName"] = FirstName;
            c["lastName"] = LastName;
            c["email"] = Email;
            c["phone"] = Phone;
            c["recruiter"] = new JsonObject { ["name"] = $"{FirstName} Recruiter", ["email"] = Email };
            with?.Invoke(c);
        });

        // The API: stored, invalid, refused by the registry, unauthenticated, a batch, too large, a forged line.
        using var created = await ats.ExportAsync(Marked("LOG-1"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var candidateId = Guid.Parse((await created.JsonAsync()).String("id")!);
        using var invalid = await ats.ExportAsync(Marked("LOG-2", c => c["email"] = $"{FirstName}-{LastName}-at-marker"));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        using var unknownApp = app.ApiClient(Guid.NewGuid().ToString());
        using var refused = await unknownApp.ExportAsync(Marked("LOG-3"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using var anonymous = app.CreateClient();
        using var unauthenticated = await anonymous.ExportAsync(Marked("LOG-4"));
        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
        using var batch = await ats.ExportBatchAsync([Marked("LOG-5"), Marked("LOG-6", c => c["phone"] = $"call {LastName}")]);
        Assert.Equal(HttpStatusCode.OK, batch.StatusCode);
        using var tooLarge = await ats.ExportAsync(Marked("LOG-7", c => c["jobTitle"] = string.Concat(Enumerable.Repeat($"{FirstName} {Email} ", 4000))));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        using var forgedLine = await ats.ExportAsync(Marked($"LOG-8\r\nSecurity: Forged {FirstName}\n", c => c["email"] = "not-an-email"));
        Assert.Equal(HttpStatusCode.BadRequest, forgedLine.StatusCode);
        using var forgedPath = await ats.GetAsync($"/api/v1/exported-candidates/{FirstName}%0D%0AForged", ct);
        Assert.Equal(HttpStatusCode.NotFound, forgedPath.StatusCode);

        // The recruiter's CSV upload, through the same services the page uses.
        var recruiter = new Actor("riya.patel", $"{FirstName} {LastName}");
        var source = (await app.Services.GetRequiredService<ManualExports>().SourceAsync(recruiter, ct)).Ok();
        var csv = "candidateId,firstName,middleName,lastName,email,phone,startDate,jobTitle,location,hrisProvider,recruiter.name,recruiter.email\n"
            + $"LOG-CSV-1,{FirstName},,{LastName},{Email},{Phone},{DateTime.UtcNow.AddDays(20):yyyy-MM-dd},Engineer,Redmond,HireHub,{FirstName},{Email}\n"
            + $"LOG-CSV-2,{FirstName},,{LastName},{FirstName}-bad-email,{Phone},{DateTime.UtcNow.AddDays(20):yyyy-MM-dd},Engineer,Redmond,HireHub,{FirstName},{Email}\n";
        var imported = await app.Services.GetRequiredService<CsvImport>().ImportAsync(source, new MemoryStream(Encoding.UTF8.GetBytes(csv)), ct: ct);
        Assert.Equal((1, 1), (imported.Ok().Stored, imported.Ok().Problems.Select(p => p.Line).Distinct().Count()));

        // The Hire new worker dialog's inputs, through the hiring service: refused as invalid, then hired.
        var hiring = app.Services.GetRequiredService<HiringService>();
        var hr = new Actor("hanna.reyes", $"{FirstName} {LastName}");
        var draft = (await hiring.PrepareAsync(candidateId, ct)).Ok();
        var refusedHire = await hiring.HireAsync(draft.Request with { Email = $"{FirstName}@", Phone = $"{LastName} 555 0147" }, hr, ct);
        Assert.Equal(ProblemKind.Invalid, refusedHire.Problem?.Kind);
        app.Services.GetRequiredService<SecurityEvents>().ValidationRefused("hire", Person(hr), refusedHire.Refused().Errors);

        // The sign-in form with a name typed as the person, and a search for a person.
        using var people = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var token = System.Text.RegularExpressions.Regex.Match(await people.GetStringAsync("/account/sign-in", ct), "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using var signIn = await people.PostAsync("/account/local-sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["personId"] = $"{FirstName}\r\n{Email}" }), ct);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        using var hrClient = await app.SignedInClientAsync("hanna.reyes");
        using var search = await hrClient.GetAsync($"/workers?search={FirstName}", ct);
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);

        var logged = app.Logs.Entries.Skip(before).ToList();
        Assert.NotEmpty(logged);
        var leaks = logged.Where(e => Markers.Any(m => e.AllText.Contains(m, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(leaks.Count == 0, "Personal data in the logs:\n" + string.Join("\n---\n", leaks.Select(e => $"{e.Category}[{e.EventId}]: {e.AllText}")));
        // EF's own warning about a SQLite table rebuild quotes the migration's SQL, line breaks and all; nothing a caller sent.
        Assert.DoesNotContain(logged, e => e.Category != "Microsoft.EntityFrameworkCore.Migrations" && (e.Message.Contains('\n') || e.Message.Contains('\r')));

        // And the refusals were reported, once each, by the security log.
        var security = logged.Where(e => e.Category == SecurityLog.Category).ToList();
        Assert.Equal(1, security.Count(e => e.EventId.Name == "ApiRefused" && e.Message.Contains("refused with 401", StringComparison.Ordinal)));
        Assert.Equal(1, security.Count(e => e.EventId.Name == "ApiRefused" && e.Message.Contains("refused with 403", StringComparison.Ordinal)));
        Assert.Equal(1, security.Count(e => e.EventId.Name == "ApiRefused" && e.Message.Contains("refused with 413", StringComparison.Ordinal)));
        Assert.Equal(1, security.Count(e => e.EventId.Name == "ApiRefused" && e.Message.Contains("refused with 404", StringComparison.Ordinal)));
        Assert.Equal(3, security.Count(e => e.EventId.Name == "ValidationRefused"));
        Assert.Equal(1, security.Count(e => e.EventId.Name == "SignInFailed"));
        Assert.Equal(1, security.Count(e => e.EventId.Name == "SignInSucceeded"));
    }

    private static ClaimsPrincipal Person(Actor actor) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, actor.Id), new Claim(ClaimTypes.Name, actor.DisplayName), new Claim(ClaimTypes.Email, Email)], "Tests"));
}
