using Rho.Semantics.Fuzz;

namespace Rho.Semantics.Tests.Fuzz;

/// <summary>
/// The fuzzer's program generator (spec/conformance.md, "Fuzzing"). A choice list drives it: the
/// first choice decides whether persistent sends may appear (even: yes), and every later choice,
/// taken modulo the number of options, picks the next form, channel, variable or constant (0 once
/// the list runs out). Each case below spells out its choices, so each pins one grammar form
/// exactly; the properties at the end hold for every seed.
/// </summary>
public class FuzzMutSourceGenTests
{
    /// <summary>Seeds of the property tests; a failure names the seed.</summary>
    private static readonly int[] Seeds = [.. Enumerable.Range(1, 40)];

    private static string Body(int size, int[] choices)
    {
        var body = new SourceGen(choices).Body(size);
        _ = Rholang.Compile(SourceGen.Wrap(body)); // closed and well-scoped, as generated
        return body;
    }

    // Choices after the first: 0 out!(e), 1 chan!(e), 2 Nil, 3 chan!(e) or chan!!(e); a persistent
    // send takes a 30% chance (a choice below 30) and is drawn only when persistent sends are on.
    [Theory]
    [Trait("Rule", "Syn/send")]
    [Trait("Rule", "Syn/send-persistent")]
    [Trait("Rule", "Syn/nil")]
    [InlineData(new[] { 1, 1, 1, 0, 3 }, "b!(3)")]
    [InlineData(new[] { 1, 2 }, "Nil")]
    [InlineData(new[] { 0, 3, 2, 10, 0, 2 }, "c!!(2)")]
    [InlineData(new[] { 0, 3, 0, 50, 0, 1 }, "a!(1)")]
    [InlineData(new[] { 1, 3, 0, 10, 0, 1 }, "a!(0)")] // no persistent sends: 10 is not spent on the chance
    public void Leaf_IsASendOrNil_PersistentOnlyWhenAllowed(int[] choices, string expected) =>
        Assert.Equal(expected, Body(1, choices));

    // 0: a par; 4: split after 1 + 4 % 3 = 2 processes; each side is "chan!(e) | err!(e)" (8).
    [Fact]
    [Trait("Rule", "Syn/par")]
    public void Par_SplitsTheSizeBetweenItsTwoSides() =>
        Assert.Equal("a!(1) | err!(2) | b!(3) | err!(0)", Body(4, [1, 0, 4, 8, 0, 0, 1, 0, 2, 8, 1, 0, 3, 0, 0]));

    // A receive: 20% chance of a peek, then (without persistent sends) 15% of a persistent receive;
    // 25% chance of a constant pattern, otherwise a fresh variable that only the body sees.
    [Theory]
    [Trait("Rule", "Syn/bind-linear")]
    [Trait("Rule", "Syn/bind-repeated")]
    [Trait("Rule", "Syn/bind-peek")]
    [InlineData(2, new[] { 1, 2, 10, 50, 1, 0, 0, 0 }, "for (@x0 <<- b) { out!(x0) }")]
    [InlineData(2, new[] { 1, 2, 50, 50, 10, 1, 2, 0, 0, 3 }, "for (@1 <- c) { out!(3) }")] // nothing bound: 3 is a constant
    [InlineData(2, new[] { 1, 2, 50, 10, 50, 0, 2 }, "for (@x0 <= a) { Nil }")]
    [InlineData(2, new[] { 0, 2, 50, 10, 50, 0, 2 }, "for (@2 <- a) { Nil }")] // persistent sends on: never <=
    [InlineData(3, new[] { 1, 2, 10, 50, 1, 2, 10, 50, 1, 0, 0, 0, 1 }, "for (@x0 <<- b) { for (@x1 <<- b) { out!(x1) } }")]
    public void Receive_ItsArrowAndPattern_FollowTheChoices(int size, int[] choices, string expected) =>
        Assert.Equal(expected, Body(size, choices));

    [Theory]
    [Trait("Rule", "Syn/join")]
    [InlineData(2, new[] { 1, 4, 0, 0, 0, 0, 0, 1 }, "for (@x0 <- a & @x1 <- b) { out!(x1) }")]
    [InlineData(3, new[] { 1, 4, 0, 0, 5, 1, 3, 0, 2 }, "for (@x0 <- a & @x1 <- b) { new n2 in { n2!(x0) } }")]
    public void Join_ReadsTwoDifferentChannels_IntoTwoFreshVariables(int size, int[] choices, string expected) =>
        Assert.Equal(expected, Body(size, choices));

    [Theory]
    [Trait("Rule", "Syn/new")]
    [InlineData(2, new[] { 1, 5, 1, 3, 0, 2 }, "new n0 in { n0!(2) }")]
    [InlineData(3, new[] { 1, 5, 2, 50, 50, 50, 0, 1, 0, 0, 0 }, "new n0 in { for (@x1 <- a) { a!(x1) } }")]
    public void New_DeclaresAFreshChannel_ThatTheBodyMayUse(int size, int[] choices, string expected) =>
        Assert.Equal(expected, Body(size, choices));

    [Fact]
    [Trait("Rule", "Syn/match")]
    [Trait("Rule", "Syn/case")]
    public void Match_HasAConstantCaseAndAVariableCase_EachHalfTheSize() =>
        Assert.Equal("match 2 { 1 => { Nil } x0 => { out!(x0) } }", Body(2, [1, 6, 0, 2, 1, 2, 0, 0, 0]));

    [Fact]
    [Trait("Rule", "Syn/if-else")]
    [Trait("Rule", "Syn/lt")]
    public void If_ComparesTwoExpressions_EachBranchHalfTheSize() =>
        Assert.Equal("if (1 < 2) { Nil } else { a!(3) }", Body(2, [1, 7, 0, 1, 0, 2, 2, 1, 0, 0, 3]));

    [Fact]
    [Trait("Rule", "Sys/stderr")]
    public void Default_SendsAndPrintsOnStderr() =>
        Assert.Equal("c!(1) | err!(2)", Body(2, [1, 8, 2, 0, 1, 0, 2]));

    // "a!(e)" with e = Expr(1): 99 is no atom (40% chance), then the operator, then two atoms at depth 0,
    // which take no chance choice.
    [Theory]
    [Trait("Rule", "Syn/add")]
    [Trait("Rule", "Syn/div")]
    [Trait("Rule", "Syn/list")]
    [Trait("Rule", "Syn/string")]
    [Trait("Rule", "Syn/eq")]
    [InlineData(new[] { 1, 3, 0, 99, 0, 1, 2 }, "a!((1 + 2))")]
    [InlineData(new[] { 1, 3, 0, 99, 1, 1, 2 }, "a!((1 / 2))")]
    [InlineData(new[] { 1, 3, 0, 99, 2, 1, 2 }, "a!([1, 2])")]
    [InlineData(new[] { 1, 3, 0, 99, 3, 1 }, "a!(\"q\")")]
    [InlineData(new[] { 1, 3, 0, 99, 3, 2 }, "a!(\"r\")")]
    [InlineData(new[] { 1, 3, 0, 99, 4, 1, 2 }, "a!((1 == 2))")]
    public void Expression_IsAnOperatorOrAConstant_DepthBounded(int[] choices, string expected) =>
        Assert.Equal(expected, Body(1, choices));

    [Fact]
    public void Program_WrapsTheBodyInItsFiveNames() =>
        Assert.Equal("new out(`rho:io:stdout`), err(`rho:io:stderr`), a, b, c in {\nNil\n}", new SourceGen([1, 2]).Program(1));

    [Fact]
    public void Programs_OfASeed_AreDeterministic_CompileAndNeverMixPersistentSendsAndReceives()
    {
        foreach (var seed in Seeds)
        {
            var program = new SourceGen(seed).Program(10);
            Assert.Equal(program, new SourceGen(seed).Program(10));
            var ex = Record.Exception(() => Rholang.Compile(program));
            Assert.True(ex is null, $"seed {seed}: {ex?.Message}\n{program}");
            Assert.False(program.Contains("!!(", StringComparison.Ordinal) && program.Contains(" <= ", StringComparison.Ordinal), $"seed {seed}:\n{program}");
        }
        Assert.Equal(Seeds.Length, Seeds.Select(s => new SourceGen(s).Program(10)).Distinct(StringComparer.Ordinal).Count());
    }
}
