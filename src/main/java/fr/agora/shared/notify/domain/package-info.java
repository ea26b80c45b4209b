/** The stored notification choices, the notices waiting for a digest, and the digests sent. */
package fr.agora.shared.notify.domain;
