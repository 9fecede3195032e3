namespace Routing.Grains.Interfaces.Model;

/// <summary>What the customer wants, as classified by the bot or the channel. Never renumber.</summary>
public enum Intent
{
    /// <summary>Not classified.</summary>
    Unknown = 0,

    /// <summary>Pre-sales consultation (售前咨询).</summary>
    PreSales = 1,

    /// <summary>After-sales: returns, exchanges, refunds (售后).</summary>
    AfterSales = 2,

    /// <summary>Logistics and delivery.</summary>
    Logistics = 3,

    /// <summary>A complaint (投诉): raises priority.</summary>
    Complaint = 4,

    /// <summary>Technical support.</summary>
    Technical = 5,

    /// <summary>Anything else.</summary>
    Other = 6,
}
