using System.Net;
using HireHub.Core.Domain;
using HireHub.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Security;

/// <summary>Proof 4: one connection never reads or changes another's records; what it cannot see answers 404, like what does not exist.</summary>
public sealed class ObjectAccessApiTests(ApiAppFactory app) : IClassFixture<ApiAppFactory>
{
    private const int Records = 25;

    [Fact]
    public async Task OtherConnectionsRecords_ReadOrWritten_Are404OrUntouchedEveryTime()
    {
        var ct = TestContext.Current.CancellationToken;
        using var owner = app.ApiClient(await app.RegisterApplicationAsync(SecurityPrivileges.All));
        using var other = app.ApiClient(await app.RegisterApplicationAsync(SecurityPrivileges.All));
        var ids = new List<Guid>();
        for (var i = 0; i < Records; i++)
        {
            using var created = await owner.ExportAsync(ApiCalls.Candidate($"OWNED-{i}"), idempotencyKey: $"owned-key-{i}");
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            ids.Add(Guid.Parse((await created.JsonAsync()).String("id")!));
        }

        foreach (var id in ids)
        {
            using var read = await other.GetAsync($"{ApiCalls.ExportsPath}/{id}", ct);
            var problem = await read.ProblemAsync(HttpStatusCode.NotFound);
            using var missing = await other.GetAsync($"{ApiCalls.ExportsPath}/{Guid.NewGuid()}", ct);
            var unknown = await missing.ProblemAsync(HttpStatusCode.NotFound);
            Assert.Equal(unknown.String("title"), problem.String("title"));
        }

        using var list = await other.GetAsync(ApiCalls.ExportsPath, ct);
        Assert.Empty((await list.JsonAsync())["items"]!.AsArray());

        // Writing the same candidate IDs, even with the owner's idempotency keys, makes the other connection's own records.
        for (var i = 0; i < Records; i++)
        {
            using var written = await other.ExportAsync(ApiCalls.Candidate($"OWNED-{i}", c => c["lastName"] = "Changed"), idempotencyKey: $"owned-key-{i}");
            Assert.Equal(HttpStatusCode.Created, written.StatusCode);
            Assert.DoesNotContain(Guid.Parse((await written.JsonAsync()).String("id")!), ids);
        }

        var owned = await app.InDatabaseAsync(db => db.ExportedCandidates.AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(ct));
        Assert.Equal(Records, owned.Count);
        Assert.All(owned, c => Assert.Equal(("Campbell", 1), (c.LastName, c.Revision)));
    }
}
