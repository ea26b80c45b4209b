package fr.agora.shared.service;

import fr.agora.shared.domain.BusinessException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Turns an uploaded photo into a clean copy: the format is recognised from the content (magic bytes), never from
 * the file name; the picture must decode completely; its size in pixels is bounded (decompression bombs); it is
 * turned upright from the EXIF orientation, scaled down, and re-encoded from the pixels alone, so that no metadata
 * of the original (EXIF, GPS, XMP, comments, ICC…) survives. JPEG and opaque WebP become JPEG; PNG and WebP with
 * transparency become PNG. WebP is read by TwelveMonkeys' pure-Java reader (the JDK has none).
 * Shared by the features that take photos (marches exploratoires, budget participatif); each refusal is a
 * {@link BusinessException} whose key is the feature's prefix followed by {@code .not-image}, {@code .unsupported},
 * {@code .undecodable} or {@code .too-many-pixels}, so that each feature words it in its own bundle.
 */
public final class PhotoSanitiser {

    /** The formats accepted, by content. */
    public enum Format {
        JPEG("jpeg"), PNG("png"), WEBP("webp");

        final String readerName;

        Format(String readerName) {
            this.readerName = readerName;
        }
    }

    /** The clean copy. */
    public record Result(byte[] bytes, String mediaType, String extension, int width, int height, Format original) {
    }

    static {
        // the WebP reader registers itself through META-INF/services; in a Spring Boot jar the scan must see the
        // application class loader
        ImageIO.scanForPlugins();
        ImageIO.setUseCache(false);
    }

    private final String keyPrefix;
    private final long maxPixels;
    private final int maxEdge;
    private final float jpegQuality;

    /**
     * @param keyPrefix     prefix of the refusal message keys, such as {@code walk.photo}
     * @param maxMegapixels the largest picture accepted, in millions of pixels
     * @param maxEdge       the longest side of the clean copy, in pixels
     * @param jpegQuality   JPEG quality of the clean copy, 0..1
     */
    public PhotoSanitiser(String keyPrefix, int maxMegapixels, int maxEdge, float jpegQuality) {
        this.keyPrefix = keyPrefix;
        this.maxPixels = maxMegapixels * 1_000_000L;
        this.maxEdge = maxEdge;
        this.jpegQuality = jpegQuality;
    }

    /** The format of {@code data} from its first bytes, or {@code null} when it is none of ours. */
    public static Format sniff(byte[] data) {
        if (data.length >= 3 && (data[0] & 0xff) == 0xFF && (data[1] & 0xff) == 0xD8 && (data[2] & 0xff) == 0xFF) {
            return Format.JPEG;
        }
        if (data.length >= 8 && (data[0] & 0xff) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G'
                && data[4] == 0x0D && data[5] == 0x0A && data[6] == 0x1A && data[7] == 0x0A) {
            return Format.PNG;
        }
        if (data.length >= 12 && data[0] == 'R' && data[1] == 'I' && data[2] == 'F' && data[3] == 'F'
                && data[8] == 'W' && data[9] == 'E' && data[10] == 'B' && data[11] == 'P') {
            return Format.WEBP;
        }
        return null;
    }

    /** Checks, decodes and re-encodes; refuses anything else with a message key. */
    public Result sanitise(byte[] data) {
        Format format = sniff(data);
        if (format == null) {
            throw new BusinessException(keyPrefix + ".not-image");
        }
        BufferedImage image = decode(data, format);
        int orientation = format == Format.JPEG ? ExifOrientation.read(data) : 1;
        image = upright(image, orientation);
        image = scaleDown(image);
        boolean alpha = image.getColorModel().hasAlpha() && (format != Format.JPEG);
        try {
            if (alpha) {
                return new Result(writePng(image), "image/png", "png", image.getWidth(), image.getHeight(), format);
            }
            return new Result(writeJpeg(image), "image/jpeg", "jpg", image.getWidth(), image.getHeight(), format);
        } catch (IOException e) {
            throw new BusinessException(keyPrefix + ".undecodable");
        }
    }

    private BufferedImage decode(byte[] data, Format format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName);
        if (!readers.hasNext()) {
            throw new BusinessException(keyPrefix + ".unsupported");
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw new BusinessException(keyPrefix + ".undecodable");
            }
            if ((long) width * height > maxPixels) {
                throw new BusinessException(keyPrefix + ".too-many-pixels", maxPixels / 1_000_000);
            }
            ImageReadParam param = reader.getDefaultReadParam();
            // decode big pictures at a reduced resolution directly: memory stays bounded
            int factor = Math.max(1, Math.max(width, height) / maxEdge);
            if (factor > 1) {
                param.setSourceSubsampling(factor, factor, 0, 0);
            }
            BufferedImage image = reader.read(0, param);
            if (image == null) {
                throw new BusinessException(keyPrefix + ".undecodable");
            }
            return image;
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessException b) {
                throw b;
            }
            throw new BusinessException(keyPrefix + ".undecodable");
        } finally {
            reader.dispose();
        }
    }

    /** Applies an EXIF orientation (1-8) so that the picture stays upright once the tag is gone. */
    static BufferedImage upright(BufferedImage src, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return src;
        }
        int w = src.getWidth();
        int h = src.getHeight();
        boolean swap = orientation >= 5;
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(-Math.PI / 2); t.scale(-1, 1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            case 8 -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            default -> { }
        }
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, typeOf(src));
        Graphics2D g = out.createGraphics();
        g.drawImage(src, t, null);
        g.dispose();
        return out;
    }

    private BufferedImage scaleDown(BufferedImage src) {
        int w = src.getWidth();
        int h = src.getHeight();
        double scale = Math.min(1.0, (double) maxEdge / Math.max(w, h));
        int tw = Math.max(1, (int) Math.round(w * scale));
        int th = Math.max(1, (int) Math.round(h * scale));
        // always redraw: the copy holds pixels only, whatever colour model the decoder produced
        BufferedImage out = new BufferedImage(tw, th, typeOf(src));
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(src, 0, 0, tw, th, null);
        g.dispose();
        return out;
    }

    private static int typeOf(BufferedImage src) {
        return src.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
    }

    private byte[] writeJpeg(BufferedImage image) throws IOException {
        BufferedImage rgb = image;
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgb.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
            g.dispose();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(jpegQuality);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static byte[] writePng(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), writer.getDefaultWriteParam());
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
