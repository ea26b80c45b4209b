package fr.agora.walks.service;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Pictures made by the tests themselves: a JPEG carrying an EXIF block with GPS coordinates, an orientation and a
 * description (a marker we look for in the stored file), PNG files, a PNG header claiming a huge size, and two
 * tiny WebP files (1×1 pixel, the well-known feature-detection samples).
 */
public final class TestImages {

    /** A text placed in the EXIF description: it must never reach the stored file. */
    public static final String SECRET = "AGORA-SECRET-EXIF-48.8566N";
    /** 1×1 lossy WebP (VP8). */
    public static final byte[] WEBP_LOSSY = Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");
    /** 1×1 lossless WebP (VP8L). */
    public static final byte[] WEBP_LOSSLESS = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    private TestImages() {
    }

    public static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(40, 90, 160));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width / 2, height / 3);
        g.dispose();
        return image;
    }

    /** A noisy picture: it compresses badly, to reach a given file size. */
    public static BufferedImage noise(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }

    public static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JPEG of {@code width}×{@code height} with an EXIF block: orientation, description, GPS position. */
    public static byte[] jpegWithGps(int width, int height, int orientation) {
        byte[] plain = encode(picture(width, height), "jpg");
        byte[] exif = exif(orientation);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2); // SOI
        out.write(0xFF);
        out.write(0xE1);
        int length = exif.length + 2;
        out.write(length >> 8);
        out.write(length & 0xff);
        out.write(exif, 0, exif.length);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** "Exif\0\0" then a little-endian TIFF: IFD0 (orientation, description, GPS pointer) and a GPS IFD. */
    static byte[] exif(int orientation) {
        byte[] description = (SECRET + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer b = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
        b.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        int tiff = b.position();
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        // IFD0 at 8: 3 entries
        int ifd0 = 8;
        int descOffset = ifd0 + 2 + 3 * 12 + 4;
        int gpsOffset = descOffset + description.length;
        b.putShort((short) 3);
        entry(b, 0x010E, 2, description.length, descOffset);           // ImageDescription (ASCII, offset)
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        entry(b, 0x8825, 4, 1, gpsOffset);                               // GPS IFD pointer
        b.putInt(0);                                                     // no next IFD
        b.put(description);
        // GPS IFD: 4 entries, then the rationals
        int rationals = gpsOffset + 2 + 4 * 12 + 4;
        b.putShort((short) 4);
        b.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        entry(b, 2, 5, 3, rationals);
        b.putShort((short) 3).putShort((short) 2).putInt(2).put((byte) 'E').put((byte) 0).putShort((short) 0);
        entry(b, 4, 5, 3, rationals + 24);
        b.putInt(0);
        for (int[] r : new int[][] {{49, 1}, {54, 1}, {1512, 100}, {2, 1}, {14, 1}, {4212, 100}}) {
            b.putInt(r[0]).putInt(r[1]);
        }
        byte[] out = new byte[b.position()];
        b.flip();
        b.get(out);
        assert tiff == 6;
        return out;
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
        b.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    /** A PNG whose header claims {@code width}×{@code height} pixels (no real image data: a decompression bomb). */
    public static byte[] pngHeaderClaiming(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(64);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        byte[] ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array();
        b.putInt(13).put(ihdr);
        CRC32 crc = new CRC32();
        crc.update(ihdr);
        b.putInt((int) crc.getValue());
        byte[] out = new byte[b.position()];
        b.flip();
        b.get(out);
        return out;
    }

    /** True when {@code needle} occurs in {@code haystack}. */
    public static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
