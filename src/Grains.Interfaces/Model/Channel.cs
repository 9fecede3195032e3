namespace Routing.Grains.Interfaces.Model;

/// <summary>Where a conversation came from. Stored and sent on the wire: never renumber.</summary>
public enum Channel
{
    /// <summary>Mobile app chat.</summary>
    AppChat = 1,

    /// <summary>Web chat.</summary>
    WebChat = 2,

    /// <summary>WeChat or a mini-program.</summary>
    WeChat = 3,

    /// <summary>Social direct messages (Weibo and others).</summary>
    SocialDm = 4,

    /// <summary>Email.</summary>
    Email = 5,

    /// <summary>A phone callback request.</summary>
    PhoneCallback = 6,
}
