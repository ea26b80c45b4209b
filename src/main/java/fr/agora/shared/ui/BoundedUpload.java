package fr.agora.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * An upload with a size limit enforced twice: in the browser (the file is rejected before it is sent) and on
 * the server, which stops reading past the limit whatever the request claims. Either way the user gets a clear,
 * translated message and nothing is stored.
 */
public final class BoundedUpload {

    private BoundedUpload() {
    }

    /**
     * Creates an upload of at most {@code maxBytes}; {@code onFile} receives the file name and content in the UI
     * thread.
     */
    public static Upload create(long maxBytes, List<String> acceptedTypes, SerializableBiConsumer<String, byte[]> onFile) {
        Upload upload = new Upload();
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        if (!acceptedTypes.isEmpty()) {
            upload.setAcceptedFileTypes(acceptedTypes.toArray(String[]::new));
        }
        upload.setUploadHandler(new Handler(maxBytes, onFile));
        String tooBig = upload.getTranslation("upload.too-big", maxBytes / 1024);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(upload.getTranslation("upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(upload.getTranslation("upload.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(tooBig)
                .setIncorrectFileType(upload.getTranslation("upload.wrong-type"))
                .setTooManyFiles(upload.getTranslation("upload.too-many")));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        return upload;
    }

    /** Reads at most {@code max} bytes and rejects anything larger. */
    static final class Handler implements UploadHandler {
        private final long max;
        private final SerializableBiConsumer<String, byte[]> onFile;

        Handler(long max, SerializableBiConsumer<String, byte[]> onFile) {
            this.max = max;
            this.onFile = onFile;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            UI ui = event.getUI();
            byte[] data = readAtMost(event.getInputStream(), max);
            if (data == null || event.getFileSize() > max) {
                event.reject(ui.getTranslation("upload.too-big", max / 1024));
                ui.access(() -> Notifications.error(ui.getTranslation("upload.too-big", max / 1024)));
                return;
            }
            String name = event.getFileName();
            ui.access(() -> onFile.accept(name, data));
        }

        @Override
        public long getFileSizeMax() {
            return max;
        }
    }

    /** The stream's bytes, or {@code null} when it holds more than {@code max}. */
    static byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > max) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
