using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using Rho.Semantics.Normalize;
using Rho.Semantics.Syntax;
using static Rho.Semantics.Tests.Normalize.Terms;

namespace Rho.Semantics.Tests.Normalize;

/// <summary>Every static check of spec/normalization.md, with the position it reports.</summary>
public class NormalizerTests
{
    [Fact]
    [Trait("Rule", "Static/top-level-free")]
    public void TopLevelFree_NameVariable_ReportedAtFirstUse()
    {
        var e = Fails("@Nil!(1) | x!(1)", ErrorKinds.TopLevelFreeVariable, 12);
        Assert.Contains("free variable x", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "Static/top-level-free")]
    public void TopLevelFree_InsideReceiveBody_StillTopLevel() =>
        Fails("new c in { for (y <- c) { @Nil!(z) } }", ErrorKinds.TopLevelFreeVariable, 33);

    [Fact]
    [Trait("Rule", "Static/top-level-free")]
    public void TopLevelFree_Remainder() =>
        Fails("@Nil!([1 ...r])", ErrorKinds.TopLevelFreeVariable, 13);

    [Fact]
    [Trait("Rule", "Static/top-level-wildcard")]
    public void TopLevelWildcard_InSend() =>
        Fails("@Nil!(1, _)", ErrorKinds.TopLevelWildcard, 10);

    [Fact]
    [Trait("Rule", "Static/top-level-wildcard")]
    public void TopLevelWildcard_TakesPriorityOverFreeVariable() =>
        Fails("@Nil!(x) | @Nil!(_)", ErrorKinds.TopLevelWildcard, 18);

    [Fact]
    [Trait("Rule", "Static/top-level-connective")]
    public void TopLevelConnective_TakesPriority()
    {
        var e = Fails("@Nil!(x, _, ~1)", ErrorKinds.TopLevelConnective, 13);
        Assert.Contains("~", e.Message, StringComparison.Ordinal);
        Fails("@Nil!(1 /\\ 2)", ErrorKinds.TopLevelConnective, 7);
        Fails("@Nil!(1 \\/ 2)", ErrorKinds.TopLevelConnective, 7);
    }

    [Fact]
    [Trait("Rule", "Static/top-level-connective")]
    public void TopLevelConnective_TypeConnectiveIsNotLogical_Accepted() =>
        Assert.Equal(Snd(Nl, new ConnType(SimpleType.Int)), Norm("@Nil!(Int)"));

    [Fact]
    [Trait("Rule", "Static/unbound-ref")]
    public void UnboundRef_InPattern() =>
        Fails("match 1 { [=x] => Nil }", ErrorKinds.UnboundVariable, 12);

    [Fact]
    [Trait("Rule", "Static/unbound-ref")]
    public void UnboundRef_NameRef() =>
        Fails("new y in { for (@{=*x} <- y) { Nil } }", ErrorKinds.UnboundVariable, 19);

    [Fact]
    [Trait("Rule", "Static/wrong-sort")]
    public void WrongSort_NameVariableAsProcess()
    {
        var e = Fails("new x in { x }", ErrorKinds.WrongVariableSort, 12);
        Assert.Contains("write *x", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "Static/wrong-sort")]
    public void WrongSort_ProcessVariableAsName()
    {
        var e = Fails("for (@y <- @Nil) { y!(1) }", ErrorKinds.WrongVariableSort, 20);
        Assert.Contains("write @y", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "Static/wrong-sort")]
    public void WrongSort_VarRefKinds()
    {
        Fails("new x in { match 1 { =x => Nil } }", ErrorKinds.WrongVariableSort, 22);
        Fails("match 1 { v => { match 2 { =*v => Nil } } }", ErrorKinds.WrongVariableSort, 28);
    }

    [Fact]
    [Trait("Rule", "Static/variable-reuse")]
    public void VariableReuse_InOneBind() =>
        Fails("for (x, x <- @Nil) { Nil }", ErrorKinds.VariableReuse, 9);

    [Fact]
    [Trait("Rule", "Static/variable-reuse")]
    public void VariableReuse_AcrossBindsOfOneJoin() =>
        Fails("for (x <- @1 & @x <- @2) { Nil }", ErrorKinds.VariableReuse, 17);

    [Fact]
    [Trait("Rule", "Static/variable-reuse")]
    public void VariableReuse_InMatchPatternAndRemainder()
    {
        Fails("match 1 { [x, x] => Nil }", ErrorKinds.VariableReuse, 15);
        Fails("match 1 { [x ...x] => Nil }", ErrorKinds.VariableReuse, 17);
        Fails("match 1 { x /\\ x => Nil }", ErrorKinds.VariableReuse, 16);
    }

    [Fact]
    [Trait("Rule", "Static/variable-reuse")]
    public void VariableReuse_AlternativesAndNegation_DoNotClash() =>
        Assert.IsType<Match>(Norm("match 1 { [x \\/ x, ~x, x] => Nil }"));

    [Fact]
    [Trait("Rule", "Static/same-channel")]
    public void SameChannel_TwiceInOneJoin() =>
        Fails("for (x <- @1 & y <- @2 & z <- @1) { Nil }", ErrorKinds.ReceiveSameChannel, 31);

    [Fact]
    [Trait("Rule", "Static/same-channel")]
    public void SameChannel_UpToParOrder() =>
        Fails("for (x <- @{1 | 2} & y <- @{2 | 1 | Nil}) { Nil }", ErrorKinds.ReceiveSameChannel, 27);

    [Fact]
    [Trait("Rule", "Static/same-channel")]
    public void SameChannel_SequentialReceiptsMayRepeat() =>
        Assert.IsType<Receive>(Norm("for (x <- @1 ; y <- @1) { Nil }"));

    [Fact]
    [Trait("Rule", "Static/receive-connective")]
    public void ReceiveConnective_NegationAndDisjunctionRejected()
    {
        Fails("for (@{~1} <- @Nil) { Nil }", ErrorKinds.ReceivePatternConnective, 8);
        Fails("for (@{1 \\/ 2} <- @Nil) { Nil }", ErrorKinds.ReceivePatternConnective, 8);
        Fails("for (@[1, ~2] <- @Nil) { Nil }", ErrorKinds.ReceivePatternConnective, 11);
        Fails("contract @Nil(x, @{~1}) = { Nil }", ErrorKinds.ReceivePatternConnective, 20);
    }

    [Fact]
    [Trait("Rule", "Static/receive-connective")]
    public void ReceiveConnective_ConjunctionAndNestedPatternsAccepted()
    {
        Assert.IsType<Receive>(Norm("for (@{x /\\ Int} <- @Nil) { Nil }"));
        Assert.IsType<Match>(Norm("match 1 { {for (@{~1} <- @Nil) { Nil }} => Nil }"));
    }

    [Fact]
    [Trait("Rule", "Static/select")]
    public void Select_Rejected()
    {
        var pos = new SourcePos(1, 1);
        var bind = new SBind(pos, Seq.Of<SName>(new SNameVar(pos, "x")), null, new SSimpleSource(pos, new SNameQuote(pos, new SNil(pos))));
        var select = new SSelect(new SourcePos(3, 4), Seq.Of(new SBranch(pos, Seq.Of(bind), new SNil(pos))));
        var e = Assert.Throws<RhoException>(() => Normalizer.Normalize(select));
        Assert.Equal(ErrorKinds.Unsupported, e.Error.Kind);
        Assert.Equal(new SourcePos(3, 4), e.Error.Pos);
    }

    [Fact]
    [Trait("Rule", "Static/select")]
    public void Select_FromSource_Rejected() =>
        Fails("new c in {\n  select { x <- c => Nil  y <- c => Nil }\n}", ErrorKinds.Unsupported, 3, line: 2);

    [Fact]
    [Trait("Rule", "Static/unknown-uri")]
    public void UnknownUri_RegistryNotProvided() =>
        Fails("new a, x(`rho:registry:lookup`) in { Nil }", ErrorKinds.UnknownUri, 8);

    [Fact]
    [Trait("Rule", "Static/unknown-uri")]
    public void UnknownUri_AllFourIoChannelsKnown() =>
        Assert.Equal(
            Seq.Of("rho:io:stderr", "rho:io:stderrAck", "rho:io:stdout", "rho:io:stdoutAck"),
            Assert.IsType<New>(Norm("new a(`rho:io:stdoutAck`), b(`rho:io:stdout`), c(`rho:io:stderrAck`), d(`rho:io:stderr`) in { Nil }")).Uris);

    [Fact]
    [Trait("Rule", "Static/int-range")]
    public void IntRange_TooLarge()
    {
        Fails("@Nil!(9223372036854775808)", ErrorKinds.IntLiteralRange, 7);
        Fails("@Nil!(-9223372036854775809)", ErrorKinds.IntLiteralRange, 7);
        Assert.Equal(Snd(Nl, I(long.MaxValue), new GBigInt(System.Numerics.BigInteger.Parse("99999999999999999999", System.Globalization.CultureInfo.InvariantCulture))), Norm("@Nil!(9223372036854775807, BigInt(99999999999999999999))"));
    }

    [Fact]
    [Trait("Rule", "Static/bundle-content")]
    public void BundleContent_FreeVariableOrWildcard()
    {
        Fails("bundle+ { x }", ErrorKinds.BundleContent, 11);
        Fails("bundle { @Nil!(_) }", ErrorKinds.BundleContent, 16);
        Fails("match 1 { {bundle { [y] }} => Nil }", ErrorKinds.BundleContent, 22);
    }

    [Fact]
    [Trait("Rule", "Static/bundle-content")]
    public void BundleContent_TopLevelConnective()
    {
        Fails("bundle { Int }", ErrorKinds.BundleContent, 10);
        Fails("new x in { match 1 { {bundle0 { @Nil!(1) | =*x }} => Nil } }", ErrorKinds.BundleContent, 44);
    }

    [Fact]
    [Trait("Rule", "Static/bundle-content")]
    public void BundleContent_OnlyTheBundlesOwnVariablesCount()
    {
        // Div/bundle-scope: an earlier pattern variable does not make the bundle invalid.
        var t = Assert.IsType<Match>(Norm("match 1 { [y, bundle+ { 1 }] => Nil }"));
        Assert.Equal(Lst(F(0), new Bundle(I(1), false, true)), t.Cases[0].Pattern);
    }

    [Fact]
    [Trait("Rule", "Static/bundle-content")]
    [Trait("Rule", "Static/top-level-connective")]
    public void BundleContent_NestedConnective_ReachesTopLevelCheck() =>
        Fails("bundle+ { [~1] }", ErrorKinds.TopLevelConnective, 12);

    public static TheoryData<string> Examples() =>
        new(Directory.GetFiles(Path.Combine(SpecCoverageTests.RepoRoot(), "examples"), "*.rho").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Examples))]
    [Trait("Rule", "Norm/par")]
    public void Examples_NormalizeToClosedTerms(string file)
    {
        var t = Norm(File.ReadAllText(Path.Combine(SpecCoverageTests.RepoRoot(), "examples", file)));
        Assert.True(Substitution.IsClosed(t));
    }
}
