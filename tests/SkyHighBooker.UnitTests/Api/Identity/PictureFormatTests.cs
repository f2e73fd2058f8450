using System.Buffers.Binary;
using System.Text;
using SkyHighBooker.Api.Identity;
using static SkyHighBooker.Api.Tests.Identity.TestPictures;

namespace SkyHighBooker.Api.Tests.Identity;

public sealed class PictureFormatTests
{
    [Fact]
    public void A_jpeg_and_a_png_are_told_by_their_first_bytes()
    {
        Assert.Equal("image/jpeg", PictureFormat.ContentTypeOf(Jpeg.AsSpan(0, PictureFormat.BytesToRecognise)));
        Assert.Equal("image/png", PictureFormat.ContentTypeOf(Png.AsSpan(0, PictureFormat.BytesToRecognise)));
    }

    [Fact]
    public void Anything_else_is_not_a_picture()
    {
        Assert.Null(PictureFormat.ContentTypeOf(Encoding.UTF8.GetBytes("<!doctype html><html><body>hi</body></html>")));
        Assert.Null(PictureFormat.ContentTypeOf([]));
        Assert.Null(PictureFormat.ContentTypeOf([0xFF, 0xD8]));
        Assert.Null(PictureFormat.ContentTypeOf(Encoding.ASCII.GetBytes("GIF89a\x01\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00")));
        Assert.Null(PictureFormat.ContentTypeOf(Png.AsSpan(0, 8))); // a PNG signature with no header after it
    }

    [Theory]
    [InlineData(0u, 1u)]
    [InlineData(1u, 0u)]
    [InlineData(PictureFormat.MaxSidePixels + 1u, 1u)]
    [InlineData(1u, 100_000u)]
    public void A_png_claiming_no_pixels_or_more_than_a_browser_should_decode_is_not_a_picture(uint width, uint height)
    {
        var start = Png[..PictureFormat.BytesToRecognise];
        BinaryPrimitives.WriteUInt32BigEndian(start.AsSpan(16), width);
        BinaryPrimitives.WriteUInt32BigEndian(start.AsSpan(20), height);
        Assert.Null(PictureFormat.ContentTypeOf(start));

        BinaryPrimitives.WriteUInt32BigEndian(start.AsSpan(16), PictureFormat.MaxSidePixels);
        BinaryPrimitives.WriteUInt32BigEndian(start.AsSpan(20), PictureFormat.MaxSidePixels);
        Assert.Equal("image/png", PictureFormat.ContentTypeOf(start));
    }
}
