using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Routing.Gateway.Errors;

/// <summary>Collects per-field validation messages and turns them into a 400 validation problem.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    /// <summary>True when no field is invalid.</summary>
    public bool IsEmpty => _errors.Count == 0;

    /// <summary>Records that <paramref name="field"/> is invalid, and why.</summary>
    public ValidationErrors Add(string field, string reason)
    {
        if (!_errors.TryGetValue(field, out var reasons))
        {
            _errors[field] = reasons = [];
        }

        reasons.Add(reason);
        return this;
    }

    /// <summary>Adds <paramref name="reason"/> for <paramref name="field"/> when <paramref name="invalid"/> is true.</summary>
    public ValidationErrors AddIf(bool invalid, string field, string reason) => invalid ? Add(field, reason) : this;

    /// <summary>Throws <see cref="RequestValidationException"/> when any field is invalid.</summary>
    public void ThrowIfAny()
    {
        if (!IsEmpty)
        {
            throw new RequestValidationException(_errors.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal));
        }
    }

    /// <summary>The 400 answer.</summary>
    public ValidationProblem ToProblem()
        => TypedResults.ValidationProblem(_errors.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal), title: "One or more fields are invalid.");
}
