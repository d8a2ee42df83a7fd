using HireHub.Core.Common;
using HireHub.Core.Domain;
using HireHub.Core.Features.Candidates;
using HireHub.Core.Features.Exports;
using HireHub.Core.Features.Integrations;
using HireHub.Tests.Core.Exports;

namespace HireHub.Tests.Core.Privacy;

/// <summary>
/// Two people with unmistakable names, emails and phones, planted through the app's own services in every table
/// that can hold a candidate's data: the candidate, its revisions, idempotency records (single and batch), the
/// integration log (with and without the candidate id) and the audit log.
/// </summary>
public sealed class PlantedPeople(ExportsDatabase database)
{
    public const string PlantedId = "LI-PLANTED";
    public const string ControlId = "LI-CONTROL";

    /// <summary>Name, email and phone digits (found in JSON too, where <c>+</c> is escaped) of the person whose data must go.</summary>
    public static readonly string[] PlantedMarkers = ["Zephyrine", "Quillfeather", "42555501"];

    /// <summary>The same for the person whose data must stay.</summary>
    public static readonly string[] ControlMarkers = ["Bartholomew", "Oakenshield", "20655501"];

    public ExportedCandidateResource Planted { get; private set; } = null!;

    public ExportedCandidateResource Control { get; private set; } = null!;

    public static ExportCandidate PlantedExport(Action<ExportCandidate>? with = null) => Exported.Candidate(PlantedId, c =>
    {
        c.FirstName = "Zephyrine";
        c.LastName = "Quillfeather";
        c.Email = "zephyrine.quillfeather@example.org";
        c.Phone = "+1 425 555 0142";
        with?.Invoke(c);
    });

    public static ExportCandidate ControlExport(Action<ExportCandidate>? with = null) => Exported.Candidate(ControlId, c =>
    {
        c.FirstName = "Bartholomew";
        c.LastName = "Oakenshield";
        c.Email = "bartholomew.oakenshield@example.net";
        c.Phone = "+1 206 555 0177";
        with?.Invoke(c);
    });

    /// <summary>Exports both, re-exports the planted one in a batch with changes, logs refusals echoing both, and keeps both NotProcessed.</summary>
    public async Task PlantAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        var source = await database.LinkedInAsync();
        Planted = (await database.Exports.ExportAsync(source, PlantedExport(), "key-planted", ct)).Ok().Candidate;
        Control = (await database.Exports.ExportAsync(source, ControlExport(), "key-control", ct)).Ok().Candidate;
        var batch = await database.Exports.ExportBatchAsync(
            source,
            [PlantedExport(c => { c.Phone = "+1 425 555 0143"; c.JobTitle = "Staff Engineer"; }), ControlExport()],
            "key-batch",
            ct);
        Assert.Equal([ExportOutcome.Updated, ExportOutcome.Unchanged], batch.Ok().Items.Select(i => i.Outcome));

        var log = database.Get<IntegrationLog>();
        var caller = source.Actor.Id;
        await log.RecordAsync(caller, 422, "email: 'zephyrine.quillfeather@example.org' is already used by Zephyrine Quillfeather", PlantedId, ct);
        await log.RecordAsync(null, 400, "Could not read the body near \"zephyrine.quillfeather@example.org\"", null, ct);
        await log.RecordAsync(caller, 422, "email: 'bartholomew.oakenshield@example.net' is already used by Bartholomew Oakenshield", ControlId, ct);
    }

    public async Task DoNotHirePlantedAsync() => Assert.True((await database.Get<CandidateDecisionService>().DoNotHireAsync(
        new DoNotHire { CandidateId = Planted.Id, ReasonCode = NotHiredReasons.DeclinedOffer, Comment = "Zephyrine Quillfeather took another offer; call +1 425 555 0142 in a year." },
        HrPerson,
        TestContext.Current.CancellationToken)).Succeeded);

    public static Actor HrPerson => new("hanna.reyes", "Hanna Reyes");
}
