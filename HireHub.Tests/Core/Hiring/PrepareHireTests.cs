using HireHub.Core.Common;
using HireHub.Core.Domain;
using HireHub.Core.Features.Hiring;
using HireHub.Tests.Support;

namespace HireHub.Tests.Core.Hiring;

/// <summary>What the Hire new worker dialog opens with.</summary>
public sealed class PrepareHireTests : DatabaseTest
{
    private HiringService Hiring => Db.Get<HiringService>();

    [Fact]
    public async Task Prepare_FillsTheRequestFromTheCandidateAndShowsTheNextPersonnelNumber()
    {
        await Db.Given.LegalEntityAsync("GBSI");
        var connection = await Db.Given.ConnectionAsync("Generic ATS", defaultLegalEntityId: "GBSI", phoneRegion: "GB");
        var candidate = await Db.Given.CandidateAsync(c => c with
        {
            ConnectionId = connection.Id,
            FirstName = "Samuel",
            LastName = "Okafor",
            Phone = "020 7946 0148",
            StartInDays = 24,
            JobTitle = "Operations Manager",
            Location = "London",
        });

        var result = await Hiring.PrepareAsync(candidate.Id, TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.Problem?.Message);
        var draft = result.Value;
        Assert.Equal(candidate.Id, draft.Request.CandidateId);
        Assert.Equal(("Samuel", "Okafor", candidate.Email), (draft.Request.FirstName, draft.Request.LastName, draft.Request.Email));
        Assert.Equal("+442079460148", draft.Request.Phone);
        Assert.Equal(Db.Today.AddDays(24), draft.Request.StartDate);
        Assert.Equal(Db.Today.AddDays(24), draft.Request.AssignmentStartDate);
        Assert.Equal("GBSI", draft.Request.LegalEntityId);
        Assert.Equal(WorkerType.Employee, draft.Request.WorkerType);
        Assert.Equal(DuplicateDecision.None, draft.Request.DuplicateDecision);
        Assert.Equal("Samuel Okafor", draft.CandidateName);
        Assert.Equal(("Operations Manager", "London", "Generic ATS"), (draft.JobTitle, draft.Location, draft.Source));
        Assert.False(draft.PersonnelNumberEditable);
        Assert.Equal("000001", draft.NextPersonnelNumber);
        Assert.Empty(draft.Duplicates);
    }

    [Fact]
    public async Task Prepare_WhenCandidateRoutedToALegalEntity_UsesItOverTheConnectionDefault()
    {
        await Db.Given.LegalEntityAsync("DEMF");
        var candidate = await Db.Given.CandidateAsync(c => c with { LegalEntityId = "DEMF" });

        var draft = (await Hiring.PrepareAsync(candidate.Id, TestContext.Current.CancellationToken)).Ok();

        Assert.Equal("DEMF", draft.Request.LegalEntityId);
    }

    [Fact]
    public async Task Prepare_WhenCandidateAlreadyHired_ReturnsConflict()
    {
        var candidate = await Db.Given.CandidateAsync();
        Assert.True((await Hiring.HireAsync(TestData.HireRequestFor(candidate), TestData.OtherHrProfessional, TestContext.Current.CancellationToken)).Succeeded);

        var result = await Hiring.PrepareAsync(candidate.Id, TestContext.Current.CancellationToken);

        Assert.Equal(ProblemKind.Conflict, result.Problem?.Kind);
        Assert.Contains(TestData.OtherHrProfessional.DisplayName, result.Refused().Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prepare_WhenCandidateDoesNotExist_ReturnsNotFound()
    {
        var result = await Hiring.PrepareAsync(Guid.NewGuid(), TestContext.Current.CancellationToken);

        Assert.Equal(ProblemKind.NotFound, result.Problem?.Kind);
    }
}
