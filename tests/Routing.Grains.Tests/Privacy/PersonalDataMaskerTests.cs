using Routing.Grains.Interfaces.Privacy;

namespace Routing.Grains.Tests.Privacy;

public sealed class PersonalDataMaskerTests
{
    [Theory]
    [InlineData("我的手机是13812341234", "我的手机是138****1234")]
    [InlineData("call me on 138 1234 5678 please", "call me on 138****5678 please")]
    [InlineData("电话: 159-8888-0000。", "电话: 159****0000。")]
    [InlineData("+86 13912345678", "+86 139****5678")]
    public void Mask_MainlandMobile_KeepsFirstThreeAndLastFour(string text, string expected)
        => Assert.Equal(expected, PersonalDataMasker.Mask(text));

    [Theory]
    [InlineData("身份证 11010519491231002X 请核实", "身份证 1101**********002X 请核实")]
    [InlineData("id 440305200002291232", "id 4403**********1232")]
    public void Mask_IdCardNumber_WithValidDateAndCheckDigit(string text, string expected)
        => Assert.Equal(expected, PersonalDataMasker.Mask(text));

    [Theory]
    [InlineData("退款到 6222021234567894 这张卡", "退款到 6222********7894 这张卡")]
    [InlineData("card 6217 0000 1234 5678 907", "card 6217***********8907")]
    public void Mask_BankCardNumber_PassingLuhn(string text, string expected)
        => Assert.Equal(expected, PersonalDataMasker.Mask(text));

    [Theory]
    [InlineData("订单号 202611111234567890 还没发货")]
    [InlineData("order 3960012345678901 is late")]
    [InlineData("满300减50, 定金100元, 11月11日 00:00 开始")]
    [InlineData("2026-11-11 20:00")]
    public void Mask_OrderNumbersAmountsAndDates_AreLeftAlone(string text)
        => Assert.Same(text, PersonalDataMasker.Mask(text));

    [Fact]
    public void Mask_EmailAddress_KeepsFirstCharacterAndDomain()
        => Assert.Equal("发票发到 z***@example.com 吧", PersonalDataMasker.Mask("发票发到 zhang.san@example.com 吧"));

    [Theory]
    [InlineData("寄到广东省深圳市南山区科技园路1号A栋302室", "寄到广东省深圳市南山区****")]
    [InlineData("地址: 北京市朝阳区建国路88号", "地址: 北京市朝阳区****")]
    [InlineData("ship to 221 Baker Street, London", "ship to **** Street, London")]
    public void Mask_StreetAddress_KeepsOnlyTheArea(string text, string expected)
        => Assert.Equal(expected, PersonalDataMasker.Mask(text));

    [Fact]
    public void Mask_AlreadyMaskedText_IsUnchanged()
    {
        var once = PersonalDataMasker.Mask("13812341234, 6222021234567894, a@b.cn, 北京市朝阳区建国路88号");
        Assert.Equal(once, PersonalDataMasker.Mask(once));
    }

    [Theory]
    [InlineData("")]
    [InlineData("😀😀😀")]
    [InlineData("'; DROP TABLE conversations; --")]
    [InlineData("<script>alert(1)</script>")]
    public void Mask_AnyText_NeverThrows(string text) => Assert.Equal(text, PersonalDataMasker.Mask(text));

    [Fact]
    public async Task Conversation_StoresMaskedTextInTranscriptAndOfferContext()
    {
        await using var harness = await Infrastructure.RoutingHarness.StartAsync();
        await harness.ConfigureQueueAsync(Infrastructure.RoutingHarness.Queue("q", "general"));
        var console = await harness.AddAgentAsync("a1", "general");
        var conversation = await harness.StartConversationAsync("c1");

        await conversation.AddMessage(Interfaces.Model.MessageSender.Customer, "c-1", "手机13812341234, 退款到6222021234567894", "k-pii");
        await conversation.RequestHuman(new Interfaces.Conversations.RequestHuman("q"));

        var stored = (await conversation.GetView()).Transcript[^1].Text;
        Assert.Equal("手机138****1234, 退款到6222********7894", stored);
        var offer = await console.NextOfferAsync("c1");
        Assert.DoesNotContain(offer.Offer.Context.Transcript, entry => entry.Text.Contains("13812341234", StringComparison.Ordinal));
    }
}
