using System.Net;
using HireHub.Core.Domain;
using HireHub.Core.Features.Integrations;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Api;

/// <summary>A valid token is not enough: HireHub's registry refuses, one missing step at a time, and says which.</summary>
public sealed class RegistryRefusalApiTests(ApiAppFactory app) : IClassFixture<ApiAppFactory>
{
    [Fact]
    public async Task Export_FromAClientIdNoApplicationUserHas_Returns403NamingTheApplicationUserStep()
    {
        var clientId = Guid.NewGuid().ToString();
        using var client = app.ApiClient(clientId);

        using var response = await client.ExportAsync(ApiCalls.Candidate("REFUSED-1"));

        var problem = await response.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(nameof(RegistryStep.ApplicationUser), problem.String("missingStep"));
        Assert.Equal($"No application user has client ID {clientId}. Add one on the Application users page.", problem.String("detail"));
        Assert.False(await app.InDatabaseAsync(db => db.ExportedCandidates.AnyAsync(c => c.CandidateId == "REFUSED-1")));
    }

    [Fact]
    public async Task Export_FromAnApplicationUserWithoutARole_Returns403NamingTheSecurityRoleStep()
    {
        using var client = app.ApiClient(await app.RegisterApplicationAsync(privileges: null));

        using var response = await client.ExportAsync(ApiCalls.Candidate("REFUSED-2"));

        var problem = await response.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(nameof(RegistryStep.SecurityRole), problem.String("missingStep"));
        Assert.Contains("no security role that grants Write on exported candidates", problem.String("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_FromARoleThatMayOnlyRead_Returns403ButReadingWorks()
    {
        using var client = app.ApiClient(await app.RegisterApplicationAsync(SecurityPrivileges.ReadExportedCandidates | SecurityPrivileges.ReadMetadata));

        using var write = await client.ExportAsync(ApiCalls.Candidate("REFUSED-3"));
        using var read = await client.GetAsync(ApiCalls.ExportsPath, TestContext.Current.CancellationToken);

        Assert.Equal(nameof(RegistryStep.SecurityRole), (await write.ProblemAsync(HttpStatusCode.Forbidden)).String("missingStep"));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task List_FromARoleThatMayOnlyWrite_Returns403()
    {
        using var client = app.ApiClient(await app.RegisterApplicationAsync(SecurityPrivileges.WriteExportedCandidates));

        using var response = await client.GetAsync(ApiCalls.ExportsPath, TestContext.Current.CancellationToken);

        var problem = await response.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("Read on exported candidates", problem.String("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_ThroughAnUnlinkedConnection_Returns403NamingTheConnection()
    {
        using var client = app.ApiClient(await app.RegisterApplicationAsync(SecurityPrivileges.All, ConnectionStatus.Unlinked));

        using var response = await client.ExportAsync(ApiCalls.Candidate("REFUSED-4"));

        var problem = await response.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(nameof(RegistryStep.ConnectionLinked), problem.String("missingStep"));
        Assert.Matches("^The connection ATS [0-9a-f]{32} is not linked\\. Link it on the Integrations page\\.$", problem.String("detail"));
    }

    [Fact]
    public async Task Export_WhenTheTableIsNotEnabled_Returns403SayingToGenerateIt()
    {
        await app.SetExportTableEnabledAsync(false);
        try
        {
            using var client = app.ApiClient();

            using var response = await client.ExportAsync(ApiCalls.Candidate("REFUSED-5"));

            var problem = await response.ProblemAsync(HttpStatusCode.Forbidden);
            Assert.Equal(nameof(RegistryStep.TableEnabled), problem.String("missingStep"));
            Assert.Equal("The exported candidates table is not enabled. Generate it on the Tables page.", problem.String("detail"));
        }
        finally
        {
            await app.SetExportTableEnabledAsync(true);
        }
    }

    [Fact]
    public async Task Metadata_WithoutReadOnEntityFieldAndRelationship_Returns403()
    {
        using var client = app.ApiClient(await app.RegisterApplicationAsync(SecurityPrivileges.All & ~SecurityPrivileges.ReadRelationshipMetadata));

        using var response = await client.GetAsync("/api/v1/metadata/exported-candidates", TestContext.Current.CancellationToken);

        var problem = await response.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("organisation-level Read on Entity, Field and Relationship", problem.String("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metadata_WithTheLinkedInRole_DescribesEveryFieldWithTypeRequiredAndMaxLength()
    {
        using var client = app.ApiClient();

        using var response = await client.GetAsync("/api/v1/metadata/exported-candidates", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fields = (await response.JsonAsync())["fields"]!.AsArray().ToDictionary(f => f!.String("name")!);
        Assert.Equal(("string", true, 100), (fields["firstName"]!.String("type"), (bool)fields["firstName"]!["required"]!, (int)fields["firstName"]!["maxLength"]!));
        Assert.Equal(("date", true), (fields["startDate"]!.String("type"), (bool)fields["startDate"]!["required"]!));
        Assert.False((bool)fields["phone"]!["required"]!);
        Assert.Equal(254, (int)fields["recruiter.email"]!["maxLength"]!);
    }

    [Fact]
    public async Task RefusedExport_IsWrittenToTheIntegrationLogWithTheCandidateIdAndNoOtherPersonalData()
    {
        var clientId = await app.RegisterApplicationAsync(privileges: null);
        using var client = app.ApiClient(clientId);

        using var response = await client.ExportAsync(ApiCalls.Candidate("LOGGED-1", c => c["email"] = "private.person@example.com"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var entry = await app.InDatabaseAsync(db => db.IntegrationLog.AsNoTracking().SingleAsync(e => e.Caller == clientId));
        Assert.Equal((403, "LOGGED-1"), (entry.StatusCode, entry.CandidateId));
        Assert.Contains("no security role that grants Write on exported candidates", entry.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("private.person", entry.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("Campbell", entry.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidExport_IsWrittenToTheIntegrationLogWithTheFieldsAtFault()
    {
        var clientId = await app.RegisterApplicationAsync(SecurityPrivileges.All);
        using var client = app.ApiClient(clientId);

        using var response = await client.ExportAsync(ApiCalls.Candidate("LOGGED-2", c => c["email"] = "private.person"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var entry = await app.InDatabaseAsync(db => db.IntegrationLog.AsNoTracking().SingleAsync(e => e.Caller == clientId));
        Assert.Equal((400, "LOGGED-2"), (entry.StatusCode, entry.CandidateId));
        Assert.Contains("email:", entry.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("private.person", entry.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallWithoutAToken_IsWrittenToTheIntegrationLogAsAnonymous()
    {
        using var client = app.CreateClient();

        using var response = await client.ExportAsync(ApiCalls.Candidate("LOGGED-3"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.True(await app.InDatabaseAsync(db => db.IntegrationLog.AnyAsync(e => e.Caller == IntegrationLog.AnonymousCaller && e.StatusCode == 401)));
    }

    [Fact]
    public async Task SuccessfulExport_IsNotWrittenToTheIntegrationLog()
    {
        var clientId = await app.RegisterApplicationAsync(SecurityPrivileges.All);
        using var client = app.ApiClient(clientId);

        using var response = await client.ExportAsync(ApiCalls.Candidate("LOGGED-4"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.False(await app.InDatabaseAsync(db => db.IntegrationLog.AnyAsync(e => e.Caller == clientId)));
    }
}
