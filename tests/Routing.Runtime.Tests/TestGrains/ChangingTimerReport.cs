namespace Routing.Runtime.Tests.TestGrains;

/// <summary>What <see cref="IChangingTimerGrain"/> saw: ticks that ended, and the most ticks running at once.</summary>
public sealed record ChangingTimerReport(int Ticks, int MaxConcurrentTicks);
