package fr.agora.walks.service;

/** A photo's bytes, ready to be served. */
public record PhotoContent(byte[] bytes, String mediaType, String fileName) {
}
