using Routing.Runtime.Journal;

namespace Routing.Runtime.Tests.Journal;

/// <summary>The event journal contract against <see cref="MemoryEventJournal"/>.</summary>
public sealed class MemoryEventJournalContractTests : EventJournalContractTests
{
    private readonly Dictionary<string, MemoryEventJournal> _journals = [];

    protected override Task<IEventJournal> CreateJournalAsync(string serviceId)
    {
        // One process-local journal stands for one service's streams.
        if (!_journals.TryGetValue(serviceId, out var journal))
        {
            journal = new MemoryEventJournal();
            _journals.Add(serviceId, journal);
        }

        return Task.FromResult<IEventJournal>(journal);
    }
}
