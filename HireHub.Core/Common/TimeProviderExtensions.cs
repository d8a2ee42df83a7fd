namespace HireHub.Core.Common;

public static class TimeProviderExtensions
{
    /// <summary>Today's date where HireHub runs; start dates are compared with it.</summary>
    public static DateOnly Today(this TimeProvider time) => DateOnly.FromDateTime(time.GetLocalNow().DateTime);
}
