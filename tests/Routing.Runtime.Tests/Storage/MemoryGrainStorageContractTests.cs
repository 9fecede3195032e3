using Routing.Runtime.Storage;

namespace Routing.Runtime.Tests.Storage;

/// <summary>The grain storage contract against <see cref="MemoryGrainStorage"/>.</summary>
public sealed class MemoryGrainStorageContractTests : GrainStorageContractTests
{
    protected override Task<IGrainStorage> CreateStorageAsync() => Task.FromResult<IGrainStorage>(new MemoryGrainStorage());
}
