using Microsoft.EntityFrameworkCore;

namespace HireHub.Core.Data;

public sealed class SqlServerHireHubDbContext(DbContextOptions<SqlServerHireHubDbContext> options) : HireHubDbContext(options);
