package fr.agora.comites.service;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A member the officer adds to their comité's list. */
public record ComiteMemberForm(@NotBlank @Size(max = 160) String fullName, @NotBlank @Email @Size(max = 254) String email,
        @Size(max = 32) String phone, boolean shareContact, boolean voting) {
}
