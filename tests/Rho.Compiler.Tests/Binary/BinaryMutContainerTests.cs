using Rho.Compiler.Binary;
using Rho.Compiler.Bytecode;
using Rho.Semantics;
using static Rho.Compiler.Tests.Binary.BinaryMutBytes;

namespace Rho.Compiler.Tests.Binary;

/// <summary>
/// The <c>.rhoc</c> container (spec/bytecode.md, "Container"): header, content hash, trailing
/// bytes and the optional source map, each defect rejected with its offset.
/// </summary>
public class BinaryMutContainerTests
{
    /// <summary>The empty process's code section: no sequences, no link groups.</summary>
    private static readonly byte[] EmptyCode = Of(0, 0);

    [Fact]
    [Trait("Rule", "Verify/limits")]
    public void Load_Null_IsAnArgumentError()
    {
        Assert.Throws<ArgumentNullException>(() => RhoCompiler.Load(null!));
    }

    /// <summary>The size limit is checked first: 64 MiB is still read (here: a bad magic), one byte more is not.</summary>
    [Fact]
    [Trait("Rule", "Verify/limits")]
    public void File_LargerThan64MiB_IsRejectedBeforeAnythingElse()
    {
        Assert.Equal(
            "offset 0: file of 67108865 bytes exceeds the limit of 67108864",
            FileError(new byte[Container.MaxFileBytes + 1]));
        Assert.Equal(
            "offset 0: not a compiled Rho file (bad magic; expected \"RHOC\")",
            FileError(new byte[Container.MaxFileBytes]));
    }

    /// <summary>A bare 12-byte header is a header: what is missing is the hash. Shorter is not a compiled file.</summary>
    [Fact]
    [Trait("Rule", "Verify/limits")]
    public void Header_ExactlyTwelveBytes_IsMissingItsHash()
    {
        byte[] header = [.. "RHOC"u8, 1, 0, 0, 0, 0, 0, 0, 0];
        Assert.Equal("offset 12: unexpected end of file reading the content hash", FileError(header));
        Assert.Equal("offset 0: not a compiled Rho file (bad magic; expected \"RHOC\")", FileError(header[..11]));
    }

    [Fact]
    [Trait("Rule", "Verify/limits")]
    public void Header_UnknownFlagsOrCodeLengthBeyondTheFile_AreRejected()
    {
        Assert.Equal("offset 6: unknown flags 0x0002", FileError(File(EmptyCode, flags: 2)));
        Assert.Equal("offset 6: unknown flags 0x8001", FileError(File(EmptyCode, flags: 0x8001)));
        byte[] header = [.. "RHOC"u8, 1, 0, 0, 0, 255, 0, 0, 0];
        Assert.Equal("offset 8: code section length 255 exceeds the 0 bytes left", FileError(header));
    }

    [Fact]
    [Trait("Rule", "Verify/limits")]
    public void CodeSection_BytesAfterTheProcess_AreRejected()
    {
        Assert.Equal("offset 20: trailing bytes in the code section", FileError(File([.. EmptyCode, 0xFF])));
        Assert.True(RhoCompiler.Load(File(EmptyCode)).IsEmpty);
    }

    [Fact]
    [Trait("Rule", "Verify/limits")]
    public void SourceMap_MalformedLengthsAndTrailingBytes_AreRejected()
    {
        // the code section is 8 bytes, so the source map starts at 12 + 8 + 32 = 52
        Assert.Equal("offset 52: unexpected end of data reading source map length", FileError(File(EmptyCode, flags: 1)));
        Assert.Equal("offset 60: trailing bytes after the source map", FileError(File(EmptyCode, 1, Of(4, 0, (byte)0))));
        Assert.Equal("offset 56: unexpected end of data reading source map code count", FileError(File(EmptyCode, 1, Of(0))));
        Assert.Equal("offset 60: trailing bytes in the source map", FileError(File(EmptyCode, 1, Of(5, 0, (byte)0xFF))));
        Assert.Equal("offset 60: source map entry count 1 exceeds the 11 bytes left", FileError(File(EmptyCode, 1, Of(19, 1, 1, new byte[11]))));
        Assert.True(RhoCompiler.Load(File(EmptyCode, 1, Of(4, 0))).IsEmpty);
    }

    [Fact]
    [Trait("Rule", "Verify/limits")]
    public void SourceMap_EntryFieldsAboveIntMaxValue_AreNamed()
    {
        const uint big = 0x8000_0000u;
        Assert.Equal("offset 64: offset 2147483648 is too large", FileError(File(EmptyCode, 1, Of(20, 1, 1, big, 1, 1))));
        Assert.Equal("offset 68: line 2147483648 is too large", FileError(File(EmptyCode, 1, Of(20, 1, 1, 0, big, 1))));
        Assert.Equal("offset 72: column 2147483648 is too large", FileError(File(EmptyCode, 1, Of(20, 1, 1, 0, 1, big))));
    }

    /// <summary>A source map may list fewer codes than the file has: the rest have no positions.</summary>
    [Fact]
    [Trait("Rule", "Verify/limits")]
    public void SourceMap_ShorterThanTheCodes_LeavesTheRestWithoutPositions()
    {
        var compiled = RhoCompiler.Compile(Rholang.Compile("@0!(1) | @1!(2)"));
        var code = Codec.Encode(compiled);
        var loaded = RhoCompiler.Load(File(code, 1, Of(20, 1, 1, 0, 3, 7)));
        Assert.Equal(2, loaded.Sequences.Count);
        Assert.Equal([(0, 3, 7)], loaded.Sequences[0].Meta.SourceMap.Select(e => (e.Offset, e.Pos.Line, e.Pos.Col)));
        Assert.Empty(loaded.Sequences[1].Meta.SourceMap);
    }

    /// <summary>
    /// The source map covers every code in file order — each code, then the processes of its QUOTE and unit
    /// entries, sequences before link groups — and each code gets its own positions back, also the codes nested in
    /// pools (a reader that numbered a code after its pool gave a unit body's positions to its parent).
    /// </summary>
    [Theory]
    [Trait("Rule", "Verify/limits")]
    [InlineData("new x in { x!(1) }")]
    [InlineData("new x in { x!(1) | x!(2 + 3) } | new y, z in { y!(*z) }")]
    [InlineData("for (@a <- @1) { @0!(a + 1) }")]
    [InlineData("new x, y in { x!(1) | for (@a <- y) { @0!(a + 1) } }")]
    [InlineData("for (@a <- @1) { new z in { z!(a) } } | @2!(@3!(4)) | new w in { w!(5) }")]
    public void SourceMap_RoundTripsForEveryCode(string source)
    {
        var compiled = RhoCompiler.Compile(Rholang.Compile(source));
        var loaded = RhoCompiler.Load(RhoCompiler.Serialize(compiled, withSourceMap: true));
        var before = Codes(compiled).Select(Positions).ToList();
        Assert.Equal(before, Codes(loaded).Select(Positions));
        Assert.All(before, p => Assert.NotEqual("", p));
    }

    private static string Positions(Code c) => string.Join(" ", c.Meta.SourceMap.Select(e => $"{e.Offset}@{e.Pos.Line}:{e.Pos.Col}"));

    private static IEnumerable<Code> Codes(CompiledProcess p)
    {
        foreach (var c in p.Sequences)
        {
            yield return c;
            foreach (var k in c.Pool)
            {
                var inner = k switch
                {
                    QuoteConst q => Codes(q.Process),
                    UnitConst u => Codes(u.Body),
                    _ => [],
                };
                foreach (var d in inner)
                {
                    yield return d;
                }
            }
        }
        foreach (var g in p.Links)
        {
            foreach (var d in Codes(g.Body))
            {
                yield return d;
            }
        }
    }
}
