namespace Routing.Runtime.Storage;

/// <summary>The runtime's <see cref="IPersistentState{TState}"/>: a JSON snapshot guarded by the stored version.</summary>
internal sealed class PersistentState<TState>(GrainId grainId, string stateName, IGrainStorage storage) : IPersistentState<TState>, IStateLoader
{
    private TState _state = CreateDefault();

    public TState State
    {
        get => _state;
        set => _state = value ?? throw new ArgumentNullException(nameof(value), $"State '{stateName}' of {grainId} cannot be set to null; use ClearStateAsync.");
    }

    public string? Etag { get; private set; }

    public bool RecordExists { get; private set; }

    public async Task ReadStateAsync(CancellationToken cancellationToken = default)
    {
        var stored = await storage.ReadAsync(grainId, stateName, cancellationToken);
        Etag = stored?.Etag;
        RecordExists = stored?.Payload is not null;
        _state = stored?.Payload is { } payload ? GrainStateSerializer.Deserialize<TState>(payload) : CreateDefault();
    }

    public async Task WriteStateAsync(CancellationToken cancellationToken = default)
    {
        var payload = GrainStateSerializer.Serialize(_state);
        Etag = await storage.WriteAsync(grainId, stateName, payload, Etag, cancellationToken);
        RecordExists = true;
    }

    public async Task ClearStateAsync(CancellationToken cancellationToken = default)
    {
        Etag = await storage.ClearAsync(grainId, stateName, Etag, cancellationToken);
        RecordExists = false;
        _state = CreateDefault();
    }

    private static TState CreateDefault() => Activator.CreateInstance<TState>();
}
