using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using Rho.Semantics.Evaluation;
using static Rho.Semantics.Tests.Evaluation.EvalTerms;

namespace Rho.Semantics.Tests.Evaluation;

/// <summary>
/// The encoding of <c>toByteArray</c> (spec/expressions.md §5) at the boundaries of UTF-8's
/// sequence lengths and on unpaired surrogates, and its decoder on bytes the encoder never writes:
/// each is a Crash with a message that says what is wrong, never an index or overflow exception.
/// </summary>
public class EvalMutSerializationTests
{
    private sealed record Alien : Proc;

    private static string Crash(Action a)
    {
        var e = Assert.Throws<RhoException>(a).Error;
        Assert.Equal(ErrorClass.Crash, e.Class);
        return e.Message;
    }

    private static string DecodeFails(params byte[] bytes) => Crash(() => Serialization.Decode(bytes));

    // Built in code, not as theory data: xunit's data serialization replaces a lone surrogate by U+FFFD.
    private static readonly (string Text, byte[] Utf8)[] Boundaries =
    [
        ("\u007F", [0x7F]),
        ("\u0080", [0xC2, 0x80]),
        ("\u07FF", [0xDF, 0xBF]),
        ("\u0800", [0xE0, 0xA0, 0x80]),
        ("\uFFFF", [0xEF, 0xBF, 0xBF]),
        ("\U00010000", [0xF0, 0x90, 0x80, 0x80]),
        ("\U0010FFFF", [0xF4, 0x8F, 0xBF, 0xBF]),
        ("\uD800", [0xED, 0xA0, 0x80]),
        ("\uDBFF", [0xED, 0xAF, 0xBF]),
        ("\uDC00", [0xED, 0xB0, 0x80]),
        ("\uDFFFa", [0xED, 0xBF, 0xBF, 0x61]),
        ("a\uDBFF\uD83D\uDE00", [0x61, 0xED, 0xAF, 0xBF, 0xF0, 0x9F, 0x98, 0x80]),
    ];

    [Fact]
    [Trait("Rule", "Method/toByteArray")]
    public void Text_SequenceLengthBoundariesAndLoneSurrogates_ExactBytesAndBack()
    {
        foreach (var (s, utf8) in Boundaries)
        {
            Assert.Equal(utf8, Wtf8.Encode(s));
            Assert.Equal(s, Wtf8.Decode(utf8));
            var encoded = Serialization.Encode(S(s));
            Assert.Equal([0x0D, 0, 0, 0, (byte)utf8.Length, .. utf8], encoded);
            Assert.Equal(S(s), Serialization.Decode(encoded));
        }
    }

    [Fact]
    [Trait("Rule", "Method/toByteArray")]
    public void Encode_UnknownTermKind_IsACrashNamingIt() =>
        Assert.Equal("Serialization: unknown term Alien", Crash(() => Serialization.Encode(new Alien())));

    [Fact]
    [Trait("Rule", "Method/toByteArray")]
    public void Decode_TrailingBytes_Crash() =>
        Assert.Equal("Serialization.Decode: trailing bytes", DecodeFails(0x00, 0x00));

    [Fact]
    [Trait("Rule", "Method/toByteArray")]
    public void Decode_UnknownTag_CrashNamingIt() =>
        Assert.Equal("Serialization.Decode: unknown tag 255", DecodeFails(0xFF));

    [Fact]
    [Trait("Rule", "Method/toByteArray")]
    public void Decode_TruncatedInput_Crash()
    {
        Assert.Equal("Serialization.Decode: truncated", DecodeFails());
        Assert.Equal("Serialization.Decode: truncated", DecodeFails(0x0A));
        Assert.Equal("Serialization.Decode: truncated", DecodeFails(0x0B, 0, 0, 0, 0, 0, 0, 0));
        Assert.Equal("Serialization.Decode: truncated", DecodeFails(0x0D, 0, 0, 0, 3, 0x61, 0x62));
        Assert.Equal("Serialization.Decode: truncated", DecodeFails(0x07, 0, 0));
    }

    [Fact]
    [Trait("Rule", "Method/toByteArray")]
    public void Decode_NegativeLength_Crash() =>
        Assert.Equal("Serialization.Decode: truncated", DecodeFails(0x0D, 0xFF, 0xFF, 0xFF, 0xFF));

    [Fact]
    [Trait("Rule", "Method/toByteArray")]
    public void Decode_CountBeyondTheInput_CrashWithoutAllocatingIt()
    {
        Assert.Equal("Serialization.Decode: truncated", DecodeFails(0x01, 0xFF, 0xFF, 0xFF, 0xFF));
        Assert.Equal("Serialization.Decode: truncated", DecodeFails(0x13, 0x7F, 0xFF, 0xFF, 0xFF));
        Assert.Equal("Serialization.Decode: truncated", DecodeFails(0x01, 0, 0, 0, 2, 0x00));
        Assert.Equal(P(Nothing, Nothing), Serialization.Decode([0x01, 0, 0, 0, 2, 0x00, 0x00]));
    }

    [Fact]
    [Trait("Rule", "Method/toByteArray")]
    public void Wtf8Decode_StrayContinuationByte_Crash()
    {
        foreach (var b in new byte[] { 0x80, 0xA5, 0xBF })
        {
            Assert.Equal("Wtf8.Decode: stray continuation byte", Crash(() => Wtf8.Decode([0x61, b])));
        }
    }

    [Fact]
    [Trait("Rule", "Method/toByteArray")]
    public void Wtf8Decode_TruncatedSequence_Crash()
    {
        Assert.Equal("Wtf8.Decode: truncated sequence", Crash(() => Wtf8.Decode([0xE2, 0x82])));
        Assert.Equal("Wtf8.Decode: truncated sequence", Crash(() => Wtf8.Decode([0x61, 0xC3])));
        Assert.Equal("Wtf8.Decode: truncated sequence", Crash(() => Wtf8.Decode([0xF0, 0x9F, 0x98])));
        Assert.Equal("Wtf8.Decode: truncated sequence", DecodeFails(0x0D, 0, 0, 0, 1, 0xE2));
    }
}
