package fr.agora.budget.service;

/** A photo's clean copy, served to those who may see it. */
public record PhotoContent(byte[] bytes, String mediaType, String fileName) {
}
