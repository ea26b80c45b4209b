package fr.agora.budget.service;

import fr.agora.shared.service.UploadStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Proposals' photos on disk, under {@code agora.uploads.dir}/budget/&lt;proposal id&gt;/. */
@Component
class ProposalPhotoStore extends UploadStore {

    ProposalPhotoStore(@Value("${agora.uploads.dir}") String uploadsDir) {
        super(uploadsDir, "budget");
    }
}
