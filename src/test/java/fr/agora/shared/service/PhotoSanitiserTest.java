package fr.agora.shared.service;

import fr.agora.walks.service.TestImages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The photo checks without Spring: formats by content, decoding, metadata removal, orientation, limits. */
class PhotoSanitiserTest {

    final PhotoSanitiser sanitiser = new PhotoSanitiser("walk.photo", 60, 2048, 0.85f);

    @Test
    void the_format_comes_from_the_content_not_the_name() {
        assertThat(PhotoSanitiser.sniff(TestImages.encode(TestImages.picture(4, 4), "jpg"))).isEqualTo(PhotoSanitiser.Format.JPEG);
        assertThat(PhotoSanitiser.sniff(TestImages.encode(TestImages.picture(4, 4), "png"))).isEqualTo(PhotoSanitiser.Format.PNG);
        assertThat(PhotoSanitiser.sniff(TestImages.WEBP_LOSSY)).isEqualTo(PhotoSanitiser.Format.WEBP);
        assertThat(PhotoSanitiser.sniff(TestImages.encode(TestImages.picture(4, 4), "gif"))).isNull();
        assertThat(PhotoSanitiser.sniff("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(PhotoSanitiser.sniff(new byte[0])).isNull();
    }

    @Test
    void gps_exif_and_every_other_tag_are_gone_from_the_stored_copy() throws IOException {
        byte[] original = TestImages.jpegWithGps(64, 48, 1);
        // the fixture really carries the EXIF block we want removed
        assertThat(TestImages.contains(original, "Exif\0\0".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(TestImages.contains(original, TestImages.SECRET.getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(ImageIO.read(new ByteArrayInputStream(original))).isNotNull();

        PhotoSanitiser.Result clean = sanitiser.sanitise(original);
        assertThat(clean.mediaType()).isEqualTo("image/jpeg");
        assertThat(TestImages.contains(clean.bytes(), "Exif".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(TestImages.contains(clean.bytes(), TestImages.SECRET.getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(TestImages.contains(clean.bytes(), new byte[] {(byte) 0xFF, (byte) 0xE1})).isFalse();
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(clean.bytes()));
        assertThat(decoded.getWidth()).isEqualTo(64);
        assertThat(decoded.getHeight()).isEqualTo(48);
    }

    @Test
    void a_sideways_phone_photo_is_turned_upright_before_its_orientation_tag_is_dropped() throws IOException {
        byte[] original = TestImages.jpegWithGps(80, 40, 6);
        assertThat(ExifOrientation.read(original)).isEqualTo(6);
        PhotoSanitiser.Result clean = sanitiser.sanitise(original);
        assertThat(clean.width()).isEqualTo(40);
        assertThat(clean.height()).isEqualTo(80);
        assertThat(ExifOrientation.read(clean.bytes())).isEqualTo(1);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(clean.bytes()));
        assertThat(decoded.getWidth()).isEqualTo(40);
    }

    @Test
    void big_photos_are_scaled_down() {
        PhotoSanitiser small = new PhotoSanitiser("walk.photo", 60, 100, 0.85f);
        PhotoSanitiser.Result clean = small.sanitise(TestImages.encode(TestImages.picture(400, 300), "png"));
        assertThat(clean.width()).isEqualTo(100);
        assertThat(clean.height()).isEqualTo(75);
        assertThat(clean.mediaType()).isEqualTo("image/jpeg");
    }

    @Test
    void png_with_transparency_stays_png() {
        BufferedImage argb = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB);
        PhotoSanitiser.Result clean = sanitiser.sanitise(TestImages.encode(argb, "png"));
        assertThat(clean.mediaType()).isEqualTo("image/png");
        assertThat(clean.original()).isEqualTo(PhotoSanitiser.Format.PNG);
    }

    @Test
    void webp_photos_are_decoded_and_re_encoded() {
        PhotoSanitiser.Result lossy = sanitiser.sanitise(TestImages.WEBP_LOSSY);
        assertThat(lossy.original()).isEqualTo(PhotoSanitiser.Format.WEBP);
        assertThat(lossy.width()).isEqualTo(1);
        assertThat(lossy.mediaType()).isEqualTo("image/jpeg");
        PhotoSanitiser.Result lossless = sanitiser.sanitise(TestImages.WEBP_LOSSLESS);
        assertThat(lossless.width()).isEqualTo(1);
    }

    @Test
    void fake_and_hostile_files_are_refused() {
        assertThatThrownBy(() -> sanitiser.sanitise("%PDF-1.7 pas une photo".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("walk.photo.not-image");
        byte[] fakeJpeg = new byte[2000];
        fakeJpeg[0] = (byte) 0xFF;
        fakeJpeg[1] = (byte) 0xD8;
        fakeJpeg[2] = (byte) 0xFF;
        assertThatThrownBy(() -> sanitiser.sanitise(fakeJpeg)).hasMessageContaining("walk.photo.undecodable");
        byte[] truncated = TestImages.encode(TestImages.picture(200, 200), "png");
        assertThatThrownBy(() -> sanitiser.sanitise(java.util.Arrays.copyOf(truncated, truncated.length / 2)))
                .hasMessageContaining("walk.photo.undecodable");
        assertThatThrownBy(() -> sanitiser.sanitise(TestImages.pngHeaderClaiming(100_000, 100_000)))
                .hasMessageContaining("walk.photo.too-many-pixels");
    }
}
