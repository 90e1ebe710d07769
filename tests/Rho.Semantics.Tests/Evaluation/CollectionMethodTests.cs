using Rho.Semantics.Errors;
using static Rho.Semantics.Tests.Evaluation.EvalTerms;

namespace Rho.Semantics.Tests.Evaluation;

public class CollectionMethodTests
{
    private static readonly Core.EMap AB = Map((I(1), S("a")), (I(2), S("b")));

    [Fact]
    [Trait("Rule", "Method/get")]
    public void Get_PresentKeyValue_MissingNil()
    {
        Yields(S("a"), M(AB, "get", I(1)));
        Yields(Nothing, M(AB, "get", I(3)));
        Yields(I(5), M(Map((Set(I(1), I(2)), I(5))), "get", Set(I(2), I(1))));
    }

    [Fact]
    [Trait("Rule", "Method/getOrElse")]
    public void GetOrElse_PresentOrDefault()
    {
        Yields(S("a"), M(AB, "getOrElse", I(1), S("c")));
        Yields(S("c"), M(AB, "getOrElse", I(3), S("c")));
        Fails(ErrorKinds.UnknownMethod, M(L(), "getOrElse", I(1), I(2)));
    }

    [Fact]
    [Trait("Rule", "Method/set")]
    public void Set_AddsOrReplaces()
    {
        Yields(Map((I(1), S("a")), (I(2), S("b")), (I(3), S("c"))), M(AB, "set", I(3), S("c")));
        Yields(Map((I(1), S("a")), (I(2), S("c"))), M(AB, "set", I(2), S("c")));
        Fails(ErrorKinds.UnknownMethod, M(Set(), "set", I(1), I(2)));
    }

    [Fact]
    [Trait("Rule", "Method/keys")]
    public void Keys_MapKeysAsSet()
    {
        Yields(Set(I(1), I(2), I(3)), M(Map((I(1), S("a")), (I(2), S("b")), (I(3), S("c"))), "keys"));
        Yields(Set(), M(Map(), "keys"));
        Fails(ErrorKinds.UnknownMethod, M(Set(), "keys"));
    }

    [Fact]
    [Trait("Rule", "Method/size")]
    public void Size_MapAndSet()
    {
        Yields(I(3), M(Map((I(1), S("a")), (I(2), S("b")), (I(3), S("c"))), "size"));
        Yields(I(3), M(Set(I(1), I(2), I(3)), "size"));
        Yields(I(1), M(Set(I(1), I(1)), "size"));
        Yields(I(0), M(Map(), "size"));
        Fails(ErrorKinds.UnknownMethod, M(L(I(1)), "size"));
    }

    [Fact]
    [Trait("Rule", "Method/contains")]
    public void Contains_SetElementOrMapKey()
    {
        Yields(B(true), M(Set(I(1), I(2)), "contains", I(2)));
        Yields(B(false), M(Set(I(1), I(2)), "contains", I(3)));
        Yields(B(true), M(AB, "contains", I(1)));
        Yields(B(false), M(AB, "contains", S("a")));
        Yields(B(true), M(Set(P(I(1), I(2))), "contains", P(I(2), I(1))));
        Fails(ErrorKinds.UnknownMethod, M(L(I(1)), "contains", I(1)));
    }

    [Fact]
    [Trait("Rule", "Method/add")]
    public void Add_SetElement()
    {
        Yields(Set(I(1), I(2), I(3)), M(Set(I(1), I(2)), "add", I(3)));
        Yields(Set(I(1), I(2)), M(Set(I(1), I(2)), "add", I(1)));
        Assert.Equal("Method `add` is not defined on Map.", Fails(ErrorKinds.UnknownMethod, M(AB, "add", I(1))));
    }

    [Fact]
    [Trait("Rule", "Method/delete")]
    public void Delete_SetElementOrMapKey()
    {
        Yields(Set(I(1)), M(Set(I(1), I(2)), "delete", I(2)));
        Yields(Set(I(1), I(2)), M(Set(I(1), I(2)), "delete", I(5)));
        Yields(Map((I(2), S("b"))), M(AB, "delete", I(1)));
        Fails(ErrorKinds.UnknownMethod, M(L(I(1)), "delete", I(1)));
    }

    [Fact]
    [Trait("Rule", "Method/union")]
    public void Union_SetsAndMaps()
    {
        Yields(Set(I(1), I(2), I(3)), M(Set(I(1), I(2)), "union", Set(I(2), I(3))));
        Yields(Map((I(1), S("z")), (I(2), S("b"))), M(AB, "union", Map((I(1), S("z")))));
        Assert.Equal("Method `union` is not defined on Set.", Fails(ErrorKinds.UnknownMethod, M(Set(), "union", Map())));
        Fails(ErrorKinds.NotExpression, M(Set(), "union", Nothing));
    }

    [Fact]
    [Trait("Rule", "Method/diff")]
    public void Diff_SetsAndMaps()
    {
        Yields(Set(I(1)), M(Set(I(1), I(2)), "diff", Set(I(2), I(3))));
        Yields(Map((I(2), S("b"))), M(AB, "diff", Map((I(1), S("anything")))));
        Fails(ErrorKinds.UnknownMethod, M(L(), "diff", L()));
    }
}
