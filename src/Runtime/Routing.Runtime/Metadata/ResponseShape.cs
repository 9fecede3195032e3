using Routing.Runtime.Messaging;

namespace Routing.Runtime.Metadata;

/// <summary>
/// Creates the caller-side completion of a method and turns it into the value the proxy returns
/// (<see cref="Task"/>, <see cref="Task{T}"/>, <see cref="ValueTask"/> or <see cref="ValueTask{T}"/>).
/// </summary>
internal abstract class ResponseShape
{
    public abstract IResponseCompletion CreateCompletion();

    public abstract object ToReturnValue(IResponseCompletion completion);

    /// <summary>The value a one-way call returns at once.</summary>
    public abstract object Completed { get; }

    /// <summary>The value a call that failed before it was sent returns.</summary>
    public abstract object FromException(Exception exception);

    public static ResponseShape Create(Type returnType, ReturnKind kind) => kind switch
    {
        ReturnKind.Task => new TaskShape<object?>(),
        ReturnKind.TaskOfT => (ResponseShape)Activator.CreateInstance(typeof(TaskShape<>).MakeGenericType(returnType.GetGenericArguments()[0]))!,
        ReturnKind.ValueTask => new ValueTaskShape(),
        ReturnKind.ValueTaskOfT => (ResponseShape)Activator.CreateInstance(typeof(ValueTaskShape<>).MakeGenericType(returnType.GetGenericArguments()[0]))!,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private sealed class TaskShape<T> : ResponseShape
    {
        public override IResponseCompletion CreateCompletion() => new ResponseCompletion<T>();

        public override object ToReturnValue(IResponseCompletion completion) => ((ResponseCompletion<T>)completion).Task;

        public override object Completed { get; } = Task.FromResult(default(T)!);

        public override object FromException(Exception exception) => Task.FromException<T>(exception);
    }

    private sealed class ValueTaskShape : ResponseShape
    {
        public override IResponseCompletion CreateCompletion() => new ResponseCompletion<object?>();

        public override object ToReturnValue(IResponseCompletion completion) => new ValueTask(((ResponseCompletion<object?>)completion).Task);

        public override object Completed { get; } = default(ValueTask);

        public override object FromException(Exception exception) => ValueTask.FromException(exception);
    }

    private sealed class ValueTaskShape<T> : ResponseShape
    {
        public override IResponseCompletion CreateCompletion() => new ResponseCompletion<T>();

        public override object ToReturnValue(IResponseCompletion completion) => new ValueTask<T>(((ResponseCompletion<T>)completion).Task);

        public override object Completed { get; } = new ValueTask<T>(default(T)!);

        public override object FromException(Exception exception) => ValueTask.FromException<T>(exception);
    }
}
