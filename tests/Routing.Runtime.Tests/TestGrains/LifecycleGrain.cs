using System.Collections.Concurrent;
using Routing.Runtime.Tests.Infrastructure;

namespace Routing.Runtime.Tests.TestGrains;

public sealed class LifecycleGrain : Grain, ILifecycleGrain
{
    public static readonly ConcurrentDictionary<string, int> Activations = new();
    public static readonly ConcurrentDictionary<string, int> Deactivations = new();

    private readonly Guid _activationId = Guid.NewGuid();
    private bool _gateDeactivation;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var count = Activations.AddOrUpdate(GetPrimaryKeyString(), 1, (_, n) => n + 1);
        Signals.Set($"activated-{GetPrimaryKeyString()}-{count}");
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        var key = GetPrimaryKeyString();
        if (_gateDeactivation)
        {
            Signals.Set($"deactivating-{key}");
            await Signals.WaitAsync($"deactivate-gate-{key}");
        }

        var count = Deactivations.AddOrUpdate(key, 1, (_, n) => n + 1);
        Signals.Set($"deactivated-{key}-{count}", reason.Code.ToString());
    }

    public Task<Guid> GetActivationId() => Task.FromResult(_activationId);

    public Task DeactivateSoon()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public Task GateDeactivation()
    {
        _gateDeactivation = true;
        return Task.CompletedTask;
    }
}

[CollectionAgeLimit(Minutes = 2)]
public sealed class ShortLivedGrain : Grain, IShortLivedGrain
{
    private readonly Guid _activationId = Guid.NewGuid();

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        Signals.Set($"deactivated-{GetPrimaryKeyString()}", reason.Code.ToString());
        return Task.CompletedTask;
    }

    public Task<Guid> GetActivationId() => Task.FromResult(_activationId);

    public async Task Hold(string tag)
    {
        Signals.Set($"entered-{tag}");
        await Signals.WaitAsync($"release-{tag}");
    }
}

public sealed class FailingActivationGrain : Grain, IFailingActivationGrain
{
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Hold activation until the test has queued its calls, then fail.
        await Signals.WaitAsync($"fail-activation-{GetPrimaryKeyString()}");
        throw new InvalidOperationException($"activation of {GetPrimaryKeyString()} failed on purpose");
    }

    public Task<string> Hello() => Task.FromResult("hello");
}
