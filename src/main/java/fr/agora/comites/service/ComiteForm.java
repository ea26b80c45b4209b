package fr.agora.comites.service;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** The directory facts a comité's officer (or staff) edit. Blank means not given. */
public record ComiteForm(@Size(max = 160) String associativeStatus, @Size(max = 160) String president,
        @Email @Size(max = 254) String contactEmail, @Size(max = 32) String contactPhone,
        @Size(max = 255) String premises) {
}
