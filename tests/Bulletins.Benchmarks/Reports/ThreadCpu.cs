using System.Runtime.InteropServices;

namespace Bulletins.Benchmarks.Reports;

/// <summary>
/// The calling thread's CPU time (Linux, clock_gettime): on a shared machine a query's elapsed time is
/// mostly waiting for a core, its CPU time is what the query costs. A SQLite query runs on the calling
/// thread; a PostgreSQL server's share is not counted.
/// </summary>
internal static class ThreadCpu
{
    private const int ClockThreadCpuTime = 3;

    public static double Milliseconds()
    {
        if (!OperatingSystem.IsLinux()) return double.NaN;
        _ = ClockGetTime(ClockThreadCpuTime, out var time);
        return time.Seconds * 1000.0 + time.Nanoseconds / 1e6;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    // DllImport rather than LibraryImport: the struct is blittable, and the project need not allow unsafe code.
    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
