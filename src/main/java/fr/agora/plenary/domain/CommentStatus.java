package fr.agora.plenary.domain;

public enum CommentStatus {
    PENDING, PUBLISHED, REJECTED
}
