using FsCheck;
using FsCheck.Fluent;
using Rho.Semantics.Congruence;
using Rho.Semantics.Core;
using Rho.Semantics.Normalize;
using Rho.Semantics.Printing;
using Rho.Semantics.Syntax;
using Rho.Semantics.Tests.Generators;

namespace Rho.Semantics.Tests.Properties;

/// <summary>
/// Properties of the model itself over generated closed processes (spec/congruence.md): the
/// printer round-trips, canon is idempotent and invariant under the congruence, and sensitive to
/// any change of a leaf. Fixed seeds (<see cref="Seeds"/>); FsCheck and Hedgehog both shrink.
/// </summary>
public class CongruenceProperties
{
    internal static Proc Compile(SProc p) => DeepStack.Run(() => Canon.Of(Normalizer.Normalize(p)));

    internal static Proc CompileText(string text) => DeepStack.Run(() => Canon.Of(Normalizer.Normalize(RhoParser.Parse(text))));

    [Fact]
    [Trait("Rule", "Law/print-parse")]
    [Trait("Rule", "Print/source")]
    public void PrintThenParse_IsIdentityUpToCongruence_FsCheck() => Seeds.Run("print-parse", () =>
        Check.One(Seeds.FsCheck(200), Prop.ForAll(PropertyGens.Arbitrary(), s =>
        {
            var p = Compile(s);
            var text = DeepStack.Run(() => Printer.PrintSource(p));
            return (CompileText(text) == p).Label($"printed: {text}");
        })));

    [Fact]
    [Trait("Rule", "Law/canon-idempotent")]
    public void Canon_IsIdempotent_Hedgehog() => Seeds.Run("canon-idempotent", () =>
        Seeds.Hedgehog(PropertyGens.Hedgehog(), s =>
            {
                var p = Compile(s);
                return DeepStack.Run(() => Canon.Of(p)) == p;
            }, 200));

    [Fact]
    [Trait("Rule", "Cong/par-comm")]
    [Trait("Rule", "Cong/par-assoc")]
    public void Canon_InvariantUnderParReorderingAndRegrouping_FsCheck() => Seeds.Run("par-reorder", () =>
        Check.One(Seeds.FsCheck(200), Prop.ForAll(PropertyGens.Arbitrary(), FsCheck.Fluent.ArbMap.Default.ArbFor<int>(), (s, seed) =>
            Compile(SyntaxTransforms.ShufflePars(s, new Random(seed))) == Compile(s))));

    [Fact]
    [Trait("Rule", "Cong/par-nil")]
    public void Canon_InvariantUnderNilInsertion_Hedgehog() => Seeds.Run("nil-insertion", () =>
        Seeds.Hedgehog(PropertyGens.Hedgehog(), s =>
                Compile(SyntaxTransforms.InsertNil(s, new Random(s.GetHashCode()))) == Compile(s), 200));

    [Fact]
    [Trait("Rule", "Cong/alpha")]
    public void Canon_InvariantUnderAlphaRenaming_FsCheck() => Seeds.Run("alpha", () =>
        Check.One(Seeds.FsCheck(200), Prop.ForAll(PropertyGens.Arbitrary(), s =>
            Compile(SyntaxTransforms.RenameBound(s)) == Compile(s))));

    [Fact]
    [Trait("Rule", "Law/canon-sensitive")]
    public void Canon_ChangesWhenOneLeafChanges_Hedgehog() => Seeds.Run("leaf-change", () =>
        Seeds.Hedgehog(PropertyGens.Hedgehog(), s =>
                SyntaxTransforms.ChangeOneLeaf(s) is not { } changed || Compile(changed) != Compile(s), 200));
}
