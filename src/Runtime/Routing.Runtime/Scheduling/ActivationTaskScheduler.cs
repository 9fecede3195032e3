namespace Routing.Runtime.Scheduling;

/// <summary>
/// Runs the tasks of one activation one at a time, in order, on the thread pool. Every turn of a grain (the start
/// of a request, and each continuation after an await) is a task on this scheduler, so two turns of the same
/// activation never run in parallel, while different activations run in parallel across the pool.
/// </summary>
/// <remarks>
/// Tasks are never inlined: a task queued from another activation's turn must not run on that turn's stack.
/// A drain runs at most <see cref="TurnsPerQuantum"/> tasks before yielding the thread, so one busy activation
/// cannot starve the others.
/// </remarks>
internal sealed class ActivationTaskScheduler : TaskScheduler, IThreadPoolWorkItem
{
    private const int TurnsPerQuantum = 64;

    private readonly Queue<Task> _queue = new();
    private bool _drainScheduled;

    public override int MaximumConcurrencyLevel => 1;

    protected override void QueueTask(Task task)
    {
        lock (_queue)
        {
            _queue.Enqueue(task);
            if (_drainScheduled)
            {
                return;
            }

            _drainScheduled = true;
        }

        ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
    }

    void IThreadPoolWorkItem.Execute()
    {
        for (var turn = 0; turn < TurnsPerQuantum; turn++)
        {
            Task? task;
            lock (_queue)
            {
                if (!_queue.TryDequeue(out task))
                {
                    _drainScheduled = false;
                    return;
                }
            }

            TryExecuteTask(task);
        }

        // Quantum used up: give the thread back and continue in a fresh work item, still holding the drain flag so
        // no other thread starts draining this activation meanwhile.
        ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
    }

    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) => false;

    protected override IEnumerable<Task> GetScheduledTasks()
    {
        lock (_queue)
        {
            return _queue.ToArray();
        }
    }
}
