using System.Reflection;

namespace Routing.Runtime.Metadata;

/// <summary>Everything the runtime needs to send, schedule and invoke one grain interface method, built once.</summary>
internal sealed class GrainMethodDescriptor
{
    private GrainMethodDescriptor(MethodInfo method, int methodId, ReturnKind returnKind)
    {
        Method = method;
        MethodId = methodId;
        InterfaceType = method.DeclaringType!;
        Name = string.Concat(InterfaceType.Name, ".", method.Name);
        IsOneWay = method.IsDefined(typeof(OneWayAttribute));
        IsAlwaysInterleave = method.IsDefined(typeof(AlwaysInterleaveAttribute));
        IsReadOnly = method.IsDefined(typeof(ReadOnlyAttribute));
        Invoker = GrainMethodInvoker.Create(method, returnKind);
        Response = ResponseShape.Create(method.ReturnType, returnKind);
        ResultType = returnKind is ReturnKind.TaskOfT or ReturnKind.ValueTaskOfT ? method.ReturnType.GetGenericArguments()[0] : null;
        ParameterTypes = [.. method.GetParameters().Select(parameter => parameter.ParameterType)];
    }

    public MethodInfo Method { get; }

    /// <summary>The method's index within its interface: what a serialized call message carries.</summary>
    public int MethodId { get; }

    public Type InterfaceType { get; }

    /// <summary><c>Interface.Method</c>, for errors and logs.</summary>
    public string Name { get; }

    public bool IsOneWay { get; }

    public bool IsAlwaysInterleave { get; }

    public bool IsReadOnly { get; }

    public GrainMethodInvoker Invoker { get; }

    /// <summary>The type of the result, or null for methods that return no value.</summary>
    public Type? ResultType { get; }

    /// <summary>The declared parameter types, which decide how arguments are serialized.</summary>
    public IReadOnlyList<Type> ParameterTypes { get; }

    public ResponseShape Response { get; }

    public static GrainMethodDescriptor Create(MethodInfo method, int methodId)
    {
        var kind = ClassifyReturnType(method);
        var descriptor = new GrainMethodDescriptor(method, methodId, kind);
        if (descriptor.IsOneWay && kind is not (ReturnKind.Task or ReturnKind.ValueTask))
        {
            throw new InvalidOperationException($"One-way method {descriptor.Name} must return Task or ValueTask: a one-way call has no result.");
        }

        return descriptor;
    }

    private static ReturnKind ClassifyReturnType(MethodInfo method)
    {
        var type = method.ReturnType;
        if (type == typeof(Task))
        {
            return ReturnKind.Task;
        }

        if (type == typeof(ValueTask))
        {
            return ReturnKind.ValueTask;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>))
        {
            return ReturnKind.TaskOfT;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            return ReturnKind.ValueTaskOfT;
        }

        throw new InvalidOperationException($"Grain method {method.DeclaringType?.Name}.{method.Name} returns {type.Name}; grain methods must return Task, Task<T>, ValueTask or ValueTask<T>.");
    }
}
