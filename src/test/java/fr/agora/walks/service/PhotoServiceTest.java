package fr.agora.walks.service;

import fr.agora.support.As;

import static fr.agora.walks.service.WalkFixtures.OTHER_RESIDENT;
import static fr.agora.walks.service.WalkFixtures.PARTICIPANT;
import static fr.agora.walks.service.WalkFixtures.STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.shared.domain.AuditEventRepository;
import fr.agora.shared.domain.Role;
import fr.agora.support.AgoraSpringTest;
import fr.agora.walks.domain.ObservationPhotoRepository;
import fr.agora.walks.domain.PhotoStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Photos through the service: stored on disk without metadata, moderated, refused with an audit entry. */
@AgoraSpringTest
class PhotoServiceTest {

    @Autowired
    WalkFixtures fx;
    @Autowired
    ObservationService observations;
    @Autowired
    WalkReportService reports;
    @Autowired
    ObservationPhotoRepository photoRows;
    @Autowired
    PhotoStore store;
    @Autowired
    AuditEventRepository auditEvents;
    @Autowired
    WalkSettings settings;

    @BeforeEach
    void accounts() {
        fx.accounts();
    }

    @Test
    void a_photo_with_gps_exif_is_stored_without_any_metadata_and_public_once_moderated() throws Exception {
        long walk = fx.walk("Photo");
        fx.publishWalk(walk);
        ObservationData pin = fx.capture(walk, "Tag sur le mur");
        byte[] original = TestImages.jpegWithGps(120, 90, 1);
        PhotoData photo = As.user(PARTICIPANT, () -> observations.addPhoto(pin.id(), original), Role.Names.RESIDENT);
        assertThat(photo.status()).isEqualTo(PhotoStatus.PENDING);

        Path file = store.resolve(photoRows.findById(photo.id()).orElseThrow().getFileName());
        assertThat(file).startsWith(Path.of("target/test-uploads").toAbsolutePath().normalize());
        byte[] stored = Files.readAllBytes(file);
        assertThat(TestImages.contains(stored, "Exif".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(TestImages.contains(stored, TestImages.SECRET.getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(file.getFileName().toString()).doesNotContain("Tag").endsWith(".jpg");

        // pending: neither the public nor another resident can fetch it
        assertThatThrownBy(() -> As.anonymous(() -> observations.photo(photo.id()))).hasMessageContaining("walk.photo.unknown");
        fx.publish(pin.id(), false, false);
        assertThat(As.anonymous(() -> reports.report(walk)).pins().getFirst().photos()).isEmpty();
        As.user(WalkFixtures.MODERATOR, () -> observations.moderatePhoto(photo.id(), PhotoStatus.PUBLISHED), Role.Names.MODERATOR);
        assertThat(As.anonymous(() -> reports.report(walk)).pins().getFirst().photos()).extracting(PhotoData::id).containsExactly(photo.id());
        PhotoContent content = As.anonymous(() -> observations.photo(photo.id()));
        assertThat(content.bytes()).isEqualTo(stored);
        assertThat(content.mediaType()).isEqualTo("image/jpeg");

        As.user(WalkFixtures.MODERATOR, () -> observations.moderatePhoto(photo.id(), PhotoStatus.HIDDEN), Role.Names.MODERATOR);
        assertThatThrownBy(() -> As.anonymous(() -> observations.photo(photo.id()))).hasMessageContaining("walk.photo.unknown");
    }

    @Test
    void a_non_image_is_refused_with_an_audit_entry() {
        long walk = fx.walk("Faux fichier");
        ObservationData pin = fx.capture(walk, "Pièce jointe");
        byte[] script = "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> As.user(PARTICIPANT, () -> observations.addPhoto(pin.id(), script), Role.Names.RESIDENT))
                .hasMessageContaining("walk.photo.not-image");
        byte[] fakeJpeg = new byte[500];
        fakeJpeg[0] = (byte) 0xFF;
        fakeJpeg[1] = (byte) 0xD8;
        fakeJpeg[2] = (byte) 0xFF;
        assertThatThrownBy(() -> As.user(PARTICIPANT, () -> observations.addPhoto(pin.id(), fakeJpeg), Role.Names.RESIDENT))
                .hasMessageContaining("walk.photo.undecodable");
        assertThat(auditEvents.search(PARTICIPANT, "WALK_PHOTO_REFUSED", null, null, PageRequest.of(0, 200)))
                .filteredOn(e -> String.valueOf(pin.id()).equals(e.getTargetId()))
                .extracting(e -> e.getDetails()).anySatisfy(d -> assertThat(d).contains("not-image"))
                .anySatisfy(d -> assertThat(d).contains("undecodable"));
        assertThat(photoRows.countByObservationId(pin.id())).isZero();
    }

    @Test
    void an_oversized_photo_is_refused_before_decoding() {
        long walk = fx.walk("Trop lourde");
        ObservationData pin = fx.capture(walk, "Grande photo");
        byte[] big = new byte[(int) settings.photo().maxSize().toBytes() + 1];
        byte[] jpeg = TestImages.jpegWithGps(10, 10, 1);
        System.arraycopy(jpeg, 0, big, 0, jpeg.length);
        assertThatThrownBy(() -> As.user(PARTICIPANT, () -> observations.addPhoto(pin.id(), big), Role.Names.RESIDENT))
                .hasMessageContaining("walk.photo.too-big");
        assertThat(auditEvents.search(PARTICIPANT, "WALK_PHOTO_REFUSED", null, null, PageRequest.of(0, 200)))
                .anySatisfy(e -> assertThat(e.getDetails()).contains("too-big"));
    }

    @Test
    void only_the_author_or_staff_add_photos_and_the_count_is_limited() {
        long walk = fx.walk("Auteur");
        ObservationData pin = fx.capture(walk, "Ma photo");
        byte[] png = TestImages.encode(TestImages.picture(30, 20), "png");
        assertThatThrownBy(() -> As.user(OTHER_RESIDENT, () -> observations.addPhoto(pin.id(), png), Role.Names.RESIDENT))
                .hasMessageContaining("walk.photo.not-yours");
        for (int i = 0; i < settings.photo().perObservation(); i++) {
            As.user(i == 0 ? STAFF : PARTICIPANT, () -> observations.addPhoto(pin.id(), png), i == 0 ? Role.Names.STAFF : Role.Names.RESIDENT);
        }
        assertThatThrownBy(() -> As.user(PARTICIPANT, () -> observations.addPhoto(pin.id(), png), Role.Names.RESIDENT))
                .hasMessageContaining("walk.photo.too-many");
    }
}
