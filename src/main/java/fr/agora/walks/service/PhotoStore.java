package fr.agora.walks.service;

import fr.agora.shared.service.UploadStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The walks' photos on disk, under {@code agora.uploads.dir}/walks/&lt;walk id&gt;/. */
@Component
class PhotoStore extends UploadStore {

    PhotoStore(@Value("${agora.uploads.dir}") String uploadsDir) {
        super(uploadsDir, "walks");
    }
}
