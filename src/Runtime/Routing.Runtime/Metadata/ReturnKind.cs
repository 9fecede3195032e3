namespace Routing.Runtime.Metadata;

/// <summary>The shape of a grain method's return type.</summary>
internal enum ReturnKind
{
    Task = 1,
    TaskOfT = 2,
    ValueTask = 3,
    ValueTaskOfT = 4,
}
