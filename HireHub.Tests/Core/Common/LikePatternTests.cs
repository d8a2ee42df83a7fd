using HireHub.Core.Common;

namespace HireHub.Tests.Core.Common;

public sealed class LikePatternTests
{
    [Theory]
    [InlineData("Kow", "Kow%")]
    [InlineData("50%", "50\\%%")]
    [InlineData("a_b", "a\\_b%")]
    [InlineData("[x]\\", "\\[x]\\\\%")]
    public void StartsWith_MatchesWildcardsTypedByAPersonAsThemselves(string typed, string pattern) =>
        Assert.Equal(pattern, LikePattern.StartsWith(typed));

    [Theory]
    [InlineData("lee", "%lee%")]
    [InlineData("100%", "%100\\%%")]
    [InlineData("_", "%\\_%")]
    public void Contains_MatchesWildcardsTypedByAPersonAsThemselves(string typed, string pattern) =>
        Assert.Equal(pattern, LikePattern.Contains(typed));
}
