using Rho.Compiler.Binary;
using Rho.Compiler.Bytecode;
using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using static Rho.Compiler.Tests.Binary.BinaryMutBytes;

namespace Rho.Compiler.Tests.Binary;

/// <summary>
/// Malformed code sections (spec/bytecode.md, "Code section": processes, link groups, codes and
/// pool entries), each rejected with the offset of the defect and the field it concerns.
/// </summary>
public class BinaryMutCodeSectionTests
{
    private const byte TagPattern = 2, TagBind = 3, TagQuote = 4, TagUnit = 5, TagMethod = 6;

    [Fact]
    [Trait("Rule", "Verify/limits")]
    public void Process_CountsBeyondTheBytesLeft_AreNamed()
    {
        Assert.Equal("offset 0: sequence count 1 exceeds the 0 bytes left", ProcessError(Of(1)));
        Assert.Equal("offset 0: sequence count 1 exceeds the 7 bytes left", ProcessError(Of(1, 0, (byte)0, (byte)0, (byte)0)));
        Assert.Equal("offset 4: link group count 1 exceeds the 0 bytes left", ProcessError(Of(0, 1)));
        Assert.Equal("offset 4: link group count 1 exceeds the 15 bytes left", ProcessError(Of(0, 1, new byte[15])));
    }

    [Fact]
    [Trait("Rule", "Verify/limits")]
    public void LinkGroup_EachFieldNamedWhenMalformed()
    {
        Assert.Equal("offset 8: link group size 4294967295 is too large", ProcessError(Of(0, 1, uint.MaxValue, new byte[12])));
        Assert.Equal("offset 12: URI count 5 exceeds the 8 bytes left", ProcessError(Of(0, 1, 0, 5, new byte[8])));
        Assert.Equal("offset 16: URI length 20 exceeds the 4 bytes left", ProcessError(Of(0, 1, 0, 1, 20, new byte[4])));
        var p = Process(Of(0, 1, 1, 1, "rho:io:stdout", 0, 0));
        Assert.Equal(new LinkGroup(1, Seq.Of("rho:io:stdout"), CompiledProcess.Empty), p.Links.Single());
    }

    [Fact]
    [Trait("Rule", "Verify/limits")]
    public void Code_LengthAndPoolSizeBeyondTheBytesLeft_AreNamed()
    {
        Assert.Equal("offset 4: code length 100 exceeds the 4 bytes left", ProcessError(Of(1, 100, 0)));
        Assert.Equal("offset 8: pool size 3 exceeds the 0 bytes left", ProcessError(Of(1, 0, 3)));
        Assert.Equal("offset 8: pool size 1 exceeds the 1 bytes left", ProcessError(Of(1, 0, 1, (byte)5)));
    }

    [Fact]
    [Trait("Rule", "Verify/pool")]
    public void PoolEntry_EachFieldNamedWhenMalformed()
    {
        Assert.Equal("offset 13: unexpected end of data reading pattern variable count", ProcessError(Of(1, 0, 1, TagPattern, (byte)0)));
        Assert.Equal("offset 13: unexpected end of data reading bind variable count", ProcessError(Of(1, 0, 1, TagBind, (byte)0)));
        Assert.Equal("offset 17: pattern count 5 exceeds the 0 bytes left", ProcessError(Of(1, 0, 1, TagBind, 0, 5)));
        Assert.Equal("offset 13: unexpected end of data reading unit variable count", ProcessError(Of(1, 0, 1, TagUnit, (byte)0)));
        Assert.Equal("offset 13: method name length 9 exceeds the 0 bytes left", ProcessError(Of(1, 0, 1, TagMethod, 9)));
        Assert.Equal("offset 12: unknown pool entry tag 7", ProcessError(Of(1, 0, 1, (byte)7, (byte)0)));
        Assert.Equal("offset 12: unknown pool entry tag 255", ProcessError(Of(1, 0, 1, (byte)255, (byte)0)));
        var p = Process(Of(1, 0, 1, TagMethod, "nth", 0));
        Assert.Equal(new MethodConst("nth"), p.Sequences.Single().Pool.Single());
    }

    /// <summary>Sequences and link groups are sorted by their encodings; a file with either list out of order is rejected.</summary>
    [Fact]
    [Trait("Rule", "Verify/limits")]
    public void Process_OutOfCanonicalOrder_IsRejected()
    {
        const string message = "the sequences or link groups of a process are not in canonical (byte) order";
        // code [01] before code [00]
        Assert.Equal($"offset 26: {message}", ProcessError(Of(2, 1, (byte)1, 0, 1, (byte)0, 0, 0)));
        // group of size 1 before group of size 0
        Assert.Equal($"offset 40: {message}", ProcessError(Of(0, 2, 1, 0, 0, 0, 0, 0, 0, 0)));
        // both lists in order: read as written
        var p = Process(Of(2, 1, (byte)0, 0, 1, (byte)1, 0, 2, 0, 0, 0, 0, 1, 0, 0, 0));
        Assert.Equal([(byte)0, (byte)1], p.Sequences.Select(c => c.Instrs.Single()));
        Assert.Equal([0, 1], p.Links.Select(g => g.Count));
    }

    /// <summary>
    /// Codes nest at most 100,000 deep: each QUOTE payload adds two levels (its process and its
    /// code), each link group body one. The first process past the limit is rejected at its offset.
    /// </summary>
    [Fact]
    [Trait("Rule", "Verify/limits")]
    public void Codes_NestedDeeperThanTheLimit_AreRejected()
    {
        Assert.Equal("offset 1600016: code nested deeper than 100000", ProcessError(Links(100_001)));
        Assert.Equal(100_000, Depth(Process(Links(100_000))));
        Assert.Equal("offset 650013: code nested deeper than 100000", ProcessError(Quotes(50_001)));
        Assert.Equal("offset 850017: code nested deeper than 100000", ProcessError(Units(50_001)));
        Assert.IsType<UnitConst>(Process(Units(50_000)).Sequences.Single().Pool.Single());
        var q = Process(Quotes(50_000));
        Assert.IsType<QuoteConst>(q.Sequences.Single().Pool.Single());
    }

    /// <summary>n nested link groups, each a process of no sequences and one group of size 0 (16 bytes each).</summary>
    private static byte[] Links(int n)
    {
        var bytes = new byte[(16 * n) + 8];
        for (var i = 0; i < n; i++)
        {
            bytes[(16 * i) + 4] = 1;
        }
        return bytes;
    }

    /// <summary>n nested quotes, each a process of one empty code whose pool is one QUOTE entry (13 bytes before the payload, a link count of 0 after it).</summary>
    private static byte[] Quotes(int n)
    {
        byte[] level = Of(1, 0, 1, TagQuote);
        var bytes = new byte[(17 * n) + 8];
        for (var i = 0; i < n; i++)
        {
            level.CopyTo(bytes, 13 * i);
        }
        return bytes;
    }

    /// <summary>n nested units, each a process of one empty code whose pool is one unit entry binding 0 (17 bytes before the body, a link count of 0 after it).</summary>
    private static byte[] Units(int n)
    {
        byte[] level = Of(1, 0, 1, TagUnit, 0);
        var bytes = new byte[(21 * n) + 8];
        for (var i = 0; i < n; i++)
        {
            level.CopyTo(bytes, 17 * i);
        }
        return bytes;
    }

    private static int Depth(CompiledProcess p)
    {
        var depth = 0;
        while (!p.Links.IsEmpty)
        {
            p = p.Links.Single().Body;
            depth++;
        }
        return depth;
    }

    private sealed record AlienConst : Const;

    private sealed record AlienTerm : Proc;

    /// <summary>Encoding something the format has no tag for is a bug in RhoSpec (a crash naming the type), never a silent byte.</summary>
    [Fact]
    [Trait("Rule", "Verify/pool")]
    public void Encode_UnknownPoolEntryOrTerm_IsACrashNamingIt()
    {
        var code = new Code(Seq.Of<byte>(0), Seq.Of<Const>(new AlienConst()));
        var e = Assert.Throws<RhoException>(() => Codec.Encode(code));
        Assert.Equal(ErrorClass.Crash, e.Error.Class);
        Assert.Equal("Codec: unknown pool entry AlienConst", e.Error.Message);
        var t = Assert.Throws<RhoException>(() => TermCodec.Write(new ByteWriter(), new AlienTerm()));
        Assert.Equal(ErrorClass.Crash, t.Error.Class);
        Assert.Equal("TermCodec: unknown term AlienTerm", t.Error.Message);
    }
}
