package fr.agora.council.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.council.service.DrawData;
import fr.agora.council.service.DrawPublicationService;
import fr.agora.council.support.CouncilTestData;
import fr.agora.support.AgoraSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** Issue 14, item 7: a draw's files have stable addresses, served without a session, public only when due. */
@AgoraSpringTest
class DrawFilesControllerTest {

    @Autowired
    DrawFilesController files;
    @Autowired
    DrawPublicationService publication;
    @Autowired
    CouncilTestData data;

    @Test
    void theFilesOfADrawAreServedOnceTheyArePublic() {
        long councilId = data.council().named("Conseil fichiers").create().id();
        DrawData frozen = data.draw(councilId).frozen();
        assertThat(files.pool(frozen.id()).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(files.quotas(frozen.id()).getBody()).isEqualTo(publication.quotasCsv(frozen.id()));
        // the record is not public before the draw
        assertThat(files.record(frozen.id()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        long other = data.council().named("Conseil fichiers tirés").create().id();
        DrawData drawn = data.draw(other).drawn();
        var record = files.record(drawn.id());
        assertThat(record.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(record.getBody()).isEqualTo(publication.record(drawn.id()));
        assertThat(record.getHeaders().getContentDisposition().getFilename()).isEqualTo("registre-" + drawn.id() + ".json");
        assertThat(files.seats(drawn.id()).getBody()).isEqualTo(publication.seats(drawn.id()));
        // an open draw publishes nothing; an unknown one neither
        DrawData open = data.draw(data.council().named("Conseil fichiers ouvert").create().id()).open();
        assertThat(files.pool(open.id()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(files.pool(Long.MAX_VALUE).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
