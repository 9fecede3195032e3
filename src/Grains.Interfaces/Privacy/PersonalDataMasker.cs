using System.Text;
using System.Text.RegularExpressions;

namespace Routing.Grains.Interfaces.Privacy;

/// <summary>
/// Masks personal data in free text before it is stored, logged or emitted (PIPL: de-identify sensitive personal
/// information). Mainland mobile numbers become <c>138****1234</c>; ID-card and bank-card numbers keep their first
/// and last four digits; e-mail addresses keep the first character of the local part and the domain; street
/// addresses keep the province, city and district and lose the rest.
/// </summary>
/// <remarks>
/// Long digit runs are classified, not masked blindly: an 18-digit run is an ID-card number only if its birth date
/// and check digit are valid, and a 16–19-digit run is a bank card only if it passes the Luhn check, so order numbers
/// (which customers quote all the time) survive. Masking is idempotent: masked text masks to itself.
/// </remarks>
public static partial class PersonalDataMasker
{
    /// <summary>Returns the text with personal data masked; text with none comes back as the same instance.</summary>
    public static string Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return text;
        }

        var masked = DigitRun().Replace(text, static match => MaskDigits(match.Value));
        masked = Email().Replace(masked, static match => match.Groups["first"].Value + "***@" + match.Groups["domain"].Value);
        masked = ChineseAddress().Replace(masked, static match => match.Groups["area"].Value + "****");
        masked = EnglishAddress().Replace(masked, "**** $2");
        return masked == text ? text : masked;
    }

    private static string MaskDigits(string run)
    {
        var digits = new StringBuilder(run.Length);
        foreach (var character in run)
        {
            if (char.IsAsciiDigit(character) || character is 'X' or 'x')
            {
                digits.Append(character);
            }
        }

        var value = digits.ToString();
        var prefix = run.StartsWith('+') ? "+86 " : "";
        if (prefix.Length > 0 && value.StartsWith("86", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        if (value.Length == 11 && IsMobile(value))
        {
            return prefix + value[..3] + "****" + value[7..];
        }

        if ((value.Length == 18 && IsIdCard(value)) || (value.Length == 15 && IsOldIdCard(value)))
        {
            return value[..4] + new string('*', value.Length - 8) + value[^4..];
        }

        if (value.Length is >= 16 and <= 19 && value.All(char.IsAsciiDigit) && PassesLuhn(value))
        {
            return value[..4] + new string('*', value.Length - 8) + value[^4..];
        }

        return run;
    }

    private static bool IsMobile(string value) => value[0] == '1' && value[1] is >= '3' and <= '9' && value.All(char.IsAsciiDigit);

    /// <summary>An 18-character resident ID: a plausible birth date and a valid ISO 7064 MOD 11-2 check character.</summary>
    private static bool IsIdCard(string value)
    {
        if (!value[..17].All(char.IsAsciiDigit) || !IsBirthDate(value.AsSpan(6, 8)))
        {
            return false;
        }

        ReadOnlySpan<int> weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (value[i] - '0') * weights[i];
        }

        const string checks = "10X98765432";
        return char.ToUpperInvariant(value[17]) == checks[sum % 11];
    }

    /// <summary>A 15-digit first-generation ID: six region digits and a yyMMdd birth date.</summary>
    private static bool IsOldIdCard(string value)
        => value.All(char.IsAsciiDigit) && IsBirthDate(string.Concat("19", value.AsSpan(6, 6)));

    private static bool IsBirthDate(ReadOnlySpan<char> yyyymmdd)
        => int.TryParse(yyyymmdd[..4], out var year) && year is >= 1900 and <= 2099
            && int.TryParse(yyyymmdd.Slice(4, 2), out var month) && month is >= 1 and <= 12
            && int.TryParse(yyyymmdd.Slice(6, 2), out var day) && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static bool PassesLuhn(string digits)
    {
        var sum = 0;
        var doubleIt = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var digit = digits[i] - '0';
            if (doubleIt)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
            doubleIt = !doubleIt;
        }

        return sum % 10 == 0;
    }

    // Digits, optionally grouped by single spaces or hyphens (138 1234 5678, 6222-0212-3456-7890), optionally with
    // +86; an ID card may end in X. Not inside a longer Latin-alphanumeric token; CJK text may touch it.
    [GeneratedRegex(@"(?<![A-Za-z0-9*])(?:\+86[ -]?)?\d(?:[ -]?\d){10,18}[Xx]?(?![A-Za-z0-9*])", RegexOptions.CultureInvariant)]
    private static partial Regex DigitRun();

    [GeneratedRegex(@"(?<first>[A-Za-z0-9])[A-Za-z0-9._%+-]*@(?<domain>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    // Province/city/district, then a street-level part ending in a road, number, building or room word.
    [GeneratedRegex(@"(?<area>(?:\p{IsCJKUnifiedIdeographs}{2,9}(?:省|自治区))?(?:\p{IsCJKUnifiedIdeographs}{2,9}市)?\p{IsCJKUnifiedIdeographs}{1,9}(?:区|县|旗))(?<street>[\p{IsCJKUnifiedIdeographs}A-Za-z0-9#-]{1,40}?(?:路|街|道|巷|弄|村|号|栋|幢|室|单元|楼)(?:[\p{IsCJKUnifiedIdeographs}A-Za-z0-9#-]{0,30}(?:号|栋|幢|室|单元|楼))?)", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseAddress();

    [GeneratedRegex(@"\b\d{1,5}(\s+[A-Z][a-z]+)+\s+(Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Boulevard|Blvd|Drive|Dr)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishAddress();
}
