using System.Text.Json.Nodes;
using Rho.Semantics.Conformance;

namespace Rho.Semantics.Tests.Conformance;

/// <summary>
/// The assertion vocabulary of a case file (spec/conformance.md, "Assertions"): each kind's key and
/// its JSON value, read and written back exactly.
/// </summary>
public class ConfMutAssertionTests
{
    public static TheoryData<string, string> EveryKind => new()
    {
        { "stdout", """["1","a"]""" },
        { "stdout-one-of", """[["1"],["2","3"]]""" },
        { "stdout-multiset", """["x","y"]""" },
        { "residual", "\"@0!(1)\"" },
        { "error", """{"kind":"div-zero","message":"division"}""" },
        { "error", """{"kind":"syntax","message":"unexpected","static":true}""" },
        { "malformed", """{"line":3,"col":7}""" },
        { "budget-exhausted", """{"maxStates":200}""" },
        { "diverges", """{"maxStates":300}""" },
        { "confluent", """{"stdout":["1"]}""" },
    };

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void FromJson_ThenToJson_GivesBackTheKeyAndTheSameJson(string key, string json)
    {
        var a = Assertion.FromJson(key, JsonNode.Parse(json))!;
        Assert.Equal(key, a.Key);
        Assert.Equal(json, a.ToJson().ToJsonString());
    }

    [Fact]
    public void Keys_AreTheVocabularyInSpecOrder()
    {
        Assert.Equal(
            ["stdout", "stdout-one-of", "stdout-multiset", "residual", "error", "malformed", "budget-exhausted", "diverges", "confluent"],
            Assertion.Keys);
    }

    [Fact]
    public void FromJson_ANullValue_IsAPlaceholder()
    {
        Assert.Null(Assertion.FromJson("stdout", null));
        Assert.Null(Assertion.FromJson("no-such-kind", null));
    }

    [Fact]
    [Trait("Rule", "Error/div-zero")]
    public void Error_WithoutMessageOrStatic_IsARuntimeErrorWithAnEmptyPrefix()
    {
        var e = Assert.IsType<Assertion.Error>(Assertion.FromJson("error", JsonNode.Parse("""{"kind":"div-zero"}""")));
        Assert.Equal("div-zero", e.Kind);
        Assert.Equal("", e.MessagePrefix);
        Assert.False(e.Static);
    }

    [Fact]
    [Trait("Rule", "Syn/error")]
    public void Error_WithMessageAndStatic_KeepsBoth()
    {
        var e = Assert.IsType<Assertion.Error>(Assertion.FromJson("error", JsonNode.Parse("""{"kind":"syntax","message":"bad","static":true}""")));
        Assert.Equal(new Assertion.Error("syntax", "bad", true), e);
        var f = Assert.IsType<Assertion.Error>(Assertion.FromJson("error", JsonNode.Parse("""{"kind":"type","static":false}""")));
        Assert.Equal(new Assertion.Error("type", "", false), f);
    }

    [Fact]
    public void FromJson_AnUnknownKey_NamesTheVocabulary()
    {
        var e = Assert.Throws<FormatException>(() => Assertion.FromJson("stdouts", JsonNode.Parse("[]")));
        Assert.Equal(
            "unknown assertion 'stdouts' (expected one of stdout, stdout-one-of, stdout-multiset, residual, error, malformed, budget-exhausted, diverges, confluent)",
            e.Message);
    }
}
