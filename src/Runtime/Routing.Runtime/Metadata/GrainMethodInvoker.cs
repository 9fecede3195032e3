using System.Linq.Expressions;
using System.Reflection;

namespace Routing.Runtime.Metadata;

/// <summary>
/// Calls one grain interface method on a target object through a delegate compiled once, so the hot path has no
/// reflection: only a cast per argument and a virtual call.
/// </summary>
internal abstract class GrainMethodInvoker
{
    /// <summary>Invokes the method and returns its (boxed) result; completes synchronously when the method did.</summary>
    public abstract ValueTask<object?> InvokeAsync(object target, object?[] arguments);

    public static GrainMethodInvoker Create(MethodInfo method, ReturnKind kind)
    {
        var target = Expression.Parameter(typeof(object), "target");
        var arguments = Expression.Parameter(typeof(object[]), "arguments");
        var parameters = method.GetParameters();
        var call = Expression.Call(
            Expression.Convert(target, method.DeclaringType!),
            method,
            parameters.Select((parameter, index) => (Expression)Expression.Convert(Expression.ArrayIndex(arguments, Expression.Constant(index)), parameter.ParameterType)));

        var delegateType = typeof(Func<,,>).MakeGenericType(typeof(object), typeof(object[]), method.ReturnType);
        var compiled = Expression.Lambda(delegateType, call, target, arguments).Compile();

        var invokerType = kind switch
        {
            ReturnKind.Task => typeof(TaskInvoker),
            ReturnKind.ValueTask => typeof(ValueTaskInvoker),
            ReturnKind.TaskOfT => typeof(TaskInvoker<>).MakeGenericType(method.ReturnType.GetGenericArguments()[0]),
            ReturnKind.ValueTaskOfT => typeof(ValueTaskInvoker<>).MakeGenericType(method.ReturnType.GetGenericArguments()[0]),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        return (GrainMethodInvoker)Activator.CreateInstance(invokerType, compiled)!;
    }

    private sealed class TaskInvoker(Func<object, object?[], Task> call) : GrainMethodInvoker
    {
        public override ValueTask<object?> InvokeAsync(object target, object?[] arguments)
        {
            var task = call(target, arguments);
            return task.IsCompletedSuccessfully ? default : AwaitAsync(task);

            static async ValueTask<object?> AwaitAsync(Task task)
            {
                await task;
                return null;
            }
        }
    }

    private sealed class TaskInvoker<T>(Func<object, object?[], Task<T>> call) : GrainMethodInvoker
    {
        public override ValueTask<object?> InvokeAsync(object target, object?[] arguments)
        {
            var task = call(target, arguments);
            return task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : AwaitAsync(task);

            static async ValueTask<object?> AwaitAsync(Task<T> task) => await task;
        }
    }

    private sealed class ValueTaskInvoker(Func<object, object?[], ValueTask> call) : GrainMethodInvoker
    {
        public override ValueTask<object?> InvokeAsync(object target, object?[] arguments)
        {
            var task = call(target, arguments);
            if (task.IsCompletedSuccessfully)
            {
                task.GetAwaiter().GetResult();
                return default;
            }

            return AwaitAsync(task);

            static async ValueTask<object?> AwaitAsync(ValueTask task)
            {
                await task;
                return null;
            }
        }
    }

    private sealed class ValueTaskInvoker<T>(Func<object, object?[], ValueTask<T>> call) : GrainMethodInvoker
    {
        public override ValueTask<object?> InvokeAsync(object target, object?[] arguments)
        {
            var task = call(target, arguments);
            return task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : AwaitAsync(task);

            static async ValueTask<object?> AwaitAsync(ValueTask<T> task) => await task;
        }
    }
}
