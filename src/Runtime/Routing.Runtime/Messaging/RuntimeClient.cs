using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Routing.Runtime.Hosting;
using Routing.Runtime.Logging;
using Routing.Runtime.Metadata;

namespace Routing.Runtime.Messaging;

/// <summary>
/// Sends grain calls and matches their responses. Every request is registered by correlation id until its response
/// or its timeout, whichever comes first; the timeout is found by a periodic scan rather than a timer per call.
/// A timed-out call is never resent: its outcome is unknown.
/// </summary>
internal sealed class RuntimeClient : IDisposable
{
    private readonly ConcurrentDictionary<long, Message> _pending = new();
    private readonly IServiceProvider _services;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<RuntimeClient> _logger;
    private readonly TimeSpan _callTimeout;
    private readonly ITimer _timeoutScan;
    private MessageRouter? _router;
    private long _nextCorrelationId;

    public RuntimeClient(IServiceProvider services, TimeProvider timeProvider, IOptions<MessagingOptions> options, ILogger<RuntimeClient> logger)
    {
        _services = services;
        _timeProvider = timeProvider;
        _logger = logger;
        _callTimeout = options.Value.CallTimeout;
        var scanPeriod = TimeSpan.FromTicks(Math.Clamp(_callTimeout.Ticks / 10, TimeSpan.TicksPerMillisecond * 10, TimeSpan.TicksPerSecond));
        _timeoutScan = timeProvider.CreateTimer(static state => ((RuntimeClient)state!).FailTimedOutCalls(), this, scanPeriod, scanPeriod);
    }

    private MessageRouter Router => _router ??= _services.GetRequiredService<MessageRouter>();

    /// <summary>Sends a call and returns what the proxy method returns.</summary>
    public object Invoke(GrainId target, GrainMethodDescriptor method, object?[] arguments)
    {
        var shape = method.Response;
        if (method.IsOneWay)
        {
            try
            {
                Router.Route(new Message { Kind = MessageKind.OneWay, Target = target, Method = method, Arguments = arguments });
                return shape.Completed;
            }
            catch (Exception exception)
            {
                return shape.FromException(exception);
            }
        }

        var completion = shape.CreateCompletion();
        var message = new Message
        {
            Kind = MessageKind.Request,
            CorrelationId = Interlocked.Increment(ref _nextCorrelationId),
            Target = target,
            Method = method,
            Arguments = arguments,
            Completion = completion,
            SentTimestamp = _timeProvider.GetTimestamp(),
        };
        _pending[message.CorrelationId] = message;
        try
        {
            Router.Route(message);
        }
        catch (Exception exception)
        {
            Fail(message, exception);
        }

        return shape.ToReturnValue(completion);
    }

    /// <summary>Delivers a successful response, unless the call already timed out.</summary>
    public void Complete(Message request, object? result)
    {
        if (_pending.TryRemove(request.CorrelationId, out _))
        {
            request.Completion!.TrySetResponse(result);
        }
    }

    /// <summary>Delivers a failure to the caller, or logs it for a one-way call that has no caller waiting.</summary>
    public void Fail(Message request, Exception exception)
    {
        if (request.Kind != MessageKind.Request)
        {
            RuntimeLog.OneWayCallFailed(_logger, exception, request.Describe());
            return;
        }

        if (_pending.TryRemove(request.CorrelationId, out _))
        {
            request.Completion!.TrySetFailure(exception);
        }
    }

    private void FailTimedOutCalls()
    {
        foreach (var (correlationId, message) in _pending)
        {
            if (_timeProvider.GetElapsedTime(message.SentTimestamp) < _callTimeout || !_pending.TryRemove(correlationId, out _))
            {
                continue;
            }

            RuntimeLog.CallTimedOut(_logger, message.Describe(), _callTimeout);
            message.Completion!.TrySetFailure(new GrainCallTimeoutException(
                $"Call {message.Method?.Name} to grain {message.Target} got no response within {_callTimeout}. Its outcome is unknown; it was not resent."));
        }
    }

    public void Dispose() => _timeoutScan.Dispose();
}
