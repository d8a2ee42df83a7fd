using HireHub.Core.Common;

namespace HireHub.Tests.Core.Common;

/// <summary>Numbers are stored in E.164 and read in the international format, grouped as their country groups them.</summary>
public sealed class PhoneNumberDisplayTests
{
    [Theory]
    [InlineData("+31612345678", "+31 6 12345678")]
    [InlineData("+14255550132", "+1 425-555-0132")]
    [InlineData("+442079460106", "+44 20 7946 0106")]
    [InlineData("+4930555010", "+49 30 555010")]
    public void ForDisplay_ShowsAStoredNumberInTheInternationalFormat(string stored, string shown) =>
        Assert.Equal(shown, PhoneNumberFormat.ForDisplay(stored));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("555-0144")]
    [InlineData("call reception")]
    public void ForDisplay_ShowsAnythingElseAsStored(string? stored) =>
        Assert.Equal(stored, PhoneNumberFormat.ForDisplay(stored));

    [Fact]
    public void ForDisplay_ReadsBackToTheSameStoredNumber() =>
        Assert.Equal("+31612345678", PhoneNumberFormat.NormalizeOrNull(PhoneNumberFormat.ForDisplay("+31612345678")));
}
