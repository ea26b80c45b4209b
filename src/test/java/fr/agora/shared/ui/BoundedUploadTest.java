package fr.agora.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BoundedUploadTest {

    @Test
    void reads_a_file_up_to_the_limit() throws IOException {
        assertThat(BoundedUpload.readAtMost(new ByteArrayInputStream(new byte[1000]), 1000)).hasSize(1000);
    }

    @Test
    void stops_reading_past_the_limit_whatever_the_request_claims() throws IOException {
        int[] served = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return 'x';
            }
        };
        assertThat(BoundedUpload.readAtMost(endless, 10_000)).isNull();
        assertThat(served[0]).isLessThan(10_000 + 8192 * 2);
    }

    @Test
    void the_handler_announces_its_limit() {
        assertThat(new BoundedUpload.Handler(2048, (name, bytes) -> { }).getFileSizeMax()).isEqualTo(2048);
    }
}
