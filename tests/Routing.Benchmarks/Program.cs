using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Routing.Benchmarks;

// A size measurement, not a timing: see WaitingMemoryProbe.
if (args is ["waiting-memory", var countText])
{
    await WaitingMemoryProbe.RunAsync(int.Parse(countText, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

// In-process toolchain: generating and building a child project per benchmark is slow on this machine and
// needs nothing the in-process runner lacks. Pass BenchmarkDotNet's own flags after `--`, e.g. --filter '*Ping*'.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10).WithToolchain(InProcessEmitToolchain.Instance).AsDefault())
    .AddColumn(StatisticColumn.Median)
    .WithOptions(ConfigOptions.JoinSummary);

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);

/// <summary>The entry point; public so benchmark discovery can see the assembly's types.</summary>
public sealed partial class Program;
